package org.sujarit.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.sujarit.complaint.CaseStatus;
import org.sujarit.complaint.Channel;
import org.sujarit.complaint.Filing;
import org.sujarit.complaint.Source;
import org.sujarit.plan.Progress;
import org.sujarit.plan.Round;
import org.sujarit.shared.ThaiDigits;
import org.sujarit.staff.OversightScope;
import org.sujarit.staff.Role;
import org.sujarit.staff.TestPrincipals;
import org.sujarit.support.PlanFixture;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.WebTest;

/**
 * The indicators follow the modules: a change marks its tenant stale in its own transaction, the
 * drain recomputes it, and the places above show it; the maintained values always equal a full
 * rebuild from the modules' tables. On a database of its own, so that every count is this test's.
 */
@WebTest
@TestPropertySource(properties = {"sujarit.test.fresh-database=true", "sujarit.oversight.cache-ttl=PT0S",
        "sujarit.oversight.refresh=PT1H", "sujarit.notifications.cron=-"})
class OversightIndicatorsTest {

    static final Locale TH = Locale.forLanguageTag("th");

    @Autowired MockMvc mvc;
    @Autowired TestPrincipals principals;
    @Autowired TenantFixture tenants;
    @Autowired PlanFixture plans;
    @Autowired Progress progress;
    @Autowired org.sujarit.plan.Plans planService;
    @Autowired IndicatorMaintenance maintenance;
    @Autowired OversightFigures figures;
    @Autowired JdbcClient jdbc;
    @Autowired org.springframework.context.MessageSource messages;
    @Autowired org.sujarit.support.ComplaintFixture complaints;
    @Autowired org.sujarit.complaint.HandlingCases handling;
    final tools.jackson.databind.ObjectMapper json = new tools.jackson.databind.ObjectMapper();
    @Autowired org.sujarit.staff.StaffUsers users;

    @Test
    void aPublishedProgressRoundReachesTheProvinceOnceTheStaleMarksAreDrained() throws Exception {
        TenantFixture.Tenant korat = tenants.create("30");
        PlanFixture.TenantWithPlan plan = plans.withReportedItem(korat);
        planService.approve(korat.id(), plan.plan().revisionId(), korat.userId(Role.EXECUTIVE));
        planService.publish(korat.id(), plan.plan().revisionId(), korat.userId(Role.INTEGRITY_OFFICER));
        maintenance.refreshStale();
        OversightFigures.LaoRef lao = figures.lao(korat.organisation().slug()).orElseThrow();
        // the plan is published and round 1 of 2568 was due on 30 April 2568: not reported, 0
        assertThat(figures.lao(lao, 2568).cell("plan.round1-reported").value()).isEqualByComparingTo("0");

        progress.publishRound(korat.id(), plan.plan().planId(), new Round(2568, 1), korat.userId(Role.INTEGRITY_OFFICER));
        assertThat(jdbc.sql("select count(*) from indicator_stale where tenant_id = ? and source = 'plan'")
                .param(korat.id().value()).query(Integer.class).single()).as("marked in the change's transaction").isOne();
        assertThat(figures.lao(lao, 2568).cell("plan.round1-reported").value()).as("not before the drain")
                .isEqualByComparingTo("0");

        assertThat(maintenance.refreshStale()).isPositive();
        assertThat(figures.lao(lao, 2568).cell("plan.round1-reported").value()).isEqualByComparingTo("1");
        assertThat(jdbc.sql("select count(*) from indicator_stale").query(Integer.class).single()).isZero();
        OversightFigures.Figure province = figures.overview(OversightScope.province("30"), 2568).figure("plan.round1-reported");
        // the share of the province's local governments that reported: this one, of all in province 30
        assertThat(province.cell().value()).isEqualByComparingTo(java.math.BigDecimal.valueOf(100)
                .divide(java.math.BigDecimal.valueOf(province.laos()), 2, java.math.RoundingMode.HALF_UP));
        assertThat(page("/oversight/provinces/30?year=2568&source=plan")).contains(korat.marker());
    }

