package org.sujarit.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.sujarit.plan.KpiMeasure;
import org.sujarit.plan.KpiMeasures;
import org.sujarit.plan.Round;
import org.sujarit.shared.FiscalYear;
import org.sujarit.staff.Role;
import org.sujarit.staff.StaffPrincipal;
import org.sujarit.staff.TestPrincipals;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;
import org.sujarit.support.WebTest;

/**
 * A survey on real PostgreSQL: made, opened, answered by link; its results per question, the share
 * satisfied, sub-groups under five merged, a new version once answered, a unit's staff kept to their
 * unit, a staff survey silent below its minimum, a pre/post test pair, and KPI figures.
 */
@WebTest
class SurveysTest {

    @Autowired TenantFixture fixtures;
    @Autowired TestPrincipals principals;
    @Autowired Surveys surveys;
    @Autowired Answering answering;
    @Autowired SurveyResults results;
    @Autowired KpiMeasures measures;

    @Test
    void answersAddUpPerQuestionAndPerSubGroupWithSmallGroupsMerged() {
        Tenant t = fixtures.create();
        StaffPrincipal officer = principals.principal(t.username(Role.INTEGRITY_OFFICER));
        UUID id = surveys.create(officer, draft(Survey.Kind.SURVEY, Survey.Audience.PUBLIC, null), Questionnaires.informationCentre(), null);
        assertThatThrownBy(() -> answering.answer(t.id(), id, answers("0", "1", "1"))).isInstanceOf(SurveyClosed.class);
        surveys.open(officer, id);

        Answering.Outcome refused = answering.answer(t.id(), id, Map.of("a.type", List.of("9")));
        assertThat(refused.kept()).isFalse();
        assertThat(refused.sheet().problems()).containsKeys("type", "speed", "staff");
        for (int i = 0; i < 6; i++) {
            answering.answer(t.id(), id, answers("0", "0", "1"));
        }
        for (int i = 0; i < 3; i++) {
            answering.answer(t.id(), id, answers("1", "2", "4"));
        }
        answering.answer(t.id(), id, answers("2", "4", "4"));

        Survey survey = surveys.view(officer, id).survey();
        Results r = results.of(survey, SurveyResults.Period.ALL);
        assertThat(r.respondents()).isEqualTo(10);
        Results.QuestionResult speed = r.questions().stream().filter(q -> q.question().key().equals("speed")).findFirst().orElseThrow();
        assertThat(speed.options()).extracting(Results.Share::count).containsExactly(6L, 0L, 3L, 0L, 1L);
        assertThat(speed.mean()).isEqualByComparingTo("4.00"); // (6 × 5 + 3 × 3 + 1 × 1) / 10
        assertThat(speed.satisfied().percent()).isEqualByComparingTo("60.00");
        // 20 scale answers, 12 in the top two levels (6 × speed, 6 × staff)
        assertThat(r.satisfied().count()).isEqualTo(12);
        assertThat(r.satisfied().of()).isEqualTo(20);
        Results.Grouping byType = r.groups().get(0);
        assertThat(byType.groups()).extracting(Results.Group::option).containsExactly(0);
        assertThat(byType.small().respondents()).isEqualTo(4);
        assertThat(byType.small().satisfied()).isNull();
        assertThat(results.texts(survey, "why", SurveyResults.Period.ALL, 10)).hasSize(4);

        String key = "survey." + id + ".satisfied";
        assertThat(measures.offered(t.id())).extracting(KpiMeasure::key).contains(key, "survey." + id + ".respondents");
        KpiMeasure.Value value = measures.value(t.id(), key, new Round(FiscalYear.containing(surveys.today()).buddhistYear(), 2)).orElseThrow();
        assertThat(value.value()).isEqualByComparingTo("60.00");
        assertThat(value.numerator()).isEqualTo(12);

        assertThat(surveys.revise(officer, id, Questionnaires.informationCentre())).isEqualTo(2);
        answering.answer(t.id(), id, answers("0", "0", "0"));
        assertThat(results.of(surveys.view(officer, id).survey(), SurveyResults.Period.ALL).byVersion())
                .containsExactly(new Results.VersionCount(1, 10), new Results.VersionCount(2, 1));
    }

    @Test
    void aUnitsStaffManageOnlyTheirUnitsSurveysAndAStaffSurveyShowsNothingBelowItsMinimum() {
        Tenant t = fixtures.create();
        StaffPrincipal officer = principals.principal(t.username(Role.INTEGRITY_OFFICER));
        StaffPrincipal unitStaff = principals.principal(t.username(Role.UNIT_STAFF));
        UUID officers = surveys.create(officer, draft(Survey.Kind.SURVEY, Survey.Audience.STAFF, null), Questionnaires.informationCentre(), null);
        UUID units = surveys.create(unitStaff, draft(Survey.Kind.SURVEY, Survey.Audience.PUBLIC, null), Questionnaires.informationCentre(), null);
        assertThat(surveys.list(unitStaff)).extracting(Survey::id).containsExactly(units);
        assertThat(surveys.view(unitStaff, units).survey().unitId()).isEqualTo(t.workUnit().id().value());
        assertThatThrownBy(() -> surveys.open(unitStaff, officers)).isInstanceOf(SurveyNotFound.class);
        assertThat(surveys.list(officer)).extracting(Survey::id).contains(officers, units);

        surveys.open(officer, officers);
        Answering.Form form = new Answering.Form(surveys.view(officer, officers).survey(), Questionnaires.informationCentre());
        for (int i = 0; i < 4; i++) {
            answering.keep(form, answers("0", "0", "0"), Survey.Channel.INVITATION);
        }
        Results below = results.of(form.survey(), SurveyResults.Period.ALL);
        assertThat(below.withheld()).isTrue();
        assertThat(below.questions()).isEmpty();
        answering.keep(form, answers("0", "0", "0"), Survey.Channel.INVITATION);
        assertThat(results.of(form.survey(), SurveyResults.Period.ALL).withheld()).isFalse();
    }

