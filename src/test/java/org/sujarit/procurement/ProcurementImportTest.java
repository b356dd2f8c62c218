package org.sujarit.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.sujarit.procurement.PurchaseImport.ImportRejected;
import org.sujarit.shared.ThaiDigits;
import org.sujarit.staff.Role;
import org.sujarit.staff.TestPrincipals;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;
import org.sujarit.support.WebTest;

/** Importing a month's purchases from CSV and XLSX through the console: all lines or none, and the templates. */
@WebTest
class ProcurementImportTest {

    static final String MONTH = "/console/procurement/2568/5";
    static final String HEADINGS = "งานที่จัดซื้อหรือจัดจ้าง,วงเงินงบประมาณ,ราคากลาง,วิธีซื้อหรือจ้าง,"
            + "รายชื่อผู้เสนอราคาและราคาที่เสนอ,ผู้ได้รับการคัดเลือก,ราคาที่ตกลง,เหตุผลที่คัดเลือก,เลขที่สัญญา,วันที่สัญญา\r\n";

    @Autowired MockMvc mvc;
    @Autowired TestPrincipals principals;
    @Autowired TenantFixture fixtures;
    @Autowired ProcurementSummaries summaries;

    @Test
    void aGoodCsvFileAddsEveryLine() throws Exception {
        Tenant t = fixtures.create();
        String csv = "\uFEFF" + HEADINGS
                + "\"ซื้อวัสดุสำนักงาน, กองคลัง " + t.marker() + "\",\"25,000\",24800,เฉพาะเจาะจง,ร้านเครื่องเขียน = 24650,"
                + "ร้านเครื่องเขียน,24650,ราคาต่ำสุด,บส. 3/2568,8/2/2568\r\n"
                + "จ้างซ่อมท่อ,95000,94000,e-bidding,หจก.โยธา = 93500; หจก.ช่าง = 93900,หจก.โยธา,93500,ราคาต่ำสุด,,\r\n";
        mvc.perform(upload(t, Role.UNIT_STAFF, "ขสร1.csv", csv.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "procurement.imported"));
        List<Purchase> purchases = summaries.month(t.id(), 2568, 5).purchases();
        assertThat(purchases).extracting(p -> p.details().work())
                .containsExactly("ซื้อวัสดุสำนักงาน, กองคลัง " + t.marker(), "จ้างซ่อมท่อ");
        assertThat(purchases.get(0).details().contractDate()).isEqualTo(LocalDate.of(2025, 2, 8));
        assertThat(purchases.get(1).details().bidders()).hasSize(2);
        assertThat(purchases.get(1).details().method()).isEqualTo(ProcurementMethod.E_BIDDING);
    }

