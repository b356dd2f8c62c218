package org.sujarit.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sujarit.risk.SelfAssessmentAnswers.PrincipleAnswer;
import org.sujarit.risk.SelfAssessmentAnswers.Problem;

/** The ปค.๔'s own rules, without the web or the database. */
class SelfAssessmentRulesTest {

    @Test
    void theCatalogueHasFiveComponentsAndSeventeenPrinciplesInOrder() {
        assertThat(ControlPrinciples.COMPONENTS).extracting(c -> c.principles().size()).containsExactly(5, 4, 3, 3, 2);
        assertThat(ControlPrinciples.COMPONENTS.stream().flatMap(c -> c.principles().stream()).map(p -> p.number()))
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17);
    }

    @Test
    void aPrincipleThatNeedsImprovementSaysWhyAndAConclusionHasAResult() {
        SelfAssessmentAnswers answers = answers(Map.of(
                1, new PrincipleAnswer(ControlResult.ADEQUATE, null),
                2, new PrincipleAnswer(ControlResult.NOT_APPLICABLE, ""),
                3, new PrincipleAnswer(ControlResult.NEEDS_IMPROVEMENT, "  "),
                4, new PrincipleAnswer(ControlResult.NEEDS_IMPROVEMENT, "ยังไม่มีแผนพัฒนาบุคลากร"),
                5, new PrincipleAnswer(null, "ข้อสรุปที่ยังไม่เลือกผล")), null);

        assertThat(answers.problems(2567)).containsExactly(new Problem(3, "conclusion", "pk4.conclusion.required"),
                new Problem(5, "result", "pk4.result.required"));
    }

    @Test
    void anAssessmentIsNotDatedBeforeItsYearNorNamesAPrincipleBeyondSeventeen() {
        assertThat(answers(Map.of(), LocalDate.of(2023, 9, 30)).problems(2567))
                .containsExactly(new Problem(null, "assessedOn", "pk4.assessedOn.beforeYear"));
        assertThat(answers(Map.of(), LocalDate.of(2023, 10, 1)).problems(2567)).isEmpty();
        assertThat(answers(Map.of(18, new PrincipleAnswer(ControlResult.ADEQUATE, null)), null).problems(2567))
                .extracting(Problem::messageKey).containsExactly("pk4.principle.unknown");
    }

    private static SelfAssessmentAnswers answers(Map<Integer, PrincipleAnswer> principles, LocalDate assessedOn) {
        return new SelfAssessmentAnswers(principles, Map.of(), null, null, null, assessedOn);
    }
}
