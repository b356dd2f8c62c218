package org.sujarit.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.sujarit.shared.NumeralStyle;
import org.sujarit.staff.Role;
import org.sujarit.staff.TestPrincipals;
import org.sujarit.support.Numerals;
import org.sujarit.support.PlanFixture;
import org.sujarit.support.RiskFixture;
import org.sujarit.support.RiskFixture.TenantWithRisk;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.WebTest;
import org.sujarit.tenant.Organisations;

/** The risk documents downloaded by staff of every role, and the report from the portal once published. */
@WebTest
class RiskDocumentsPageTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired MockMvc mvc;
    @Autowired TestPrincipals principals;
    @Autowired TenantFixture fixtures;
    @Autowired PlanFixture plans;
    @Autowired RiskFixture riskFixture;
    @Autowired Organisations organisations;

    @Test
    void banTomsStaffDownloadEveryDocumentUnderAThaiName() throws Exception {
        var staff = authentication(principals.authentication("bantom.staff"));
        String page = mvc.perform(get("/console/risk/2566").with(staff)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("/console/risk/2566/documents/assessment.pdf",
                "/console/risk/2566/documents/assessment.xlsx", "/console/risk/2566/documents/pk5.pdf",
                "/console/risk/2566/documents/pk5-followup.pdf?round=2", "/console/risk/2566/documents/pk5.xlsx");

        MockHttpServletResponse report = mvc.perform(get("/console/risk/2566/documents/assessment.pdf").with(staff))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf")).andReturn().getResponse();
        assertThat(fileName(report)).isEqualTo("inline; การประเมินความเสี่ยงการทุจริต-2566.pdf");
        try (PDDocument document = Loader.loadPDF(report.getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).as("Ban Tom writes Thai digits, the default").contains("เทศบาลตำบลบ้านต๋อม")
                    .contains("ตารางที่ ๕").contains("ประจำปีงบประมาณ พ.ศ. ๒๕๖๖");
            assertThat(Numerals.arabicNumbers(text)).as("page numbers, tables, years").isEmpty();
        }
        MockHttpServletResponse register = mvc.perform(get("/console/risk/2566/documents/assessment.xlsx").with(staff))
                .andExpect(status().isOk()).andExpect(content().contentType(XLSX)).andReturn().getResponse();
        assertThat(fileName(register)).isEqualTo("attachment; ทะเบียนความเสี่ยงการทุจริต-2566.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(register.getContentAsByteArray()))) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(14);
        }
        MockHttpServletResponse pk5 = mvc.perform(get("/console/risk/2566/documents/pk5.pdf").with(staff))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf")).andReturn().getResponse();
        assertThat(fileName(pk5)).isEqualTo("inline; แบบ-ปค5-2566.pdf");
        MockHttpServletResponse followUp = mvc.perform(get("/console/risk/2566/documents/pk5-followup.pdf")
                        .param("round", "2").with(staff))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf")).andReturn().getResponse();
        assertThat(fileName(followUp)).isEqualTo("inline; แบบติดตาม-ปค5-2566-รอบ2.pdf");
        try (PDDocument document = Loader.loadPDF(followUp.getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(document)).contains("รอบ ๑๒ เดือน ณ วันที่ ๓๐ กันยายน ๒๕๖๖");
        }
        mvc.perform(get("/console/risk/2566/documents/pk5.xlsx").with(staff))
                .andExpect(status().isOk()).andExpect(content().contentType(XLSX))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("filename*=UTF-8''")));
    }

    @Test
    void everyTenantRoleReadsTheDocumentsOfItsOwnTenantOnly() throws Exception {
        TenantWithRisk t = withRisk();
        TenantWithRisk other = withRisk();
        for (Role role : Role.TENANT_ROLES) {
            mvc.perform(get("/console/risk/2566/documents/pk5.xlsx").with(as(t, role))).andExpect(status().isOk());
            mvc.perform(get("/console/risk/2566/documents/assessment.xlsx").with(as(t, role))).andExpect(status().isOk());
        }
        mvc.perform(get("/console/risk/2566/documents/pk5.pdf").with(as(t, Role.COUNCIL_MEMBER))).andExpect(status().isOk());
        mvc.perform(post("/console/risk").with(csrf()).with(as(t, Role.INTEGRITY_OFFICER))
                        .param("fiscalYear", "2567").param("fromYear", "2566"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/console/risk/2567/documents/assessment.pdf").with(as(other, Role.INTEGRITY_OFFICER)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/console/risk/2567/documents/pk5.xlsx").with(as(other, Role.EXECUTIVE)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/console/risk/2567/documents/pk5.xlsx").with(authentication(principals.authentication("platform.admin"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/console/risk/2566/documents/assessment.xlsx")).andExpect(status().is3xxRedirection());
    }

    @Test
    void thePortalGivesTheReportOnlyOncePublishedAndWithoutInternalNotes() throws Exception {
        TenantWithRisk t = withRisk();
        String slug = t.tenant().organisation().slug();
        String marker = t.tenant().marker();
        mvc.perform(get("/" + slug + "/risk/2566/assessment.pdf")).andExpect(status().isNotFound());
        mvc.perform(get("/" + slug + "/risk/2599/assessment.pdf")).andExpect(status().isNotFound());

        mvc.perform(post("/console/risk/2566/publish").with(csrf()).with(as(t, Role.INTEGRITY_OFFICER)))
                .andExpect(status().is3xxRedirection());
        String portal = mvc.perform(get("/" + slug + "/risk")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(portal).contains("/" + slug + "/risk/2566/assessment.pdf");
        MockHttpServletResponse report = mvc.perform(get("/" + slug + "/risk/2566/assessment.pdf"))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf")).andReturn().getResponse();
        try (PDDocument document = Loader.loadPDF(report.getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("ความเสี่ยงทดสอบ" + marker).contains("มาตรการทดสอบ" + marker)
                    .doesNotContain("หลักฐานภายใน").doesNotContain("การควบคุมภายใน" + marker).doesNotContain("ผลการติดตาม");
            assertThat(text).contains("พ.ศ.๒๕๖๖");
        }
        organisations.changeNumeralStyle(t.tenant().id(), NumeralStyle.ARABIC);
        byte[] arabic = mvc.perform(get("/" + slug + "/risk/2566/assessment.pdf")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(arabic)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).as("a tenant that writes Arabic digits").contains("ตารางที่ 5").doesNotContainPattern("[๐-๙]");
        }

        mvc.perform(post("/console/risk/2566/return-to-draft").with(csrf()).with(as(t, Role.INTEGRITY_OFFICER)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/" + slug + "/risk/2566/assessment.pdf")).andExpect(status().isNotFound());
    }

    /** The disposition type and the file name as a browser reads it from filename*. */
    private static String fileName(MockHttpServletResponse response) {
        String disposition = response.getHeader("Content-Disposition");
        assertThat(disposition).contains("filename*=UTF-8''");
        String encoded = disposition.substring(disposition.indexOf("filename*=UTF-8''") + "filename*=UTF-8''".length());
        return disposition.substring(0, disposition.indexOf(';')) + "; " + URLDecoder.decode(encoded, StandardCharsets.UTF_8);
    }

    private TenantWithRisk withRisk() {
        return riskFixture.withAssessment(plans.withReportedItem(fixtures.create()));
    }

    private RequestPostProcessor as(TenantWithRisk t, Role role) {
        return authentication(principals.authentication(t.tenant().username(role)));
    }
}
