package org.sujarit.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

    /** The standing of a plan (as this revision holds it) in a round, from its reports, as of a date. */
    static RoundStanding of(PlanView plan, Round round, Map<UUID, ProgressReport> reports, LocalDate today,
                            Instant publishedAt) {
        List<RoundScore> byDimension = new ArrayList<>();
        RoundScore overall = RoundScore.empty(null, null);
        BigDecimal inPlan = BigDecimal.ZERO;
        List<UUID> met = new ArrayList<>();
        List<UUID> notMet = new ArrayList<>();
        int kpis = 0;
        List<UUID> overdue = new ArrayList<>();
        boolean due = today.isAfter(round.dueDate());
        for (DimensionView dimension : plan.dimensions()) {
            RoundScore score = RoundScore.empty(dimension.number(), dimension.title());
            for (ItemView item : dimension.allItems().toList()) {
                ProgressReport report = reports.get(item.key());
                score = score.plus(report == null ? null : report.status());
                inPlan = inPlan.add(item.content().budget() == null ? BigDecimal.ZERO
                        : item.content().budget().in(round.fiscalYear()));
                if (report == null && due) {
                    overdue.add(item.key());
                }
                for (ResultView result : results(item)) {
                    if (result.result().kpi() == null) {
                        continue;
                    }
                    kpis++;
                    BigDecimal actual = report == null ? null : report.kpiActuals().get(result.key());
                    if (actual != null) {
                        (result.result().kpi().isMetBy(actual) ? met : notMet).add(result.key());
                    }
                }
            }
            byDimension.add(score);
            overall = overall.plus(score);
        }
        BigDecimal reportedPlan = sum(reports.values().stream().map(ProgressReport::budgetPlan).toList());
        BigDecimal ordinance = sum(reports.values().stream().map(ProgressReport::budgetOrdinance).toList());
        BigDecimal disbursed = sum(reports.values().stream().map(ProgressReport::disbursed).toList());
        return new RoundStanding(round, byDimension, overall, inPlan, reportedPlan, ordinance, disbursed, reports, met,
                notMet, kpis, overdue, publishedAt);
    }

    private static List<ResultView> results(ItemView item) {
        List<ResultView> all = new ArrayList<>(item.outputs());
        all.addAll(item.outcomes());
        return all;
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
