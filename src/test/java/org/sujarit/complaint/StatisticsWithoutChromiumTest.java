package org.sujarit.complaint;

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

/** A server without Chromium says the annual report is unavailable, plainly, and still gives the page and workbook. */
@SpringBootTest(properties = "sujarit.documents.chromium=/nonexistent/chromium")
@AutoConfigureMockMvc
class StatisticsWithoutChromiumTest {

    @Autowired MockMvc mvc;
    @Autowired TestPrincipals principals;

    @Test
    void theReportIsExplainedNotBroken() throws Exception {
        var officer = authentication(principals.authentication("bantom.integrity"));
        String page = mvc.perform(get("/console/complaints/statistics/report.pdf").param("year", "2569").with(officer))
                .andExpect(status().isServiceUnavailable()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("สร้างเอกสาร PDF ไม่ได้ในขณะนี้", "สถิติบนหน้าเว็บและไฟล์ XLSX ยังใช้ได้")
                .doesNotContain("/nonexistent").doesNotContain("Exception");
        mvc.perform(get("/console/complaints/statistics.xlsx").param("year", "2569").with(officer))
                .andExpect(status().isOk());
        mvc.perform(get("/console/complaints/statistics").with(officer)).andExpect(status().isOk());
    }
}
