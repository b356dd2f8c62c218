package org.sujarit.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sujarit.shared.IndicatorSource.Value;
import org.sujarit.staff.Role;
import org.sujarit.staff.StaffPrincipal;
import org.sujarit.staff.TestPrincipals;
import org.sujarit.support.IndicatorChecks;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;
import org.sujarit.support.WebTest;

/** The published satisfaction surveys' figures, per fiscal year of their answers, for several tenants at once. */
@WebTest
class SurveyIndicatorsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Autowired SurveyIndicators indicators;
    @Autowired TenantFixture fixtures;
    @Autowired TestPrincipals principals;
    @Autowired Surveys surveys;
    @Autowired JdbcClient jdbc;

    @Test
    void onlyPublishedResultsCountEachYearApartAndEachTenantItsOwn() {
        Tenant t = fixtures.create();
        Tenant other = fixtures.create();
        StaffPrincipal officer = officer(t);
        UUID shown = survey(t, Survey.Audience.PUBLIC);
        surveys.open(officer, shown);
        // FY 2568: 0 and 1 are the top two levels of five; FY 2569: one answer.
        answer(t, shown, LocalDate.of(2025, 2, 14), 0);
        answer(t, shown, LocalDate.of(2025, 3, 31), 1);
        answer(t, shown, LocalDate.of(2025, 9, 30), 3);
        answer(t, shown, LocalDate.of(2025, 10, 1), 0);
        surveys.publish(officer, shown, true);
        UUID unpublished = survey(t, Survey.Audience.PUBLIC);
        surveys.open(officer, unpublished);
        answer(t, unpublished, LocalDate.of(2025, 3, 1), 4);
        UUID tooFew = survey(t, Survey.Audience.STAFF);
        surveys.open(officer, tooFew);
        answer(t, tooFew, LocalDate.of(2025, 3, 1), 4);
        surveys.close(officer, tooFew);
        surveys.publish(officer, tooFew, true);
        UUID elsewhere = survey(other, Survey.Audience.PUBLIC);
        surveys.open(officer(other), elsewhere);
        answer(other, elsewhere, LocalDate.of(2025, 3, 1), 4);

        List<Value> values = indicators.compute(List.of(t.id().value(), other.id().value()), TODAY);
        IndicatorChecks.wellDefined(indicators, values);

        Map<String, Value> fy2568 = values(values, t, 2568);
        assertThat(fy2568.get(SurveyIndicators.PUBLISHED).value()).as("the staff survey is under its minimum")
                .isEqualByComparingTo("1");
        assertThat(fy2568.get(SurveyIndicators.RESPONDENTS).value()).isEqualByComparingTo("3");
        Value share = fy2568.get(SurveyIndicators.SATISFIED_SHARE);
        assertThat(share.value()).isEqualByComparingTo("66.67");
        assertThat(List.of(share.numerator(), share.denominator())).containsExactly(BigDecimal.valueOf(2), BigDecimal.valueOf(3));
        assertThat(values(values, t, 2569).get(SurveyIndicators.SATISFIED_SHARE).value()).isEqualByComparingTo("100.00");
        assertThat(values).extracting(Value::tenantId).as("nothing published elsewhere").containsOnly(t.id().value());
        assertThat(values).extracting(Value::fiscalYear).containsOnly(2568, 2569);

        assertThat(indicators.compute(List.of(t.id().value()), LocalDate.of(2025, 9, 30)))
                .extracting(Value::fiscalYear).as("answers after the day do not count").containsOnly(2568);
    }

    @Test
    void theDefinitions() {
        assertThat(indicators.indicators()).extracting(i -> i.key()).containsExactly(SurveyIndicators.PUBLISHED,
                SurveyIndicators.RESPONDENTS, SurveyIndicators.SATISFIED_SHARE);
        assertThat(indicators.indicators().get(2).base()).isEqualTo(SurveyIndicators.RESPONDENTS);
        assertThat(indicators.indicators().get(1).smallCount()).isTrue();
        assertThat(indicators.indicators()).allSatisfy(i -> assertThat(i.evidence()).isEqualTo("/surveys"));
        assertThat(indicators.affectedBy("survey.published")).isTrue();
        assertThat(indicators.affectedBy("complaint.filed")).isFalse();
    }

    private UUID survey(Tenant t, Survey.Audience audience) {
        return surveys.create(officer(t), new SurveyDraft(Survey.Kind.SURVEY, audience, null,
                "ความพึงพอใจต่อการให้บริการ " + t.marker(), null, null, null, null, null, null, true, null, null),
                SurveyFixture.satisfaction(), null);
    }

    private StaffPrincipal officer(Tenant t) {
        return principals.principal(t.username(Role.INTEGRITY_OFFICER));
    }

    /** One response on a given day: {@code choice} 0 is the highest level. */
    private void answer(Tenant t, UUID survey, LocalDate day, int choice) {
        UUID response = UUID.randomUUID();
        jdbc.sql("insert into survey_response (id, tenant_id, survey_id, version, answered_on, channel) values (?, ?, ?, 1, ?, 'PAPER')")
                .params(response, t.id().value(), survey, day).update();
        jdbc.sql("insert into survey_answer (response_id, survey_id, tenant_id, question_key, choice) values (?, ?, ?, 'speed', ?)")
                .params(response, survey, t.id().value(), choice).update();
    }

    private static Map<String, Value> values(List<Value> values, Tenant t, int year) {
        return IndicatorChecks.of(values, t.id().value(), year);
    }
}
