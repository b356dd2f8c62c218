package org.sujarit.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.sujarit.plan.KpiMeasure;
import org.sujarit.plan.KpiMeasures;
import org.sujarit.plan.Plans;
import org.sujarit.plan.ResultView;
import org.sujarit.shared.FiscalYear;
import org.sujarit.survey.Results;
import org.sujarit.survey.Survey;
import org.sujarit.survey.SurveyResults;
import org.sujarit.tenant.Organisation;
import org.sujarit.tenant.Organisations;

/**
 * The Ban Tom demo has a finished, published information-centre survey with invented answers (by
 * link and on paper), and its share satisfied is the actual of the plan's KPI "ประชาชนมีความพึงพอใจ
 * ต่อการใช้บริการศูนย์ข้อมูลข่าวสารไม่ต่ำกว่าร้อยละ ๘๐".
 */
@SpringBootTest
class DemoSurveyTest {

    @Autowired Organisations organisations;
    @Autowired Plans plans;
    @Autowired KpiMeasures measures;
    @Autowired SurveyResults results;

    @Test
    void theInformationCentreSurveyFillsThePlansSatisfactionKpi() {
        Organisation banTom = organisations.findBySlug("bantom").orElseThrow();
        ResultView outcome = plans.published(banTom.id()).orElseThrow().allItems()
                .flatMap(item -> item.outcomes().stream())
                .filter(r -> r.result().text().startsWith("ประชาชนมีความพึงพอใจต่อการใช้บริการศูนย์ข้อมูลข่าวสาร"))
                .findFirst().orElseThrow();
        String key = outcome.result().kpi().measure();
        assertThat(key).matches("survey\\.[0-9a-f-]{36}\\.satisfied");

        KpiMeasure.Value value = measures.value(banTom.id(), key, new org.sujarit.plan.Round(FiscalYear.containing(java.time.LocalDate.now()).buddhistYear(), 2))
                .orElseThrow();
        // 40 invented respondents, 5 scales each: 167 of the 200 answers in the top two levels
        assertThat(value.value()).isEqualByComparingTo("83.50");
        assertThat(value.numerator()).isEqualTo(167);
        assertThat(value.denominator()).isEqualTo(200);

        Survey survey = results.find(banTom.id(), UUID.fromString(key.split("\\.")[1])).orElseThrow();
        assertThat(survey.status()).isEqualTo(Survey.Status.CLOSED);
        assertThat(survey.published()).isTrue();
        assertThat(survey.titleTh()).contains("ตัวอย่าง");
        Results r = results.of(survey, SurveyResults.Period.ALL);
        assertThat(r.respondents()).isEqualTo(40);
        Results.Grouping byType = r.groups().get(0);
        assertThat(byType.groups()).extracting(Results.Group::option).containsExactlyInAnyOrder(0, 1);
        assertThat(byType.small().respondents()).isEqualTo(5);
    }
}
