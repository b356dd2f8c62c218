package org.sujarit.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.sujarit.complaint.CaseView.Category;
import org.sujarit.shared.ThaiDigits;
import org.sujarit.staff.Role;
import org.sujarit.staff.TestPrincipals;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;
import org.sujarit.support.WebTest;
import org.sujarit.complaint.statistics.ComplaintStatistics;

/**
 * The statistics as staff read them in full (page, workbook, report) and as the public reads them
 * merged (portal page, JSON), over the sixteen cases of {@link StatisticsFixture}.
 */
@WebTest
class StatisticsPagesTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String PAGE = "/console/complaints/statistics";

    @Autowired MockMvc mvc;
    @Autowired TestPrincipals principals;
    @Autowired StatisticsFixture fixture;
    @Autowired TenantFixture tenants;
    @Autowired ComplaintSettings complaintSettings;
    @Autowired ComplaintStatistics statistics;

    @Test
    void theOfficerExecutiveAndAuditorReadTheFullFigures() throws Exception {
        Tenant t = fixture.shared();
        for (Role role : List.of(Role.INTEGRITY_OFFICER, Role.EXECUTIVE, Role.INTERNAL_AUDITOR)) {
            String page = ThaiDigits.toArabic(mvc.perform(get(PAGE).param("year", "2569").with(as(t, role)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            assertThat(page).contains("สถิติเรื่องร้องเรียน", "ปีงบประมาณ พ.ศ. 2569", "ครึ่งปีแรก (ต.ค. – มี.ค.)",
                    "ไฟฟ้าสาธารณะ", "การจัดซื้อจัดจ้าง", "ร้อยละ 71.4", "ร้อยละ 75.0", "5 วัน", "ต่ำกว่าเป้าหมาย",
                    "โครงสร้างพื้นฐานชำรุดหรือไม่เพียงพอ", StatisticsFixture.MEASURE,
                    "/console/complaints/statistics.xlsx?year=2569", "/console/complaints/statistics/report.pdf?year=2569");
        }
        Document page = Jsoup.parse(ThaiDigits.toArabic(mvc.perform(get(PAGE).param("year", "2569").with(as(t, Role.EXECUTIVE)))
                .andReturn().getResponse().getContentAsString()));
        Element lighting = row(page, "ไฟฟ้าสาธารณะ");
        assertThat(lighting.select("td").eachText()).as("the staff see small counts as they are")
                .startsWith("3", "2", "1", "0", "0", "3", "0");
        assertThat(page.select("table th[scope=row]").eachText()).contains("ตุลาคม 2568", "กันยายน 2569");
        assertThat(page.select("table caption")).hasSizeGreaterThanOrEqualTo(4);

        String english = mvc.perform(get(PAGE).param("year", "2569").param("lang", "en").with(as(t, Role.EXECUTIVE)))
                .andReturn().getResponse().getContentAsString();
        assertThat(english).contains("Complaint statistics", "Fiscal year 2569 BE", "71.4%", "Below target");
    }

    @Test
    void unitStaffTenantAdminAndOthersAreRefused() throws Exception {
        Tenant t = fixture.shared();
        for (String url : List.of(PAGE, PAGE + ".xlsx", PAGE + "/report.pdf")) {
            for (Role role : List.of(Role.UNIT_STAFF, Role.TENANT_ADMIN, Role.COUNCIL_MEMBER, Role.IDENTITY_CUSTODIAN)) {
                mvc.perform(get(url).with(as(t, role))).andExpect(status().isForbidden());
            }
            mvc.perform(get(url).with(authentication(principals.authentication("platform.admin"))))
                    .andExpect(status().isForbidden());
            mvc.perform(get(url)).andExpect(status().is3xxRedirection());
        }
        mvc.perform(get(PAGE).param("year", "2599").with(as(t, Role.INTEGRITY_OFFICER))).andExpect(status().isNotFound());
    }

    @Test
    void anotherTenantsOfficerSeesOnlyItsOwnYear() throws Exception {
        Tenant a = tenants.create();
        Category roads = complaintSettings.categories(a.id()).stream().filter(c -> c.code().equals("roads")).findFirst().orElseThrow();
        complaintSettings.saveCategory(a.id(), new Category(roads.id(), roads.channel(), roads.code(), "ถนน " + a.marker(), null,
                null, null, null, roads.position(), true));
        fixture.file(a, Channel.GENERAL, "roads");
        Tenant b = tenants.create();
        String year = String.valueOf(statistics.current().buddhistYear());

        String own = mvc.perform(get(PAGE).param("year", year).with(as(a, Role.INTEGRITY_OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(own).contains("ถนน " + a.marker());
        String other = mvc.perform(get(PAGE).param("year", year).with(as(b, Role.INTEGRITY_OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(ThaiDigits.toArabic(other)).contains("ไม่มีเรื่องร้องเรียนในปีงบประมาณ พ.ศ. " + year).doesNotContain(a.marker());
        byte[] workbook = mvc.perform(get(PAGE + ".xlsx").param("year", year).with(as(b, Role.EXECUTIVE)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            XSSFSheet categories = book.getSheet("ตามประเภท");
            for (int r = 0; r <= categories.getLastRowNum(); r++) {
                if (categories.getRow(r) != null) {
                    assertThat(text(categories.getRow(r).getCell(0))).doesNotContain(a.marker());
                }
            }
            assertThat(lastTotal(book.getSheet("รายครึ่งปี")).getCell(1).getNumericCellValue()).isZero();
        }
    }

    @Test
    void theWorkbookHoldsEveryFigureAsANumberInSarabunUnderAFrozenHeader() throws Exception {
        Tenant t = fixture.shared();
        MockHttpServletResponse response = mvc.perform(get(PAGE + ".xlsx").param("year", "2569")
                        .with(as(t, Role.INTERNAL_AUDITOR)))
                .andExpect(status().isOk()).andExpect(content().contentType(XLSX)).andReturn().getResponse();
        assertThat(fileName(response)).isEqualTo("attachment; สถิติเรื่องร้องเรียน-2569.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2), book.getSheetName(3),
                    book.getSheetName(4))).containsExactly("รายครึ่งปี", "รายเดือน", "ตามประเภท", "ความพึงพอใจ", "สาเหตุ");
            XSSFSheet periods = book.getSheet("รายครึ่งปี");
            assertThat(text(periods.getRow(0).getCell(0))).as("text in the tenant's Thai digits").contains("๒๕๖๙")
                    .contains("เทศบาลตำบล " + t.marker());
            assertThat(periods.getPaneInformation().isFreezePane()).isTrue();
            assertThat(periods.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 3);
            assertThat(text(periods.getRow(2).getCell(1))).isEqualTo("รับเรื่อง");
            assertThat(text(periods.getRow(3).getCell(0))).startsWith("ครึ่งปีแรก");
            XSSFRow year = lastTotal(periods);
            assertThat(numbers(year, 1, 9)).containsExactly(16.0, 13.0, 3.0, 3.0, 1.0, 12.0, 4.0, 5.0);
            assertThat(font(book, year.getCell(1))).isEqualTo("Sarabun");
            assertThat(font(book, periods.getRow(2).getCell(0))).isEqualTo("Sarabun");

            XSSFSheet months = book.getSheet("รายเดือน");
            assertThat(text(months.getRow(3).getCell(0))).isEqualTo("ตุลาคม ๒๕๖๘");
            List<Double> received = new java.util.ArrayList<>();
            for (int r = 3; r < 15; r++) {
                received.add(months.getRow(r).getCell(3).getNumericCellValue());
            }
            assertThat(received).containsExactly(2.0, 2.0, 1.0, 1.0, 1.0, 0.0, 1.0, 2.0, 5.0, 1.0, 0.0, 0.0);
            assertThat(months.getRow(4).getCell(2).getNumericCellValue()).as("C1 in November").isEqualTo(1.0);

            XSSFRow satisfaction = lastTotal(book.getSheet("ความพึงพอใจ"));
            assertThat(numbers(satisfaction, 1, 4)).containsExactly(7.0, 4.0, 71.4);
            assertThat(text(satisfaction.getCell(4))).isEqualTo("ต่ำกว่าเป้าหมาย");
            XSSFRow cause = book.getSheet("สาเหตุ").getRow(3);
            assertThat(text(cause.getCell(0))).isEqualTo("โครงสร้างพื้นฐานชำรุดหรือไม่เพียงพอ");
            assertThat(numbers(cause, 1, 3)).containsExactly(2.0, 50.0);
        }
    }

    @Test
    void theAnnualReportIsAPdfWithTheYearsFigures() throws Exception {
        Tenant t = fixture.shared();
        MockHttpServletResponse response = mvc.perform(get(PAGE + "/report.pdf").param("year", "2569")
                        .with(as(t, Role.INTEGRITY_OFFICER)))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf")).andReturn().getResponse();
        assertThat(fileName(response)).isEqualTo("inline; รายงานผลการดำเนินการเรื่องร้องเรียน-2569.pdf");
        try (PDDocument document = Loader.loadPDF(response.getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).as("in the tenant's Thai digits").contains("ได้รับเรื่องร้องเรียนทั้งสิ้น๑๖เรื่อง", "ร้อยละ๗๑.๔",
                    "เทศบาลตำบล" + t.marker());
        }
    }

    @Test
    void thePublicPageMergesSmallCountsAndShowsNoNumberUnderFive() throws Exception {
        Tenant t = fixture.shared();
        String slug = t.organisation().slug();
        String html = mvc.perform(get("/" + slug + "/complaints/statistics").param("year", "2569"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("ร้อยละ ๗๑.๔");
        html = ThaiDigits.toArabic(html);
        Document page = Jsoup.parse(html);

        for (Element cell : page.select("main table td, main table th")) {
            String text = cell.text().strip();
            if (text.matches("\\d+")) {
                assertThat(Integer.parseInt(text)).as("cell '%s'", text).isGreaterThanOrEqualTo(5);
            }
        }
        assertThat(html).contains("น้อยกว่า 5", "ถนน ทางเท้า สะพาน ท่อระบายน้ำ", "ประเภทอื่น ๆ รวมกัน",
                "รวมไว้ในเดือนอื่น ๆ", "เดือนอื่น ๆ ของครึ่งปีแรกรวมกัน", "ร้อยละ 71.4 (เฉลี่ย 4.00 จาก 5)");
        assertThat(html).as("lighting has 3 cases, water 5 but it alone would let lighting be worked out")
                .doesNotContain("ไฟฟ้าสาธารณะ").doesNotContain("น้ำประปา น้ำท่วม")
                .as("the corruption channel's one category has 2").doesNotContain("การจัดซื้อจัดจ้าง")
                .as("no case's content").doesNotContain("รายละเอียด " + t.marker()).doesNotContain("เรื่อง roads");
        Element general = row(page, "ทั้งปี");
        assertThat(general.select("td").eachText()).startsWith("14", "12", "น้อยกว่า 5", "น้อยกว่า 5", "ร้อยละ 78.6");
        assertThat(row(page, "ประเภทอื่น ๆ รวมกัน").select("td").first().text()).isEqualTo("8");
        assertThat(row(page, "ตุลาคม 2568").select("td").text()).isEqualTo("รวมไว้ในเดือนอื่น ๆ");
        assertThat(row(page, "มีนาคม 2569").select("td").text()).isEqualTo("ไม่มี");
        assertThat(page.select("main table")).allSatisfy(table -> {
            assertThat(table.hasClass("stacked")).isTrue();
            assertThat(table.select("caption")).hasSize(1);
            assertThat(table.select("thead th")).allSatisfy(th -> assertThat(th.attr("scope")).isEqualTo("col"));
            assertThat(table.select("tbody th")).allSatisfy(th -> assertThat(th.attr("scope")).isEqualTo("row"));
            assertThat(table.select("tbody td")).allSatisfy(td -> assertThat(td.attr("data-label")).isNotBlank());
        });
        assertThat(page.select("a[href=/" + slug + "/complaints/statistics?year=2569]").attr("aria-current")).isEqualTo("page");
        assertThat(html).contains("/api/v1/orgs/" + slug + "/complaint-statistics?year=2569");

        String empty = mvc.perform(get("/" + slug + "/complaints/statistics").param("year", "2568"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(empty).select("main p.lead").eachText())
                .containsExactly("ปีงบประมาณ พ.ศ. ๒๕๖๘", "ไม่มีเรื่องร้องเรียนในปีงบประมาณ พ.ศ. ๒๕๖๘",
                        "ไม่มีเรื่องร้องเรียนในปีงบประมาณ พ.ศ. ๒๕๖๘");
        String citizen = mvc.perform(get("/" + slug + "/complaints")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(citizen).contains("/" + slug + "/complaints/statistics");
        mvc.perform(get("/no-such-town/complaints/statistics")).andExpect(status().isNotFound());
        mvc.perform(get("/" + slug + "/complaints/statistics").param("year", "2599")).andExpect(status().isNotFound());
    }

    @Test
    void theJsonGivesThePublicFiguresPerChannel() throws Exception {
        Tenant t = fixture.shared();
        String url = "/api/v1/orgs/" + t.organisation().slug() + "/complaint-statistics";
        String json = mvc.perform(get(url).param("year", "2569")).andExpect(status().isOk())
                .andExpect(jsonPath("$.fiscalYear").value(2569))
                .andExpect(jsonPath("$.threshold").value(5))
                .andExpect(jsonPath("$.channels[0].channel").value("GENERAL"))
                .andExpect(jsonPath("$.channels[0].noComplaints").value(false))
                .andExpect(jsonPath("$.channels[0].year.total.received.value").value(14))
                .andExpect(jsonPath("$.channels[0].year.total.finished.value").value(12))
                .andExpect(jsonPath("$.channels[0].year.total.inProgress.fewerThanFive").value(true))
                .andExpect(jsonPath("$.channels[0].year.total.medianDaysToFinish").value(5.5))
                .andExpect(jsonPath("$.channels[0].year.total.satisfiedPercent").value(71.4))
                .andExpect(jsonPath("$.channels[0].year.categories.length()").value(1))
                .andExpect(jsonPath("$.channels[0].year.categories[0].code").value("roads"))
                .andExpect(jsonPath("$.channels[0].year.otherCategories.received.value").value(8))
                .andExpect(jsonPath("$.channels[0].halves[0].total.received.value").value(6))
                .andExpect(jsonPath("$.channels[0].months[0].months[0].month").value("2025-10"))
                .andExpect(jsonPath("$.channels[0].months[0].months[0].merged").value(true))
                .andExpect(jsonPath("$.channels[0].months[0].otherMonths.value").value(6))
                .andExpect(jsonPath("$.channels[1].channel").value("CORRUPTION"))
                .andExpect(jsonPath("$.channels[1].year.total.received.fewerThanFive").value(true))
                .andExpect(jsonPath("$.channels[1].year.total.finished").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        assertThat(json).doesNotContainPattern("\"value\":[1-4][,}]").doesNotContain("รายละเอียด " + t.marker())
                .doesNotContain("เรื่อง roads").doesNotContain("การจัดซื้อจัดจ้าง");

        mvc.perform(get(url)).andExpect(status().isOk())
                .andExpect(jsonPath("$.fiscalYear").value(statistics.current().buddhistYear()))
                .andExpect(jsonPath("$.channels[0].noComplaints").value(true));
        mvc.perform(get("/api/v1/orgs/no-such-town/complaint-statistics")).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(404));
        mvc.perform(get(url).param("year", "2599")).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        String doc = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(doc).contains("/api/v1/orgs/{slug}/complaint-statistics");
    }

    @Test
    void banTomsDemoComplaintsOfFy2568AreCounted() throws Exception {
        mvc.perform(get("/api/v1/orgs/bantom/complaint-statistics").param("year", "2568")).andExpect(status().isOk())
                .andExpect(jsonPath("$.channels[0].year.total.received.value").value(7))
                .andExpect(jsonPath("$.channels[1].year.total.received.fewerThanFive").value(true));
        String page = mvc.perform(get(PAGE).param("year", "2568")
                        .with(authentication(principals.authentication("bantom.executive"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(page).select("main .cards.figures .number").first().text()).isEqualTo("๘");
    }

    /** The first row whose heading starts with {@code heading}. */
    private static Element row(Document page, String heading) {
        return page.select("tbody tr").stream()
                .filter(tr -> !tr.select("th").isEmpty() && tr.select("th").first().text().startsWith(heading))
                .findFirst().orElseThrow(() -> new AssertionError("No row " + heading));
    }

    private static XSSFRow lastTotal(XSSFSheet sheet) {
        return sheet.getRow(sheet.getLastRowNum());
    }

    private static List<Double> numbers(XSSFRow row, int from, int to) {
        List<Double> numbers = new java.util.ArrayList<>();
        for (int c = from; c < to; c++) {
            XSSFCell cell = row.getCell(c);
            assertThat(cell.getCellType()).as("column %d", c).isEqualTo(CellType.NUMERIC);
            numbers.add(cell.getNumericCellValue());
        }
        return numbers;
    }

    private static String text(XSSFCell cell) {
        return cell == null ? "" : cell.getStringCellValue();
    }

    private static String font(XSSFWorkbook book, XSSFCell cell) {
        return book.getFontAt(cell.getCellStyle().getFontIndex()).getFontName();
    }

    /** The disposition type and the file name as a browser reads it from filename*. */
    private static String fileName(MockHttpServletResponse response) {
        String disposition = response.getHeader("Content-Disposition");
        String encoded = disposition.substring(disposition.indexOf("filename*=UTF-8''") + "filename*=UTF-8''".length());
        return disposition.substring(0, disposition.indexOf(';')) + "; " + URLDecoder.decode(encoded, StandardCharsets.UTF_8);
    }

    private RequestPostProcessor as(Tenant t, Role role) {
        return authentication(principals.authentication(t.username(role)));
    }
}