    @Test
    void aPostTestReportsTheSharePassingAndTheMeanGainOverItsPreTest() {
        Tenant t = fixtures.create();
        StaffPrincipal officer = principals.principal(t.username(Role.INTEGRITY_OFFICER));
        UUID pre = surveys.create(officer, draft(Survey.Kind.TEST, Survey.Audience.PUBLIC, null), Questionnaires.conflictTest(), null);
        UUID post = surveys.create(officer, draft(Survey.Kind.TEST, Survey.Audience.PUBLIC, pre), Questionnaires.conflictTest(), null);
        surveys.open(officer, pre);
        surveys.open(officer, post);
        Map<String, List<String>> right = Map.of("a.t1", List.of("0"), "a.t2", List.of("1"));
        Map<String, List<String>> half = Map.of("a.t1", List.of("0"), "a.t2", List.of("0"));
        Map<String, List<String>> none = Map.of("a.t1", List.of("1"), "a.t2", List.of("2"));
        answering.answer(t.id(), pre, half);
        answering.answer(t.id(), pre, none);
        answering.answer(t.id(), post, right);
        Answering.Outcome last = answering.answer(t.id(), post, half);
        assertThat(last.score().percent()).isEqualByComparingTo("50.00");
        assertThat(last.score().passed()).isFalse();

        Results.TestResult r = results.of(surveys.view(officer, post).survey(), SurveyResults.Period.ALL).test();
        assertThat(r.passed().count()).isEqualTo(1);
        assertThat(r.passed().of()).isEqualTo(2);
        assertThat(r.meanPercent()).isEqualByComparingTo("75.00");
        assertThat(r.preMeanPercent()).isEqualByComparingTo("25.00");
        assertThat(r.gain()).isEqualByComparingTo("50.00");
        assertThat(measures.value(t.id(), "survey." + post + ".gain", new Round(FiscalYear.containing(surveys.today()).buddhistYear(), 2))
                .orElseThrow().value()).isEqualByComparingTo("50.00");
    }

    @Test
    void aDraftMayBeMadeWithoutQuestionsButOpensOnlyWithOneAndNewQuestionsGetKeysNoVersionHasUsed() {
        Tenant t = fixtures.create();
        StaffPrincipal officer = principals.principal(t.username(Role.INTEGRITY_OFFICER));
        Questionnaire blank = new Questionnaire(List.of(new Section("ส่วนที่ ๑", null, List.of())));
        UUID id = surveys.create(officer, draft(Survey.Kind.SURVEY, Survey.Audience.PUBLIC, null), blank, null);
        assertThat(surveys.newKey(officer, id)).isEqualTo("q1");
        assertThatThrownBy(() -> surveys.open(officer, id)).isInstanceOf(org.sujarit.shared.RuleViolation.class)
                .hasMessageContaining("survey.question.none");
        assertThat(surveys.view(officer, id).survey().status()).isEqualTo(Survey.Status.DRAFT);

        Questionnaire one = new Questionnaire(List.of(new Section("ส่วนที่ ๑", null, List.of(
                Questionnaires.likert("q1", "ความพึงพอใจ"), Questionnaires.likert("q7", "ความรวดเร็ว")))));
        assertThat(surveys.revise(officer, id, one)).isEqualTo(1);
        assertThat(surveys.newKey(officer, id)).isEqualTo("q8");
        surveys.open(officer, id);
        assertThatThrownBy(() -> surveys.revise(officer, id, blank)).hasMessageContaining("survey.question.none");
        answering.answer(t.id(), id, Map.of("a.q1", List.of("0"), "a.q7", List.of("1")));
        // Version 2 drops q7; the key stays taken, since version 1's answers to it are kept.
        assertThat(surveys.revise(officer, id, new Questionnaire(List.of(new Section("ส่วนที่ ๑", null, List.of(
                Questionnaires.likert("q1", "ความพึงพอใจ"))))))).isEqualTo(2);
        assertThat(surveys.newKey(officer, id)).isEqualTo("q8");
    }

    private static Map<String, List<String>> answers(String type, String speed, String staff) {
        return Map.of("a.type", List.of(type), "a.speed", List.of(speed), "a.staff", List.of(staff),
                "a.why", List.of("ควรปรับปรุง"));
    }

    private static SurveyDraft draft(Survey.Kind kind, Survey.Audience audience, UUID preTest) {
        return new SurveyDraft(kind, audience, null, "แบบสำรวจ", null, null, null, null, null,
                kind == Survey.Kind.TEST ? BigDecimal.valueOf(60) : null, true, preTest, null);
    }
}
