package org.sujarit.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.sujarit.plan.DimensionContent;
import org.sujarit.plan.ItemContent;
import org.sujarit.plan.ItemView;
import org.sujarit.plan.Kpi;
import org.sujarit.plan.KpiMeasures;
import org.sujarit.plan.KpiOverride;
import org.sujarit.plan.KpiOverrides;
import org.sujarit.plan.KpiType;
import org.sujarit.plan.MeasurementMethod;
import org.sujarit.plan.PlanContent;
import org.sujarit.plan.PlanHeader;
import org.sujarit.plan.PlanSummary;
import org.sujarit.plan.PlanView;
import org.sujarit.plan.Plans;
import org.sujarit.plan.Progress;
import org.sujarit.plan.ProgressEntry;
import org.sujarit.plan.ProgressReport;
import org.sujarit.plan.ProgressStatus;
import org.sujarit.plan.Result;
import org.sujarit.plan.Round;
import org.sujarit.staff.Role;
import org.sujarit.staff.StaffPrincipal;
import org.sujarit.staff.TestPrincipals;
import org.sujarit.support.PlanFixture;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;
import org.sujarit.support.WebTest;

/**
 * A KPI of the plan linked to a survey's share satisfied: its actual in each progress round counts
 * the answers of the round's period only, the round page shows it with what it was computed from
 * and a link to the results, the integrity officer overrides it only with a reason (kept in the
 * history, shown in the report and its workbook) and removes the override back to the computed
 * figure, and the published survey is evidence of the item.
 */
@WebTest
class KpiActualsFromSurveyTest {

    private static final Round FIRST_HALF = new Round(2568, 1);
    private static final Round WHOLE_YEAR = new Round(2568, 2);

    @Autowired MockMvc mvc;
    @Autowired TenantFixture fixtures;
    @Autowired TestPrincipals principals;
    @Autowired Surveys surveys;
    @Autowired Plans plans;
    @Autowired Progress progress;
    @Autowired KpiMeasures measures;
    @Autowired KpiOverrides overrides;
    @Autowired JdbcClient jdbc;

