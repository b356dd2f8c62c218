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
import org.sujarit.staff.TestPrincipals;

/** A server without Chromium says the risk PDFs are unavailable, plainly, and still gives the workbooks. */
@SpringBootTest(properties = "sujarit.documents.chromium=/nonexistent/chromium")
@AutoConfigureMockMvc
class RiskDocumentsWithoutChromiumTest {

    @Autowired MockMvc mvc;
    @Autowired TestPrincipals principals;

    @Test
    void thePdfsAreExplainedNotBroken() throws Exception {
        var officer = authentication(principals.authentication("bantom.integrity"));
        for (String pdf : new String[] {"assessment.pdf", "pk5.pdf", "pk5-followup.pdf?round=2"}) {
            String page = mvc.perform(get("/console/risk/2566/documents/" + pdf).with(officer))
                    .andExpect(status().isServiceUnavailable()).andReturn().getResponse().getContentAsString();
            assertThat(page).contains("สร้างเอกสาร PDF ไม่ได้ในขณะนี้").contains("XLSX ยังใช้ได้")
                    .doesNotContain("/nonexistent").doesNotContain("Exception");
        }
        mvc.perform(get("/console/risk/2566/documents/assessment.xlsx").with(officer)).andExpect(status().isOk());
        mvc.perform(get("/console/risk/2566/documents/pk5.xlsx").with(officer)).andExpect(status().isOk());

        String portal = mvc.perform(get("/bantom/risk/2566/assessment.pdf"))
                .andExpect(status().isServiceUnavailable()).andReturn().getResponse().getContentAsString();
        assertThat(portal).contains("สร้างเอกสาร PDF ไม่ได้ในขณะนี้").contains("ผลการประเมินยังอ่านได้")
                .doesNotContain("/nonexistent").doesNotContain("Exception");
    }
}
