package org.sujarit.risk;

import java.util.List;

import org.sujarit.risk.SelfAssessmentAnswers.Problem;
import org.sujarit.shared.RuleViolation;

/** A ปค.๔ was not saved: every rule it broke, so that the form can show them all at once. */
public class SelfAssessmentRejected extends RuleViolation {

    private final transient List<Problem> problems;

    public SelfAssessmentRejected(List<Problem> problems) {
        super(problems.get(0).field(), problems.get(0).messageKey());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