    @Test
    void aRoundCountsTheAnswersOfItsPeriodAndTheOfficerOverridesOnlyWithAReason() throws Exception {
        Tenant t = fixtures.create();
        StaffPrincipal officer = principals.principal(t.username(Role.INTEGRITY_OFFICER));
        UUID survey = surveys.create(officer, new SurveyDraft(Survey.Kind.SURVEY, Survey.Audience.PUBLIC, null,
                "ความพึงพอใจต่อศูนย์ข้อมูลข่าวสาร " + t.marker(), null, null, null, null, null, null, true, null, null),
                SurveyFixture.satisfaction(), null);
        surveys.open(officer, survey);
        // Fiscal year 2568: round 1 is October 2567 – March 2568 (2024-10-01 – 2025-03-31).
        answer(t, survey, LocalDate.of(2024, 10, 1), 0);
        answer(t, survey, LocalDate.of(2025, 2, 14), 1);
        answer(t, survey, LocalDate.of(2025, 3, 31), 3);
        answer(t, survey, LocalDate.of(2025, 4, 1), 4);
        answer(t, survey, LocalDate.of(2025, 9, 30), 4);
        answer(t, survey, LocalDate.of(2025, 10, 1), 0); // fiscal year 2569
        PlanView plan = publishedPlanLinkedTo(t, "survey." + survey + ".satisfied");
        ItemView item = plan.allItems().findFirst().orElseThrow();
        UUID outcome = item.outcomes().get(0).key();

        assertThat(measures.values(t.id(), item, FIRST_HALF).get(outcome)).satisfies(v -> {
            assertThat(v.value()).isEqualByComparingTo("66.67");
            assertThat(List.of(v.numerator(), v.denominator())).containsExactly(2L, 3L);
            assertThat(v.href()).isEqualTo("/console/surveys/" + survey + "/results");
        });
        assertThat(measures.values(t.id(), item, WHOLE_YEAR).get(outcome)).satisfies(v -> {
            assertThat(v.value()).isEqualByComparingTo("40.00");
            assertThat(List.of(v.numerator(), v.denominator())).containsExactly(2L, 5L);
        });

        // What is typed for a linked KPI is ignored: the round stores the computed figure.
        progress.save(t.id(), plan, item.key(), FIRST_HALF, new ProgressEntry(ProgressStatus.IN_PROGRESS, null, null, null,
                null, null, null, null, null, null, Map.of(outcome, new BigDecimal("99"))),
                new Progress.Reporter(t.userId(Role.INTEGRITY_OFFICER), true, null));
        assertThat(report(t, plan, item).kpiActuals().get(outcome)).isEqualByComparingTo("66.67");
        String page = page(t, item, Role.INTEGRITY_OFFICER);
        assertThat(page).contains("คำนวณจากระบบ: ๖๖.๖๗ (๒ จาก ๓)")
                .contains("href=\"/console/surveys/" + survey + "/results\"")
                .contains("คำนวณจากข้อมูลตั้งแต่ ๑ ตุลาคม ๒๕๖๗ ถึง ๓๑ มีนาคม ๒๕๖๘")
                .contains("ใช้ค่าที่คำนวณจากระบบ")
                .doesNotContain("ผลการสำรวจ: ");

        String override = "/console/plan/progress/" + item.key() + "/kpi/" + outcome + "/override";
        String refused = mvc.perform(post(override).param("year", "2568").param("round", "1").param("actual", "85")
                        .param("reason", "  ").with(csrf()).with(as(t, Role.INTEGRITY_OFFICER)))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("โปรดระบุเหตุผลที่ปรับแก้ค่าที่คำนวณจากระบบ").contains("value=\"85\"")
                .contains("aria-invalid=\"true\"");
        mvc.perform(post(override).param("year", "2568").param("round", "1").param("actual", "85")
                        .param("reason", "x".repeat(1001)).with(csrf()).with(as(t, Role.INTEGRITY_OFFICER)))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post(override).param("year", "2568").param("round", "1").param("actual", "120")
                        .param("reason", "เกินร้อย").with(csrf()).with(as(t, Role.INTEGRITY_OFFICER)))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post(override).param("year", "2568").param("round", "1").param("actual", "85")
                        .param("reason", "แบบสอบถามกระดาษ").with(csrf()).with(as(t, Role.UNIT_STAFF)))
                .andExpect(status().isForbidden());
        assertThat(report(t, plan, item).overrides()).isEmpty();
        assertThat(report(t, plan, item).kpiActuals().get(outcome)).isEqualByComparingTo("66.67");

        String reason = "แบบสอบถามกระดาษ ๑๒ ฉบับจากจุดบริการยังไม่ได้บันทึกเข้าระบบ";
        mvc.perform(post(override).param("year", "2568").param("round", "1").param("actual", "๘๕")
                        .param("reason", reason).with(csrf()).with(as(t, Role.INTEGRITY_OFFICER)))
                .andExpect(status().is3xxRedirection());
        ProgressReport overridden = report(t, plan, item);
        assertThat(overridden.kpiActuals().get(outcome)).isEqualByComparingTo("85");
        assertThat(overridden.overrides().get(outcome)).extracting(KpiOverride::reason).isEqualTo(reason);
        assertThat(page(t, item, Role.INTEGRITY_OFFICER)).contains("ใช้ค่าที่ปรับแก้: ๘๕").contains("ปรับแก้: " + reason)
                .contains("ปรับแก้เป็น ๘๕ (ค่าที่คำนวณได้ขณะนั้น ๖๖.๖๗) เหตุผล: " + reason);
        // Saving the report again keeps the override, and the round's standing counts it (85 ≥ 80).
        progress.save(t.id(), plan, item.key(), FIRST_HALF, new ProgressEntry(ProgressStatus.IN_PROGRESS, null, null, null,
                null, null, null, "ดำเนินการแล้ว", null, null, Map.of()), new Progress.Reporter(t.userId(Role.UNIT_STAFF), true, null));
        assertThat(report(t, plan, item).kpiActuals().get(outcome)).isEqualByComparingTo("85");
        assertThat(progress.standing(t.id(), plan, FIRST_HALF, LocalDate.of(2025, 4, 1)).kpisMet()).contains(outcome);
        assertThat(workbookKpiCell(t)).contains("(ปรับแก้: " + reason + ")");

        mvc.perform(post(override + "/remove").param("year", "2568").param("round", "1").with(csrf())
                .with(as(t, Role.INTEGRITY_OFFICER))).andExpect(status().is3xxRedirection());
        ProgressReport computedAgain = report(t, plan, item);
        assertThat(computedAgain.overrides()).isEmpty();
        assertThat(computedAgain.kpiActuals().get(outcome)).isEqualByComparingTo("66.67");
        assertThat(overrides.history(t.id(), computedAgain.id())).satisfiesExactly(
                first -> assertThat(first.actual()).isEqualByComparingTo("85"),
                removal -> {
                    assertThat(removal.removal()).isTrue();
                    assertThat(removal.computed()).isEqualByComparingTo("66.67");
                    assertThat(removal.by()).isNotBlank();
                });
        assertThat(page(t, item, Role.INTEGRITY_OFFICER)).doesNotContain("ใช้ค่าที่ปรับแก้")
                .contains("ยกเลิกการปรับแก้ กลับไปใช้ค่าที่คำนวณได้ ๖๖.๖๗");
    }

    @Test
    void aPublishedSurveyIsEvidenceOfTheItemItsKpiIsLinkedTo() throws Exception {
        Tenant t = fixtures.create();
        StaffPrincipal officer = principals.principal(t.username(Role.INTEGRITY_OFFICER));
        String title = "ความพึงพอใจต่อการให้บริการ " + t.marker();
        UUID survey = surveys.create(officer, new SurveyDraft(Survey.Kind.SURVEY, Survey.Audience.PUBLIC, null, title,
                null, null, null, null, null, null, true, null, null), SurveyFixture.satisfaction(), null);
        surveys.open(officer, survey);
        PlanView plan = publishedPlanLinkedTo(t, "survey." + survey + ".respondents");
        ItemView item = plan.allItems().findFirst().orElseThrow();
        String portalItem = "/" + t.organisation().slug() + "/plan/items/" + item.key();
        String results = "/" + t.organisation().slug() + "/surveys/" + survey;

        assertThat(measures.evidence(t.id(), item)).isEmpty();
        assertThat(mvc.perform(get(portalItem)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .doesNotContain(results);

        surveys.publish(officer, survey, true);
        assertThat(measures.evidence(t.id(), item)).singleElement()
                .satisfies(e -> assertThat(e.titleTh()).isEqualTo("ผลการสำรวจ: " + title));
        assertThat(mvc.perform(get(portalItem)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("href=\"" + results + "\"").contains("ผลการสำรวจ: " + title);
        assertThat(page(t, item, Role.UNIT_STAFF)).contains("href=\"" + results + "\"").contains("ผลการสำรวจ: " + title);
    }

    /** One response to the satisfaction questionnaire, on a given day: {@code choice} 0 is the highest level. */
    private void answer(Tenant t, UUID survey, LocalDate day, int choice) {
        UUID response = UUID.randomUUID();
        jdbc.sql("insert into survey_response (id, tenant_id, survey_id, version, answered_on, channel) values (?, ?, ?, 1, ?, 'PAPER')")
                .params(response, t.id().value(), survey, day).update();
        jdbc.sql("insert into survey_answer (response_id, survey_id, tenant_id, question_key, choice) values (?, ?, ?, 'speed', ?)")
                .params(response, survey, t.id().value(), choice).update();
    }

    private PlanView publishedPlanLinkedTo(Tenant t, String measure) {
        ItemContent base = PlanFixture.item("โครงการศูนย์ข้อมูลข่าวสาร " + t.marker(),
                "กอง " + t.marker() + "/ฝ่าย " + t.marker() + "/งาน " + t.marker());
        KpiType type = measure.endsWith(".respondents") ? KpiType.COUNT_AT_LEAST : KpiType.PERCENT_AT_LEAST;
        ItemContent linked = new ItemContent(base.kind(), base.name(), base.rationale(), base.objectives(), base.targetGroup(),
                base.targetCount(), base.method(), base.period(), base.budget(), base.responsibleUnit(), base.responsibleText(),
                base.outputs(), List.of(new Result("ผู้รับบริการพึงพอใจไม่น้อยกว่าร้อยละ ๘๐",
                new Kpi(type, new BigDecimal("80"), null, MeasurementMethod.SURVEY, measure))));
        PlanSummary summary = plans.create(t.id(), new PlanContent(new PlanHeader(2566, 2570, "แผน " + t.marker(), null, null,
                List.of(), null, null), List.of(new DimensionContent("1", "มิติที่หนึ่ง", List.of(), List.of(linked)))));
        plans.approve(t.id(), summary.openRevisionId(), t.userId(Role.EXECUTIVE));
        plans.publish(t.id(), summary.openRevisionId(), t.userId(Role.INTEGRITY_OFFICER));
        return plans.published(t.id()).orElseThrow();
    }

    private ProgressReport report(Tenant t, PlanView plan, ItemView item) {
        return progress.report(t.id(), plan.planId(), item.key(), FIRST_HALF).orElseThrow();
    }

    private String page(Tenant t, ItemView item, Role role) throws Exception {
        return mvc.perform(get("/console/plan/progress/" + item.key()).param("year", "2568").param("round", "1")
                .with(as(t, role))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String workbookKpiCell(Tenant t) throws Exception {
        byte[] xlsx = mvc.perform(get("/console/plan/documents/round.xlsx").param("year", "2568").param("round", "1")
                .with(as(t, Role.INTEGRITY_OFFICER))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            return book.getSheetAt(0).getRow(3).getCell(13).getStringCellValue();
        }
    }

    private RequestPostProcessor as(Tenant t, Role role) {
        return authentication(principals.authentication(t.username(role)));
    }
}
