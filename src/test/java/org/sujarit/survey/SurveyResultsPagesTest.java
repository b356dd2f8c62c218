package org.sujarit.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.ThaiDigits;
import org.sujarit.staff.Role;
import org.sujarit.staff.StaffPrincipal;
import org.sujarit.staff.TestPrincipals;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;
import org.sujarit.support.WebTest;

/**
 * A survey's results in every output — the officer's page, the answers as XLSX and CSV, the PDF
 * report, the portal's page, the open data as JSON and CSV — on real PostgreSQL: the figures, the
 * small sub-groups merged in each, a staff survey below its minimum silent in each, and the text
 * answers on the officer's page only.
 */
@WebTest
class SurveyResultsPagesTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired MockMvc mvc;
    @Autowired TenantFixture fixtures;
    @Autowired TestPrincipals principals;
    @Autowired Surveys surveys;
    @Autowired Answering answering;
    @Autowired JdbcClient jdbc;

    /** Ten answers: six local residents, three business owners, one from another agency; four wrote a secret. */
    private record Answered(Tenant tenant, UUID id, String secret) {

        String results() {
            return "/console/surveys/" + id + "/results";
        }

        String portal() {
            return "/" + tenant.organisation().slug() + "/surveys/" + id;
        }

        String openData() {
            return "/" + tenant.organisation().slug() + "/open-data/survey-" + id;
        }
    }

    @Test
    void theOfficerSeesEachQuestionsFiguresWithItsChartTheSubGroupsMergedAndTheWrittenAnswers() throws Exception {
        Answered a = informationCentre();
        String html = mvc.perform(get(a.results()).with(as(a.tenant(), Role.INTEGRITY_OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).as("in the tenant's Thai digits").contains("ฉบับที่ ๑: ๑๐ คน");
        Document page = Jsoup.parse(ThaiDigits.toArabic(html));
        assertThat(page.select("main .cards.figures").text()).contains("10 คน", "ฉบับที่ 1: 10 คน",
                "พึงพอใจ–พึงพอใจมาก โดยรวม", "ร้อยละ 60.00", "12 จาก 20 คำตอบ");

        Element speed = question(page, "speed");
        assertThat(speed.select("h3").text()).isEqualTo("3. ความรวดเร็วในการให้บริการ");
        assertThat(speed.select("tbody tr")).extracting(tr -> tr.select("th, td").eachText())
                .containsExactly(List.of("มากที่สุด", "6", "60.00"), List.of("มาก", "0", "0.00"), List.of("ปานกลาง", "3", "30.00"),
                        List.of("น้อย", "0", "0.00"), List.of("น้อยที่สุด", "1", "10.00"));
        assertThat(speed.text()).contains("ค่าเฉลี่ย 4.00 จาก 5", "พึงพอใจ–พึงพอใจมาก ร้อยละ 60.00 (6 จาก 10 คน)");
        Element chart = speed.selectFirst("svg.chart");
        assertThat(chart.attr("role")).isEqualTo("img");
        assertThat(chart.attr("aria-labelledby")).isEqualTo("chart-speed-title chart-speed-desc");
        assertThat(chart.select("title").text()).contains("ความรวดเร็วในการให้บริการ");
        assertThat(chart.select("desc").text()).isNotBlank();
        assertThat(chart.select("rect.chart-bar")).extracting(r -> r.attr("width")).containsExactly("174", "1", "87", "1", "29");
        assertThat(question(page, "age").text()).contains("ค่าเฉลี่ย 40.00 ต่ำสุด 30 สูงสุด 70");

        Element type = question(page, "type");
        assertThat(type.select("table, svg")).as("a sub-group question's counts are its groups'").isEmpty();
        Element groups = page.selectFirst("section[aria-labelledby=groups-heading]");
        assertThat(groups.select("tbody tr")).extracting(tr -> tr.select("th, td").eachText())
                .containsExactly(List.of("ประชาชนในพื้นที่", "6", "100.00"),
                        List.of("กลุ่มที่มีผู้ตอบน้อยกว่า 5 คน (รวมกัน)", "น้อยกว่า 5 คน", "—"));
        assertThat(page.select("main").text()).doesNotContain("ผู้ประกอบการ").doesNotContain("หน่วยงานอื่น");

        assertThat(question(page, "why").select("ul.survey-texts li")).hasSize(4)
                .allSatisfy(li -> assertThat(li.text()).isEqualTo(a.secret()));
        assertThat(page.select("a[href]")).extracting(e -> e.attr("href"))
                .contains(a.results() + ".xlsx", a.results() + ".csv", a.results() + "/report.pdf");
        assertThat(page.select("form[action$=/publication] input[name=publish]").attr("value")).isEqualTo("true");

        Document english = Jsoup.parse(mvc.perform(get(a.results()).param("lang", "en").with(as(a.tenant(), Role.INTEGRITY_OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(english.select("main").text()).contains("Version 1: 10 people", "Results per question", "Mean 4.00 out of 5",
                "Groups of fewer than 5 respondents (merged)", "Fewer than 5");
    }

    @Test
    void thePeriodIsChosenByBuddhistEraDaysOrByFiscalYearAndABadDayComesBackWithWhatWasTyped() throws Exception {
        Answered a = informationCentre();
        jdbc.sql("update survey_response set answered_on = answered_on - 400 where survey_id = ? and id in "
                + "(select id from survey_response where survey_id = ? order by id limit 2)").params(a.id(), a.id()).update();
        FiscalYear now = FiscalYear.containing(surveys.today());
        String html = ThaiDigits.toArabic(mvc.perform(get(a.results()).param("year", String.valueOf(now.buddhistYear()))
                .with(as(a.tenant(), Role.INTEGRITY_OFFICER))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        Document page = Jsoup.parse(html);
        assertThat(page.select("main .cards.figures li").first().text()).contains("8 คน");
        assertThat(page.select("nav a[aria-current=page]").text()).isEqualTo("ปีงบประมาณ พ.ศ. " + now.buddhistYear());
        assertThat(page.select("nav a").eachText()).contains("ปีงบประมาณ พ.ศ. " + now.previous().buddhistYear());
        assertThat(page.select("a[href*=results.xlsx]").attr("href")).endsWith("?year=" + now.buddhistYear());

        String tomorrow = org.sujarit.shared.ThaiDates.numericDate(surveys.today().plusDays(1));
        html = ThaiDigits.toArabic(mvc.perform(get(a.results()).param("from", tomorrow).with(as(a.tenant(), Role.INTEGRITY_OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(html).contains("ยังไม่มีผู้ตอบในช่วงเวลานี้");

        html = mvc.perform(get(a.results()).param("from", "31/02/2569").param("to", "1/1/2500")
                        .with(as(a.tenant(), Role.INTEGRITY_OFFICER)))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        page = Jsoup.parse(html);
        assertThat(page.select("input[name=from]").val()).isEqualTo("31/02/2569");
        assertThat(page.select(".field.has-error").text()).contains("ไม่มีวันที่");
        assertThat(page.select("section[aria-labelledby=questions-heading]")).isEmpty();
        String bothWays = mvc.perform(get(a.results()).param("from", "1/1/2569").param("to", "1/12/2568")
                        .with(as(a.tenant(), Role.INTEGRITY_OFFICER)))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(bothWays).contains("วันสุดท้ายต้องไม่ก่อนวันแรก");
        mvc.perform(get(a.results() + ".csv").param("from", "31/02/2569").with(as(a.tenant(), Role.INTEGRITY_OFFICER)))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void theAnswersFilesHaveOneRowPerResponseNoTextAndTheSmallSubGroupsMerged() throws Exception {
        Answered a = informationCentre();
        byte[] workbook = mvc.perform(get(a.results() + ".xlsx").with(as(a.tenant(), Role.INTEGRITY_OFFICER)))
                .andExpect(status().isOk()).andExpect(content().contentType(XLSX)).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            XSSFSheet sheet = book.getSheet("คำตอบ");
            List<List<String>> rows = texts(sheet);
            int header = rows.indexOf(rows.stream().filter(r -> !r.isEmpty() && r.get(0).equals("ฉบับที่")).findFirst().orElseThrow());
            assertThat(rows.get(header)).containsExactly("ฉบับที่", "วันที่ตอบ", "ช่องทาง", "๑. ท่านเป็น", "๒. อายุ (ปี)",
                    "๓. ความรวดเร็วในการให้บริการ", "๔. ความสุภาพของเจ้าหน้าที่");
            List<List<String>> body = rows.subList(header + 1, rows.size());
            assertThat(body).hasSize(10);
            assertThat(body).extracting(r -> r.get(3)).containsOnly("ประชาชนในพื้นที่", "น้อยกว่า ๕")
                    .filteredOn("น้อยกว่า ๕"::equals).hasSize(4);
            assertThat(body).extracting(r -> r.get(1)).allSatisfy(day -> assertThat(day).matches("[๐-๙]{1,2}/[๐-๙]{1,2}/๒๕[๐-๙]{2}"));
            assertThat(body).extracting(r -> r.get(2)).containsOnly("ลิงก์สาธารณะ");
            Row first = sheet.getRow(header + 1);
            assertThat(first.getCell(4).getCellType()).as("the age as a number").isEqualTo(CellType.NUMERIC);
            assertThat(String.join(" ", rows.stream().flatMap(List::stream).toList()))
                    .doesNotContain(a.secret()).doesNotContain("ผู้ประกอบการ").doesNotContain("หน่วยงานอื่น")
                    .doesNotContain("สิ่งที่ควรปรับปรุง");
        }

        String csv = new String(mvc.perform(get(a.results() + ".csv").with(as(a.tenant(), Role.INTEGRITY_OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFFฉบับที่,วันที่ตอบ,ช่องทาง,1. ท่านเป็น,2. อายุ (ปี),3. ความรวดเร็วในการให้บริการ,"
                + "4. ความสุภาพของเจ้าหน้าที่");
        assertThat(lines).hasSize(11);
        assertThat(lines.subList(1, 11)).filteredOn(l -> l.contains(",น้อยกว่า 5,")).hasSize(4);
        assertThat(lines.subList(1, 11)).filteredOn(l -> l.startsWith("1,") && l.contains(",ลิงก์สาธารณะ,ประชาชนในพื้นที่,30,มากที่สุด,มาก"))
                .hasSize(6);
        assertThat(csv).doesNotContain(a.secret()).doesNotContain("ผู้ประกอบการ").doesNotContain("หน่วยงานอื่น");
    }

    @Test
    void theReportIsAThaiPdfOfTheResultsWithoutTheWrittenAnswers() throws Exception {
        Answered a = informationCentre();
        byte[] pdf = mvc.perform(get(a.results() + "/report.pdf").with(as(a.tenant(), Role.INTEGRITY_OFFICER)))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf")).andReturn().getResponse()
                .getContentAsByteArray();
        String text = pdfText(pdf);
        assertThat(text).contains("รายงานผลแบบสำรวจ", "มีผู้ตอบทั้งสิ้น๑๐คน", "ร้อยละ๖๐.๐๐", "ค่าเฉลี่ย๔.๐๐จาก๕",
                "ประชาชนในพื้นที่", "กลุ่มที่มีผู้ตอบน้อยกว่า๕คน(รวมกัน)", "น้อยกว่า๕");
        assertThat(text).doesNotContain(a.secret().replaceAll("\\s+", "")).doesNotContain("ผู้ประกอบการ")
                .doesNotContain("หน่วยงานอื่น");
    }

    @Test
    void publishedResultsAppearOnThePortalAndAsOpenDataWithoutTextAndWithSmallGroupsMerged() throws Exception {
        Answered a = informationCentre();
        String slug = a.tenant().organisation().slug();
        mvc.perform(get(a.portal())).andExpect(status().isNotFound());
        mvc.perform(get(a.openData() + ".json")).andExpect(status().isNotFound());
        mvc.perform(get(a.openData() + ".csv")).andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/" + slug + "/surveys")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("ยังไม่ได้เผยแพร่ผลการสำรวจ").doesNotContain("ศูนย์ข้อมูลข่าวสาร");

        mvc.perform(post("/console/surveys/" + a.id() + "/publication").param("publish", "true").with(csrf())
                        .with(as(a.tenant(), Role.INTEGRITY_OFFICER)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(a.results()));

        String list = mvc.perform(get("/" + slug + "/surveys")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(list).select("main a[href=" + a.portal() + "]").text()).isEqualTo("ความพึงพอใจต่อศูนย์ข้อมูลข่าวสาร");
        assertThat(mvc.perform(get("/" + slug)).andReturn().getResponse().getContentAsString()).contains("/" + slug + "/surveys");

        String html = mvc.perform(get(a.portal())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(ThaiDigits.toArabic(html));
        assertThat(page.select("main").text()).contains("ฉบับที่ 1: 10 คน", "ค่าเฉลี่ย 4.00 จาก 5", "น้อยกว่า 5 คน")
                .doesNotContain(a.secret()).doesNotContain("ผู้ประกอบการ").doesNotContain("หน่วยงานอื่น")
                .doesNotContain("สิ่งที่ควรปรับปรุง");
        assertThat(page.select("svg.chart")).as("speed and staff; the sub-group question has none").hasSize(2);
        assertThat(page.select("form")).as("nothing to do on a results page but read").isEmpty();

        String json = mvc.perform(get(a.openData() + ".json")).andExpect(status().isOk())
                .andExpect(jsonPath("$.respondents").value(10))
                .andExpect(jsonPath("$.withheld").value(false))
                .andExpect(jsonPath("$.satisfied.percent").value(60.0))
                .andExpect(jsonPath("$.questions.length()").value(4))
                .andExpect(jsonPath("$.questions[2].key").value("speed"))
                .andExpect(jsonPath("$.questions[2].options[0].count").value(6))
                .andExpect(jsonPath("$.questions[2].mean").value(4.0))
                .andExpect(jsonPath("$.questions[0].options.length()").value(0))
                .andExpect(jsonPath("$.groups[0].groups.length()").value(2))
                .andExpect(jsonPath("$.groups[0].groups[0].group").value("ประชาชนในพื้นที่"))
                .andExpect(jsonPath("$.groups[0].groups[0].respondents").value(6))
                .andExpect(jsonPath("$.groups[0].groups[1].fewerThanFive").value(true))
                .andExpect(jsonPath("$.groups[0].groups[1].respondents").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        assertThat(json).doesNotContain(a.secret()).doesNotContain("ผู้ประกอบการ").doesNotContain("หน่วยงานอื่น")
                .doesNotContain("\"why\"");
        String csv = mvc.perform(get(a.openData() + ".csv")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("กลุ่มผู้ตอบ,,ท่านเป็น,ประชาชนในพื้นที่,6,", "กลุ่มผู้ตอบ,,ท่านเป็น,กลุ่มที่มีผู้ตอบน้อยกว่า 5 คน (รวมกัน),น้อยกว่า 5,",
                        "คำถาม,3,ความรวดเร็วในการให้บริการ,มากที่สุด,6,60.00")
                .doesNotContain(a.secret()).doesNotContain("ผู้ประกอบการ").doesNotContain("หน่วยงานอื่น");
        assertThat(mvc.perform(get("/" + slug + "/open-data")).andReturn().getResponse().getContentAsString())
                .contains(a.openData() + ".json", a.openData() + ".csv");

        Tenant other = fixtures.create();
        String otherSlug = other.organisation().slug();
        mvc.perform(get("/" + otherSlug + "/surveys/" + a.id())).andExpect(status().isNotFound());
        mvc.perform(get("/" + otherSlug + "/open-data/survey-" + a.id() + ".json")).andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/" + otherSlug + "/surveys")).andReturn().getResponse().getContentAsString())
                .doesNotContain("ศูนย์ข้อมูลข่าวสาร");

        mvc.perform(post("/console/surveys/" + a.id() + "/publication").param("publish", "false").with(csrf())
                .with(as(a.tenant(), Role.INTEGRITY_OFFICER))).andExpect(status().is3xxRedirection());
        mvc.perform(get(a.portal())).andExpect(status().isNotFound());
        mvc.perform(get(a.openData() + ".csv")).andExpect(status().isNotFound());
    }

    @Test
    void aStaffSurveyBelowItsMinimumShowsNothingInAnyOutputAndIsPublishedOnlyOnceClosed() throws Exception {
        Tenant t = fixtures.create();
        StaffPrincipal officer = principals.principal(t.username(Role.INTEGRITY_OFFICER));
        UUID id = surveys.create(officer, new SurveyDraft(Survey.Kind.SURVEY, Survey.Audience.STAFF, null,
                "ความพึงพอใจต่อระบบการเลื่อนขั้นเงินเดือน", null, null, null, null, null, null, false, null, 6),
                Questionnaires.informationCentre(), null);
        surveys.open(officer, id);
        Answering.Form form = new Answering.Form(surveys.view(officer, id).survey(), Questionnaires.informationCentre());
        for (int i = 0; i < 5; i++) {
            answering.keep(form, answers("0", "0", "3", "ความเห็นของบุคลากร " + t.marker()), Survey.Channel.INVITATION);
        }
        String results = "/console/surveys/" + id + "/results";
        mvc.perform(post("/console/surveys/" + id + "/publication").param("publish", "true").with(csrf())
                .with(as(t, Role.INTEGRITY_OFFICER))).andExpect(status().isConflict())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("ปิดรับคำตอบแล้วเท่านั้น")));
        surveys.close(officer, id);
        mvc.perform(post("/console/surveys/" + id + "/publication").param("publish", "true").with(csrf())
                .with(as(t, Role.INTEGRITY_OFFICER))).andExpect(status().is3xxRedirection());

        String withheld = "ยังไม่แสดงผลจนกว่าจะมีผู้ตอบอย่างน้อย ๖ คน";
        Document page = Jsoup.parse(mvc.perform(get(results).with(as(t, Role.INTEGRITY_OFFICER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select("main p.withheld").text()).isEqualTo(withheld);
        assertThat(page.select("main table, main svg, main .cards.figures")).isEmpty();
        assertThat(page.text()).doesNotContain("ความเห็นของบุคลากร");

        byte[] workbook = mvc.perform(get(results + ".xlsx").with(as(t, Role.INTEGRITY_OFFICER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            List<String> cells = texts(book.getSheetAt(0)).stream().flatMap(List::stream).toList();
            assertThat(cells).contains(withheld).doesNotContain("ประชาชนในพื้นที่", "มากที่สุด", "ฉบับที่");
        }
        String csv = mvc.perform(get(results + ".csv").with(as(t, Role.INTEGRITY_OFFICER))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.strip()).isEqualTo("\uFEFFยังไม่แสดงผลจนกว่าจะมีผู้ตอบอย่างน้อย 6 คน");
        String pdf = pdfText(mvc.perform(get(results + "/report.pdf").with(as(t, Role.INTEGRITY_OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(pdf).contains(withheld.replace(" ", "")).doesNotContain("ผลรายข้อ").doesNotContain("ประชาชนในพื้นที่")
                .doesNotContain("มีผู้ตอบทั้งสิ้น");

        String slug = t.organisation().slug();
        Document portal = Jsoup.parse(mvc.perform(get("/" + slug + "/surveys/" + id)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(portal.select("main p.withheld").text()).isEqualTo(withheld);
        assertThat(portal.select("main table, main svg")).isEmpty();
        mvc.perform(get("/" + slug + "/open-data/survey-" + id + ".json")).andExpect(status().isOk())
                .andExpect(jsonPath("$.withheld").value(true))
                .andExpect(jsonPath("$.minimumAnswers").value(6))
                .andExpect(jsonPath("$.respondents").doesNotExist())
                .andExpect(jsonPath("$.questions.length()").value(0))
                .andExpect(jsonPath("$.groups.length()").value(0));
        assertThat(mvc.perform(get("/" + slug + "/open-data/survey-" + id + ".csv")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8).strip()).isEqualTo("\uFEFFยังไม่แสดงผลจนกว่าจะมีผู้ตอบอย่างน้อย 6 คน");
    }

    @Test
    void aPostTestsPageGivesTheSharePassingTheMeanAndTheGainOverItsPreTest() throws Exception {
        Tenant t = fixtures.create();
        StaffPrincipal officer = principals.principal(t.username(Role.INTEGRITY_OFFICER));
        UUID pre = surveys.create(officer, test(null), Questionnaires.conflictTest(), null);
        UUID post = surveys.create(officer, test(pre), Questionnaires.conflictTest(), null);
        surveys.open(officer, pre);
        surveys.open(officer, post);
        answering.answer(t.id(), pre, Map.of("a.t1", List.of("0"), "a.t2", List.of("0")));
        answering.answer(t.id(), pre, Map.of("a.t1", List.of("1"), "a.t2", List.of("2")));
        answering.answer(t.id(), post, Map.of("a.t1", List.of("0"), "a.t2", List.of("1")));
        answering.answer(t.id(), post, Map.of("a.t1", List.of("0"), "a.t2", List.of("0")));

        Document page = Jsoup.parse(ThaiDigits.toArabic(mvc.perform(get("/console/surveys/" + post + "/results")
                .with(as(t, Role.INTEGRITY_OFFICER))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString()));
        assertThat(page.select("main .cards.figures li")).extracting(Element::text)
                .contains("ผ่านเกณฑ์ (ร้อยละ 60 ขึ้นไป) ร้อยละ 50.00 1 จาก 2 คน", "คะแนนเฉลี่ย ร้อยละ 75.00",
                        "คะแนนเฉลี่ยก่อนการอบรม (แบบทดสอบก่อน) ร้อยละ 25.00", "คะแนนเฉลี่ยที่เพิ่มขึ้น +50.00 จุดร้อยละ");
        String csv = mvc.perform(get("/console/surveys/" + post + "/results.csv").with(as(t, Role.INTEGRITY_OFFICER)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().toList().get(0)).startsWith("\uFEFFฉบับที่,วันที่ตอบ,ช่องทาง,คะแนน (ร้อยละ),ผ่านเกณฑ์,");
        assertThat(csv).contains(",100,ผ่าน,", ",50,ไม่ผ่าน,");
    }

    @Test
    void onlyThoseWhoManageTheSurveySeeItsResultsAndFiles() throws Exception {
        Answered a = informationCentre();
        Tenant other = fixtures.create();
        for (String url : List.of(a.results(), a.results() + ".xlsx", a.results() + ".csv", a.results() + "/report.pdf")) {
            mvc.perform(get(url).with(as(other, Role.INTEGRITY_OFFICER))).andExpect(status().isNotFound());
            mvc.perform(get(url).with(as(a.tenant(), Role.UNIT_STAFF))).andExpect(status().isNotFound());
            mvc.perform(get(url).with(as(a.tenant(), Role.EXECUTIVE))).andExpect(status().isNotFound());
            mvc.perform(get(url)).andExpect(status().is3xxRedirection());
        }
        mvc.perform(post("/console/surveys/" + a.id() + "/publication").param("publish", "true").with(csrf())
                .with(as(other, Role.INTEGRITY_OFFICER))).andExpect(status().isNotFound());
        mvc.perform(get("/" + a.tenant().organisation().slug() + "/surveys/" + a.id())).andExpect(status().isNotFound());
    }

    private Answered informationCentre() {
        Tenant t = fixtures.create();
        StaffPrincipal officer = principals.principal(t.username(Role.INTEGRITY_OFFICER));
        UUID id = surveys.create(officer, new SurveyDraft(Survey.Kind.SURVEY, Survey.Audience.PUBLIC, null,
                "ความพึงพอใจต่อศูนย์ข้อมูลข่าวสาร", null, null, null, null, null, null, false, null, null),
                Questionnaires.informationCentre(), null);
        surveys.open(officer, id);
        String secret = "ควรปรับปรุงเรื่องลับ " + UUID.randomUUID();
        for (int i = 0; i < 6; i++) {
            assertThat(answering.answer(t.id(), id, withAge(answers("0", "0", "1", null), "30")).kept()).isTrue();
        }
        for (int i = 0; i < 3; i++) {
            assertThat(answering.answer(t.id(), id, withAge(answers("1", "2", "4", secret), "50")).kept()).isTrue();
        }
        assertThat(answering.answer(t.id(), id, withAge(answers("2", "4", "4", secret), "70")).kept()).isTrue();
        return new Answered(t, id, secret);
    }

    private static Map<String, List<String>> answers(String type, String speed, String staff, String why) {
        Map<String, List<String>> form = new HashMap<>(Map.of("a.type", List.of(type), "a.speed", List.of(speed),
                "a.staff", List.of(staff)));
        if (why != null) {
            form.put("a.why", List.of(why));
        }
        return form;
    }

    private static Map<String, List<String>> withAge(Map<String, List<String>> form, String age) {
        form.put("a.age", List.of(age));
        return form;
    }

    private static SurveyDraft test(UUID preTest) {
        return new SurveyDraft(Survey.Kind.TEST, Survey.Audience.PUBLIC, null, "แบบทดสอบผลประโยชน์ทับซ้อน", null, null, null,
                null, null, BigDecimal.valueOf(60), true, preTest, null);
    }

    private static Element question(Document page, String key) {
        return page.selectFirst("section.survey-question[aria-labelledby=q-" + key + "]");
    }

    private static List<List<String>> texts(XSSFSheet sheet) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            List<String> cells = new ArrayList<>();
            Row row = sheet.getRow(r);
            if (row != null) {
                for (Cell cell : row) {
                    cells.add(cell.getCellType() == CellType.NUMERIC ? String.valueOf(cell.getNumericCellValue())
                            : cell.getStringCellValue());
                }
            }
            rows.add(cells);
        }
        return rows;
    }

    /** The PDF's text without white space (Chromium breaks Thai lines between words). */
    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }

    private RequestPostProcessor as(Tenant t, Role role) {
        return authentication(principals.authentication(t.username(role)));
    }
}
