package org.sujarit.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.sujarit.shared.NumeralStyle;
import org.sujarit.shared.TenantId;
import org.sujarit.staff.TestPrincipals;
import org.sujarit.support.Numerals;
import org.sujarit.support.WebTest;
import org.sujarit.tenant.Organisations;

/** Ban Tom's plan downloaded as PDF, DOCX and XLSX, and a round's report as XLSX. */
@WebTest
class PlanDocumentsPageTest {

    @Autowired MockMvc mvc;
    @Autowired TestPrincipals principals;
    @Autowired Organisations organisations;

    @Test
    void theBanTomPlanComesOutAsEveryDocument() throws Exception {
        var staff = authentication(principals.authentication("bantom.staff"));
        byte[] pdf = mvc.perform(get("/console/plan/documents/plan.pdf").with(staff))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(document.getNumberOfPages()).isGreaterThan(22);
            assertThat(text).contains("เทศบาลตำบลบ้านต๋อม").contains("ส่วนที่ ๒").contains("ส่วนที่ ๓")
                    .contains("NO Gift Policy").contains("๒๕๖๖");
            assertThat(text).as("the tenant's numeral style, Thai digits by default, and the seed's cover")
                    .contains("(พ.ศ. ๒๕๖๖ – ๒๕๗๐)", "อำเภอเมืองพะเยา จังหวัดพะเยา", "๖. ระยะเวลาดำเนินการ");
            assertThat(Numerals.arabicNumbers(text)).as("cover, section and page numbers, amounts").isEmpty();
        }
        byte[] docx = mvc.perform(get("/console/plan/documents/plan.docx").with(staff))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertThat(extractor.getText()).contains("ชื่อโครงการ").contains("กิจกรรมส่งเสริมชุมชนเฝ้าระวังการทุจริต")
                    .contains("(พ.ศ. ๒๕๖๖ – ๒๕๗๐)", "อำเภอเมืองพะเยา จังหวัดพะเยา", "๖. ระยะเวลาดำเนินการ");
            assertThat(Numerals.arabicNumbers(extractor.getText())).isEmpty();
            assertThat(document.getDocument().getBody().getSectPr().getPgNumType().getFmt())
                    .isEqualTo(STNumberFormat.THAI_NUMBERS);
        }
        byte[] part2 = mvc.perform(get("/console/plan/documents/part2.xlsx").with(staff))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(part2))) {
            assertThat(book.getSheetAt(0).getPhysicalNumberOfRows()).isGreaterThan(20);
        }
        byte[] round = mvc.perform(get("/console/plan/documents/round.xlsx").param("year", "2568").param("round", "1")
                .with(staff)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(round))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(2).getCell(4).getStringCellValue()).isEqualTo("สถานะ");
            assertThat(sheet.getRow(3).getCell(2).getStringCellValue()).contains("ประมวลจริยธรรม");
        }
    }

    @Test
    void aTenantThatWritesArabicDigitsGetsNoThaiDigitInItsDocuments() throws Exception {
        var staff = authentication(principals.authentication("bantom.staff"));
        TenantId banTom = organisations.findBySlug("bantom").orElseThrow().id();
        organisations.changeNumeralStyle(banTom, NumeralStyle.ARABIC);
        try {
            byte[] pdf = mvc.perform(get("/console/plan/documents/plan.pdf").with(staff))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            try (PDDocument document = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(document);
                assertThat(text).contains("(พ.ศ. 2566 – 2570)", "6. ระยะเวลาดำเนินการ").doesNotContainPattern("[๐-๙]");
            }
            byte[] docx = mvc.perform(get("/console/plan/documents/plan.docx").with(staff))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                 XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
                assertThat(extractor.getText()).contains("(พ.ศ. 2566 – 2570)").doesNotContainPattern("[๐-๙]");
            }
            byte[] part2 = mvc.perform(get("/console/plan/documents/part2.xlsx").with(staff))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(part2))) {
                assertThat(book.getSheetName(0)).isEqualTo("ส่วนที่ 2");
            }
        } finally {
            organisations.changeNumeralStyle(banTom, NumeralStyle.THAI);
        }
    }
}
