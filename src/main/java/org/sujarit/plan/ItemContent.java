package org.sujarit.plan;

import java.util.List;

import org.sujarit.shared.RuleViolation;

/**
 * The nine fields of a detail sheet (รายละเอียดโครงการ): ๑ name, ๒ rationale, ๓ objectives,
 * ๔ target group and head count, ๕ method, ๖ period, ๗ budget, ๘ responsible unit, ๙ outputs and
 * outcomes. {@code responsibleUnit} is a unit path from the top of the tree
 * ("สำนักปลัด/ฝ่ายปกครอง/งานนิติการ") or {@code null}; {@code responsibleText} keeps the wording.
 */
public record ItemContent(ItemKind kind, String name, String rationale, List<String> objectives, String targetGroup,
                          Integer targetCount, List<Step> method, Period period, Budget budget,
                          String responsibleUnit, String responsibleText, List<Result> outputs,
                          List<Result> outcomes) {

    public ItemContent {
        objectives = objectives == null ? List.of() : List.copyOf(objectives);
        method = method == null ? List.of() : List.copyOf(method);
        outputs = outputs == null ? List.of() : List.copyOf(outputs);
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
    }

    /**
     * What an item must be to be stored in a plan of these years at all: named, of a kind, with
     * no budget outside the years. What it should be is for the quality checks.
     */
    void checkStorable(int firstYear, int lastYear) {
        if (name == null || name.isBlank()) {
            throw new RuleViolation("name", "validation.required");
        }
        if (kind == null) {
            throw new RuleViolation("kind", "validation.required");
        }
        if (budget != null) {
            for (Integer year : budget.perYear().keySet()) {
                if (year < firstYear || year > lastYear) {
                    throw new RuleViolation("budget", "plan.budget.yearOutside");
                }
            }
        }
    }
}
