package org.sujarit.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.sujarit.shared.FiscalYear;

/**
 * What an assessor fills in on the ปค.๔: a result and conclusion per principle (a principle left out
 * is not yet assessed), an optional conclusion per component, the overall result and who assessed.
 */
public record SelfAssessmentAnswers(Map<Integer, PrincipleAnswer> principles, Map<Integer, String> componentConclusions,
                                    String overall, String assessorName, String assessorPosition, LocalDate assessedOn) {

    public SelfAssessmentAnswers {
        principles = Map.copyOf(principles);
        componentConclusions = Map.copyOf(componentConclusions);
    }

    public record PrincipleAnswer(ControlResult result, String conclusion) {
    }

    /** A broken rule: on one principle's field, or on a field of the summary when principle is null. */
    public record Problem(Integer principle, String field, String messageKey) {
    }

    /**
     * The rules of the form: a principle that needs improvement says why; a conclusion belongs to a
     * result (so that nothing typed is dropped unseen); the assessment is not dated before its year.
     */
    public List<Problem> problems(int fiscalYear) {
        List<Problem> problems = new ArrayList<>();
        principles.forEach((number, answer) -> {
            if (!ControlPrinciples.isPrinciple(number)) {
                problems.add(new Problem(null, null, "pk4.principle.unknown"));
            } else if (answer.result() == null && !blank(answer.conclusion())) {
                problems.add(new Problem(number, "result", "pk4.result.required"));
            } else if (answer.result() == ControlResult.NEEDS_IMPROVEMENT && blank(answer.conclusion())) {
                problems.add(new Problem(number, "conclusion", "pk4.conclusion.required"));
            }
        });
        componentConclusions.keySet().stream().filter(c -> !ControlPrinciples.isComponent(c)).findFirst()
                .ifPresent(c -> problems.add(new Problem(null, null, "pk4.component.unknown")));
        if (assessedOn != null && assessedOn.isBefore(new FiscalYear(fiscalYear).firstDay())) {
            problems.add(new Problem(null, "assessedOn", "pk4.assessedOn.beforeYear"));
        }
        problems.sort(Comparator.comparing((Problem p) -> p.principle() == null ? 99 : p.principle()));
        return problems;
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