    @Test
    void theMaintainedIndicatorsEqualAFullRebuild() {
        for (int i = 0; i < 3; i++) {
            plans.withReportedItem(tenants.create(i == 0 ? "30" : "56"));
        }
        maintenance.refreshStale();
        List<String> maintained = values();
        assertThat(maintained).isNotEmpty();
        jdbc.sql("update indicator_value set value = -1").update();
        IndicatorMaintenance.Rebuilt rebuilt = maintenance.rebuild();
        assertThat(values()).containsExactlyElementsOf(maintained);
        assertThat(rebuilt.values()).isEqualTo(maintained.size());
    }

    @Test
    void aCellOfThreeComplaintsIsWithheldWithItsComplementOnThePageInTheFilesAndInTheJson() throws Exception {
        // Chon Buri (20): X has 3 general complaints, Y 12, Z 8 — the province's total shows 23.
        TenantFixture.Tenant x = tenants.create("20");
        TenantFixture.Tenant y = tenants.create("20");
        TenantFixture.Tenant z = tenants.create("20");
        file(x, 3);
        List<UUID> ofY = file(y, 12);
        file(z, 8);
        maintenance.refreshStale();
        int year = figures.currentYear();
        String general = messages.getMessage("indicator.complaint.received-general", null, TH);
        String all = messages.getMessage("indicator.complaint.received", null, TH);
        String query = "?year=" + year + "&source=complaint";

        // The page: X's 3 is "fewer than 5"; Z's 8, the smallest other cell of the column, is withheld, and
        // with it Z's total (its general + its corruption 0 would give the 8 back); Y's 12 and the 23 show.
        String html = page("/oversight/provinces/20" + query);
        assertThat(row(html, x.marker())).contains("cell-small").doesNotContain(">3<");
        assertThat(row(html, z.marker())).contains("cell-withheld").doesNotContain(">8<");
        assertThat(row(html, y.marker())).contains(">12<").doesNotContain("cell-small").doesNotContain("cell-withheld");
        assertThat(html).contains(">23<");

        // The CSV and the XLSX: the same cells, in words.
        List<List<String>> csv = csv(bytes("/oversight/provinces/20" + query + "&format=csv"));
        int g = csv.get(0).indexOf(general);
        int a = csv.get(0).indexOf(all);
        assertThat(line(csv, x.marker()).get(g)).isEqualTo("น้อยกว่า 5");
        assertThat(line(csv, z.marker()).get(g)).isEqualTo("ปกปิด");
        assertThat(line(csv, z.marker()).get(a)).isEqualTo("ปกปิด");
        assertThat(line(csv, y.marker()).get(g)).isEqualTo("12");
        assertThat(csv.get(csv.size() - 1).get(g)).isEqualTo("23");
        List<List<String>> xlsx = xlsx(bytes("/oversight/provinces/20" + query + "&format=xlsx"));
        assertThat(line(xlsx, x.marker()).get(g)).isEqualTo("น้อยกว่า 5");
        assertThat(line(xlsx, z.marker()).get(g)).isEqualTo("ปกปิด");
        assertThat(line(xlsx, y.marker()).get(g)).isEqualTo("12");
        assertThat(line(xlsx, x.marker()).subList(2, line(xlsx, x.marker()).size())).doesNotContain("3");
        assertThat(line(xlsx, z.marker()).subList(2, line(xlsx, z.marker()).size())).doesNotContain("8");

        // The JSON: no value at all for a withheld cell, only why.
        JsonNode places = json.readTree(bytes("/api/v1/oversight/provinces/20?year=" + year)).get("places");
        assertThat(figure(places, x, "complaint.received-general").get("status").asText()).isEqualTo("FEWER_THAN_FIVE");
        assertThat(figure(places, x, "complaint.received-general").get("value").isNull()).isTrue();
        assertThat(figure(places, z, "complaint.received-general").get("status").asText()).isEqualTo("COMPLEMENT");
        assertThat(figure(places, z, "complaint.received-general").get("value").isNull()).isTrue();
        assertThat(figure(places, y, "complaint.received-general").get("value").asInt()).isEqualTo(12);

        // A case finished: Y's "finished" goes from 0 to 1 once drained — kept, and shown as fewer than 5.
        assertThat(stored(y, year, "complaint.finished")).isEqualByComparingTo("0");
        UUID officer = y.userId(Role.INTEGRITY_OFFICER);
        handling.move(y.id(), ofY.get(0), CaseStatus.NOT_ACCEPTED, "ไม่อยู่ในอำนาจหน้าที่", "เรื่องนี้ไม่อยู่ในอำนาจหน้าที่", null, officer);
        maintenance.refreshStale();
        assertThat(stored(y, year, "complaint.finished")).isEqualByComparingTo("1");
        assertThat(figures.lao(figures.lao(y.organisation().slug()).orElseThrow(), year).cell("complaint.finished").status())
                .isEqualTo(Cell.Status.FEWER_THAN_FIVE);
    }

