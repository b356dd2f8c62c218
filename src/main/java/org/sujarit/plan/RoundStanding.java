package org.sujarit.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Where the plan stands in a round: scores by dimension and overall, the money planned in the
 * plan, in the development plan and the budget ordinance, and disbursed; KPIs met; items overdue.
 *
 * @param reports   by item key; items without a report are missing
 * @param kpisMet   result keys of KPIs whose reported actual meets the target
 * @param kpisNotMet result keys of KPIs reported below target
 * @param overdue   item keys with no report although the round's report is due
 */
public record RoundStanding(Round round, List<RoundScore> byDimension, RoundScore overall,
                            BigDecimal budgetInPlan, BigDecimal budgetPlanReported, BigDecimal budgetOrdinance,
                            BigDecimal disbursed, Map<UUID, ProgressReport> reports, List<UUID> kpisMet,
                            List<UUID> kpisNotMet, int kpisTotal, List<UUID> overdue, Instant publishedAt) {

    public boolean isPublished() {
        return publishedAt != null;
    }
}
