package org.sujarit.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.sujarit.staff.Role;
import org.sujarit.staff.TestPrincipals;
import org.sujarit.support.SelfAssessmentFixture;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;

/** A server without Chromium says the ปค.๔ PDF is unavailable, plainly, and the form still works. */
@SpringBootTest(properties = "sujarit.documents.chromium=/nonexistent/chromium")
@AutoConfigureMockMvc
class SelfAssessmentWithoutChromiumTest {

    @Autowired MockMvc mvc;
    @Autowired TestPrincipals principals;
    @Autowired TenantFixture fixtures;
    @Autowired SelfAssessmentFixture selfAssessments;

    @Test
    void thePdfIsExplainedNotBroken() throws Exception {
        Tenant t = fixtures.create();
        selfAssessments.answered(t);
        var auditor = authentication(principals.authentication(t.username(Role.INTERNAL_AUDITOR)));
        String page = mvc.perform(get("/console/risk/self-assessment/2566.pdf").with(auditor))
                .andExpect(status().isServiceUnavailable()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("สร้างเอกสาร PDF ไม่ได้ในขณะนี้").contains("แบบ ปค.๔ บนหน้าเว็บยังดูและแก้ไขได้ตามปกติ")
                .doesNotContain("/nonexistent").doesNotContain("Exception");
        mvc.perform(get("/console/risk/self-assessment/2566").with(auditor)).andExpect(status().isOk());
    }
}
