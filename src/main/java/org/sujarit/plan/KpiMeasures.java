package org.sujarit.plan;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantId;

/**
 * The measures other modules offer ({@link KpiMeasure.Source}), as the item editor lists them and
 * progress rounds compute them. A linked KPI's actual is the measure's value over the round's
 * period — from the fiscal year's first day to the round's last day, or to today while the round
 * runs; what was typed for it is ignored unless the integrity officer overrode the figure with a
 * reason ({@link KpiOverrides}), and nothing is stored while the measure has no value yet.
 */
@Component
public class KpiMeasures {

    private final ObjectProvider<KpiMeasure.Source> sources;
    private final Clock clock;

    KpiMeasures(ObjectProvider<KpiMeasure.Source> sources, Clock clock) {
        this.sources = sources;
        this.clock = clock;
    }

    /** Every measure offered to the tenant, by key. */
    public List<KpiMeasure> offered(TenantId tenant) {
        List<KpiMeasure> measures = new ArrayList<>();
        sources.orderedStream().forEach(source -> measures.addAll(source.measures(tenant)));
        measures.sort(Comparator.comparing(KpiMeasure::key));
        return measures;
    }

    /** A measure's value over the round's period. */
    public Optional<KpiMeasure.Value> value(TenantId tenant, String key, Round round) {
        FiscalYear year = new FiscalYear(round.fiscalYear());
        LocalDate until = until(round);
        return sources.orderedStream().map(source -> source.value(tenant, key, year, until))
                .flatMap(Optional::stream).findFirst();
    }

    /** The last day a round's computed actuals count: the round's last day, or today while it runs. */
    public LocalDate until(Round round) {
        LocalDate today = LocalDate.now(clock);
        return today.isBefore(round.lastDay()) ? today : round.lastDay();
    }

    /** The values of the item's linked KPIs over the round's period, by result key (absent: no value yet). */
    public Map<UUID, KpiMeasure.Value> values(TenantId tenant, ItemView item, Round round) {
        Map<UUID, KpiMeasure.Value> values = new HashMap<>();
        linked(item).forEach(r -> value(tenant, r.result().kpi().measure(), round).ifPresent(v -> values.put(r.key(), v)));
        return values;
    }

    /**
     * The published results the item's linked KPIs come from (a published survey's), each once:
     * evidence of the item.
     */
    public List<KpiMeasure.Published> evidence(TenantId tenant, ItemView item) {
        return linked(item).map(r -> r.result().kpi().measure()).distinct()
                .flatMap(key -> sources.orderedStream().map(source -> source.published(tenant, key)).flatMap(Optional::stream).limit(1))
                .distinct().toList();
    }

    /**
     * The actuals to store: typed ones for typed KPIs; for linked KPIs the overridden figure where
     * the officer overrode it, else the computed one.
     */
    Map<UUID, BigDecimal> actuals(TenantId tenant, ItemView item, Round round, Map<UUID, BigDecimal> typed,
                                  Map<UUID, KpiOverride> overrides) {
        Map<UUID, BigDecimal> actuals = new HashMap<>(typed == null ? Map.of() : typed);
        linked(item).forEach(r -> actuals.remove(r.key()));
        values(tenant, item, round).forEach((key, value) -> actuals.put(key, value.value()));
        linked(item).filter(r -> overrides.containsKey(r.key()))
                .forEach(r -> actuals.put(r.key(), overrides.get(r.key()).actual()));
        return actuals;
    }

    /** A linked KPI must name a measure offered to the tenant, of the KPI's own type. */
    void check(TenantId tenant, ItemContent item) {
        List<Result> linked = Stream.concat(item.outputs().stream(), item.outcomes().stream())
                .filter(r -> r.kpi() != null && r.kpi().linked()).toList();
        if (linked.isEmpty()) {
            return;
        }
        Map<String, KpiMeasure> offered = new HashMap<>();
        offered(tenant).forEach(m -> offered.put(m.key(), m));
        for (Result result : linked) {
            KpiMeasure measure = offered.get(result.kpi().measure());
            String field = item.outputs().contains(result) ? "outputs" : "outcomes";
            if (measure == null) {
                throw new RuleViolation(field, "kpiMeasure.unknown");
            }
            if (measure.type() != result.kpi().type()) {
                throw new RuleViolation(field, "kpiMeasure.typeMismatch");
            }
        }
    }

    /** The results of the item whose KPI is linked to a measure. */
    static Stream<ResultView> linked(ItemView item) {
        return Stream.concat(item.outputs().stream(), item.outcomes().stream())
                .filter(r -> r.result().kpi() != null && r.result().kpi().linked());
    }
}