    private List<UUID> file(TenantFixture.Tenant t, int n) {
        return complaints.general(t, n);
    }

    private java.math.BigDecimal stored(TenantFixture.Tenant t, int year, String key) {
        return jdbc.sql("select value from indicator_value where tenant_id = ? and fiscal_year = ? and indicator = ?")
                .params(t.id().value(), year, key).query(java.math.BigDecimal.class).single();
    }

    private static String row(String html, String marker) {
        int at = html.indexOf(marker);
        assertThat(at).as("a row for %s", marker).isPositive();
        return html.substring(html.lastIndexOf("<tr", at), html.indexOf("</tr>", at));
    }

    private static List<String> line(List<List<String>> grid, String marker) {
        return grid.stream().filter(l -> l.get(0).contains(marker)).findFirst().orElseThrow();
    }

    private static JsonNode figure(JsonNode places, TenantFixture.Tenant t, String key) {
        for (JsonNode place : places) {
            if (place.get("id").asText().equals(t.organisation().slug())) {
                for (JsonNode f : place.get("figures")) {
                    if (f.get("indicator").asText().equals(key)) {
                        return f;
                    }
                }
            }
        }
        throw new AssertionError("no " + key + " for " + t.marker());
    }

    private static List<List<String>> csv(byte[] bytes) {
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<List<String>> rows = new java.util.ArrayList<>();
        for (String line : text.substring(1).split("\r\n")) {
            rows.add(List.of(line.split(",", -1)));
        }
        return rows;
    }

    private static List<List<String>> xlsx(byte[] bytes) throws Exception {
        List<List<String>> rows = new java.util.ArrayList<>();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(bytes))) {
            var formatter = new org.apache.poi.ss.usermodel.DataFormatter();
            for (var row : workbook.getSheetAt(0)) {
                List<String> cells = new java.util.ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private byte[] bytes(String path) throws Exception {
        page("/oversight");
        return mvc.perform(get(path).with(authentication(principals.authentication("oversight.test.nation"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    private List<String> values() {
        return jdbc.sql("""
                select tenant_id || '|' || fiscal_year || '|' || indicator || '|' || coalesce(value::text, '-') || '|'
                       || coalesce(numerator::text, '-') || '|' || coalesce(denominator::text, '-')
                from indicator_value order by 1""").query(String.class).list();
    }

    private String page(String path) throws Exception {
        if (jdbc.sql("select count(*) from app_user where username = 'oversight.test.nation'").query(Integer.class).single() == 0) {
            users.create(new org.sujarit.staff.NewStaffUser(null, "oversight.test.nation", "ผู้กำกับระดับประเทศ", null, null,
                    java.util.EnumSet.of(Role.OVERSIGHT), OversightScope.nation(), TenantFixture.PASSWORD, false, false));
        }
        return mvc.perform(get(path).with(authentication(principals.authentication("oversight.test.nation"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString().transform(ThaiDigits::toArabic);
    }
}
