package org.sujarit.plan;

import java.util.List;

import org.sujarit.shared.RuleViolation;

/**
 * The front matter of a plan: its fiscal years (Buddhist Era), title, คำนำ, ที่มาของแผน, objectives,
 * รูปแบบและลักษณะของแผน, and the executive's policy.
 */
public record PlanHeader(int firstYear, int lastYear, String title, String foreword, String origin,
                         List<String> objectives, String format, String executivePolicy) {

    public PlanHeader {
        objectives = objectives == null ? List.of() : List.copyOf(objectives);
    }

    /** A plan spans one to ten fiscal years. */
    void checkYears() {
        if (lastYear < firstYear || lastYear - firstYear > 9) {
            throw new RuleViolation("lastYear", "plan.years.invalid");
        }
    }
}
