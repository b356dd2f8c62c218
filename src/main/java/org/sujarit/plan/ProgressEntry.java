package org.sujarit.plan;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.sujarit.shared.RuleViolation;

/** A report as a user enters it for one item and round. */
public record ProgressEntry(ProgressStatus status, CannotReason cannotReason, String cannotReasonOther,
                            BigDecimal budgetPlan, BigDecimal budgetOrdinance, BigDecimal disbursed,
                            Boolean inOrdinance, String narrative, String problems, String fixes,
                            Map<UUID, BigDecimal> kpiActuals) {

    /** The same report with other KPI actuals: those of linked KPIs are computed, not typed. */
    ProgressEntry withActuals(Map<UUID, BigDecimal> actuals) {
        return new ProgressEntry(status, cannotReason, cannotReasonOther, budgetPlan, budgetOrdinance, disbursed,
                inOrdinance, narrative, problems, fixes, actuals);
    }

    /**
     * What a report of this item must hold together: a status, a reason when the item cannot be
     * done, no more disbursed than the ordinance holds, and actuals only for the item's own results,
     * never negative and at most 100 for a percentage.
     */
    void check(ItemView item) {
        if (status == null) {
            throw new RuleViolation("status", "validation.required");
        }
        if (status == ProgressStatus.CANNOT_DO) {
            if (cannotReason == null) {
                throw new RuleViolation("cannotReason", "progress.reason.required");
            }
            if (cannotReason == CannotReason.OTHER && (cannotReasonOther == null || cannotReasonOther.isBlank())) {
                throw new RuleViolation("cannotReasonOther", "progress.reason.otherRequired");
            }
        }
        if (disbursed != null && budgetOrdinance != null && disbursed.compareTo(budgetOrdinance) > 0) {
            throw new RuleViolation("disbursed", "progress.disbursed.overOrdinance");
        }
        Map<UUID, Kpi> kpis = new HashMap<>();
        item.outputs().forEach(r -> kpis.put(r.key(), r.result().kpi()));
        item.outcomes().forEach(r -> kpis.put(r.key(), r.result().kpi()));
        if (kpiActuals != null) {
            kpiActuals.forEach((key, actual) -> {
                Kpi kpi = kpis.get(key);
                if (kpi == null && !kpis.containsKey(key)) {
                    throw new RuleViolation(null, "progress.kpi.unknown");
                }
                if (actual != null && actual.signum() < 0) {
                    throw new RuleViolation("kpiActuals", "progress.kpi.negative");
                }
                if (actual != null && kpi != null && kpi.type() == KpiType.PERCENT_AT_LEAST
                        && actual.compareTo(BigDecimal.valueOf(100)) > 0) {
                    throw new RuleViolation("kpiActuals", "progress.kpi.overHundred");
                }
            });
        }
    }
}
