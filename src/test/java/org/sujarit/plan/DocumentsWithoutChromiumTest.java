package org.sujarit.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.sujarit.staff.TestPrincipals;

/** A server without Chromium says the PDF is unavailable, plainly, and still gives the DOCX. */
@SpringBootTest(properties = "sujarit.documents.chromium=/nonexistent/chromium")
@AutoConfigureMockMvc
class DocumentsWithoutChromiumTest {

    @Autowired MockMvc mvc;
    @Autowired TestPrincipals principals;

    @Test
    void thePdfIsExplainedNotBroken() throws Exception {
        var officer = authentication(principals.authentication("bantom.integrity"));
        String page = mvc.perform(get("/console/plan/documents/plan.pdf").with(officer))
                .andExpect(status().isServiceUnavailable()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("สร้างเอกสาร PDF ไม่ได้ในขณะนี้").doesNotContain("/nonexistent").doesNotContain("Exception");
        mvc.perform(get("/console/plan/documents/plan.docx").with(officer)).andExpect(status().isOk());
    }
}
