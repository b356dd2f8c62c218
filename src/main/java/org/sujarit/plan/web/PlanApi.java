package org.sujarit.plan.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.sujarit.plan.Budget;
import org.sujarit.plan.DimensionView;
import org.sujarit.plan.ItemContent;
import org.sujarit.plan.ItemView;
import org.sujarit.plan.Kpi;
import org.sujarit.plan.PlanView;
import org.sujarit.plan.ProgressReport;
import org.sujarit.plan.ResultView;
import org.sujarit.plan.RoundScore;
import org.sujarit.plan.RoundStanding;
import org.sujarit.plan.Step;

/**
 * The public JSON of the plan and its rounds. Only what the portal publishes: no names of staff,
 * no narratives typed in reports, no evidence files.
 */
final class PlanApi {

    private PlanApi() {
    }

    record Plan(String organisation, String slug, int firstYear, int lastYear, String title, int revision,
                Instant publishedAt, String foreword, List<String> objectives, List<Dimension> dimensions) {
    }

    record Dimension(String number, String title, List<Item> items, List<Dimension> children) {
    }

    record Item(UUID key, String number, String kind, String name, String rationale, List<String> objectives,
                String targetGroup, Integer targetCount, List<Step> method, String period, List<Integer> months,
                boolean noBudget, Map<Integer, BigDecimal> budgetPerYear, String responsibleUnit,
                List<Outcome> outputs, List<Outcome> outcomes) {
    }

    record Outcome(UUID key, String text, Kpi kpi) {
    }

    record RoundSummary(int fiscalYear, int round, Instant publishedAt, BigDecimal score) {
    }

    record Round(int fiscalYear, int round, Instant publishedAt, Score overall, List<Score> byDimension,
                 BigDecimal budgetInPlan, BigDecimal budgetPlan, BigDecimal budgetOrdinance, BigDecimal disbursed,
                 List<ItemStatus> items) {
    }

    record Score(String dimension, int items, int done, int inProgress, int notStarted, int cannotDo, int waiting,
                 BigDecimal score) {
    }

    record ItemStatus(UUID key, String status, String cannotReason, BigDecimal budgetPlan, BigDecimal budgetOrdinance,
                      BigDecimal disbursed, Boolean inOrdinance, Map<UUID, BigDecimal> kpiActuals) {
    }

    static Plan plan(PlanView view, String slug) {
        return new Plan(view.organisationName(), slug, view.header().firstYear(), view.header().lastYear(),
                view.header().title(), view.revisionNumber(), view.publishedAt(), view.header().foreword(),
                view.header().objectives(), view.dimensions().stream().map(PlanApi::dimension).toList());
    }

    private static Dimension dimension(DimensionView d) {
        return new Dimension(d.number(), d.title(), d.items().stream().map(PlanApi::item).toList(),
                d.children().stream().map(PlanApi::dimension).toList());
    }

    private static Item item(ItemView item) {
        ItemContent c = item.content();
        Budget budget = c.budget() == null ? Budget.noBudget() : c.budget();
        return new Item(item.key(), item.number(), c.kind().name(), c.name(), c.rationale(), c.objectives(),
                c.targetGroup(), c.targetCount(), c.method(), c.period() == null ? null : c.period().text(),
                c.period() == null ? List.of() : c.period().months(), budget.none(), budget.perYear(),
                item.unitName() != null ? item.unitName() : c.responsibleText(),
                item.outputs().stream().map(PlanApi::outcome).toList(),
                item.outcomes().stream().map(PlanApi::outcome).toList());
    }

    private static Outcome outcome(ResultView result) {
        return new Outcome(result.key(), result.result().text(), result.result().kpi());
    }

    static Round round(RoundStanding standing) {
        return new Round(standing.round().fiscalYear(), standing.round().number(), standing.publishedAt(),
                score(standing.overall()), standing.byDimension().stream().map(PlanApi::score).toList(),
                standing.budgetInPlan(), standing.budgetPlanReported(), standing.budgetOrdinance(), standing.disbursed(),
                standing.reports().values().stream().map(PlanApi::status).toList());
    }

    static Score score(RoundScore s) {
        return new Score(s.dimensionNumber(), s.items(), s.done(), s.inProgress(), s.notStarted(), s.cannot(),
                s.waiting(), s.score());
    }

    private static ItemStatus status(ProgressReport r) {
        return new ItemStatus(r.itemKey(), r.status().name(), r.cannotReason() == null ? null : r.cannotReason().name(),
                r.budgetPlan(), r.budgetOrdinance(), r.disbursed(), r.inOrdinance(), r.kpiActuals());
    }
}