    @Test
    void aCsvFileWithOneWrongLineSavesNothingAndTheReportNamesTheLine() throws Exception {
        Tenant t = fixtures.create();
        String csv = HEADINGS + "งานถูกต้อง " + t.marker() + ",1000,,เฉพาะเจาะจง,,ร้าน,900,ราคาต่ำสุด,,\r\n"
                + "งานผิด,หนึ่งพัน,,สอบราคา,,ร้าน,900,ราคาต่ำสุด,,\r\n";
        String page = mvc.perform(upload(t, Role.INTEGRITY_OFFICER, "bad.csv", csv.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8).transform(ThaiDigits::toArabic);
        assertThat(summaries.month(t.id(), 2568, 5).purchases()).isEmpty();
        assertThat(page).contains("ไม่ได้นำเข้ารายการใดเลย").contains("แถวที่ 3:").contains("วงเงินงบประมาณ (บาท):")
                .contains("ต้องเป็นจำนวนเงิน").contains("ไม่รู้จักวิธีซื้อหรือจ้างนี้").doesNotContain("แถวที่ 2:");
    }

    @Test
    void anXlsxFileWithNumbersAndDatesInItsCellsIsImported() throws Exception {
        Tenant t = fixtures.create();
        byte[] xlsx = workbook(t.marker(), true);
        mvc.perform(upload(t, Role.INTEGRITY_OFFICER, "สขร1.xlsx", xlsx))
                .andExpect(flash().attribute("notice", "procurement.imported"));
        PurchaseDetails road = summaries.month(t.id(), 2568, 5).purchases().get(0).details();
        assertThat(road.work()).isEqualTo("ซ่อมถนน " + t.marker());
        assertThat(road.budget()).isEqualTo(new BigDecimal("480000.00"));
        assertThat(road.agreedPrice()).isEqualTo(new BigDecimal("468000.50"));
        assertThat(road.contractDate()).isEqualTo(LocalDate.of(2025, 2, 20));
        assertThat(road.method()).isEqualTo(ProcurementMethod.SPECIFIC);
    }

    @Test
    void aWrongXlsxFileOrNoSpreadsheetAtAllSavesNothing() throws Exception {
        Tenant t = fixtures.create();
        assertThat(rejected(t, "bad.xlsx", workbook(t.marker(), false)))
                .contains("แถวที่ 1:").contains("ราคาที่ตกลง (บาท):").contains("ไม่มีคอลัมน์นี้ในแถวหัวตาราง");
        byte[] broken = {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8};
        assertThat(rejected(t, "broken.xlsx", broken)).contains("อ่านไฟล์ XLSX ไม่ได้");
        assertThat(rejected(t, "empty.csv", new byte[0])).contains("ไฟล์ว่างเปล่า");
        assertThat(summaries.month(t.id(), 2568, 5).purchases()).isEmpty();
        mvc.perform(upload(t, Role.EXECUTIVE, "x.csv", HEADINGS.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theTemplatesHoldTheFormsHeadingsAndReadBackAsAnEmptyFile() throws Exception {
        Tenant t = fixtures.create();
        byte[] csv = mvc.perform(get("/console/procurement/template.csv").with(as(t, Role.UNIT_STAFF)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFงานที่จัดซื้อหรือจัดจ้าง,วงเงินงบประมาณ,ราคากลาง,วิธีซื้อหรือจ้าง")
                .contains("เลขที่โครงการในระบบ e-GP,แหล่งที่มาของงบประมาณ,สถานะการจัดซื้อจัดจ้าง");
        byte[] xlsx = mvc.perform(get("/console/procurement/template.xlsx").with(as(t, Role.UNIT_STAFF)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        for (byte[] template : List.of(csv, xlsx)) {
            try {
                PurchaseImport.read(template);
                throw new AssertionError("an empty template imports nothing");
            } catch (ImportRejected rejected) {
                assertThat(rejected.problems()).containsExactly(new PurchaseImport.LineProblem(1, null, "procurement.import.noRows"));
            }
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(1).getRow(0).getCell(0).getStringCellValue()).contains("เฉพาะเจาะจง");
        }
    }

    /** A workbook as people fill it in: numbers and a date in numeric cells; without the agreed price if not {@code complete}. */
    private static byte[] workbook(String marker, boolean complete) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("สขร.๑");
            List<String> headings = complete
                    ? List.of("งานที่จัดซื้อหรือจัดจ้าง", "วงเงินงบประมาณ", "วิธีซื้อหรือจ้าง", "ผู้ได้รับการคัดเลือก", "ราคาที่ตกลง",
                    "เหตุผลที่คัดเลือก", "วันที่สัญญา")
                    : List.of("งานที่จัดซื้อหรือจัดจ้าง", "วงเงินงบประมาณ", "วิธีซื้อหรือจ้าง", "ผู้ได้รับการคัดเลือก",
                    "เหตุผลที่คัดเลือก");
            Row header = sheet.createRow(0);
            for (int i = 0; i < headings.size(); i++) {
                header.createCell(i).setCellValue(headings.get(i));
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("ซ่อมถนน " + marker);
            row.createCell(1).setCellValue(480000);
            row.createCell(2).setCellValue("เฉพาะเจาะจง");
            row.createCell(3).setCellValue("หจก.ตัวอย่าง");
            if (complete) {
                row.createCell(4).setCellValue(468000.5);
                row.createCell(5).setCellValue("ราคาต่ำสุด");
                CellStyle date = workbook.createCellStyle();
                date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("d/m/yyyy"));
                var cell = row.createCell(6);
                cell.setCellValue(LocalDate.of(2025, 2, 20));
                cell.setCellStyle(date);
            } else {
                row.createCell(4).setCellValue("ราคาต่ำสุด");
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private String rejected(Tenant t, String name, byte[] content) throws Exception {
        return mvc.perform(upload(t, Role.INTEGRITY_OFFICER, name, content)).andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8).transform(ThaiDigits::toArabic);
    }

    private MockMultipartHttpServletRequestBuilder upload(Tenant t, Role role, String name, byte[] content) {
        return multipart(MONTH + "/import").file(new MockMultipartFile("file", name, "application/octet-stream", content)).with(csrf()).with(as(t, role));
    }

    private RequestPostProcessor as(Tenant t, Role role) {
        return authentication(principals.authentication(t.username(role)));
    }
}
