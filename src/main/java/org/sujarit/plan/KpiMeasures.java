package org.sujarit.plan;

import java.math.BigDecimal;
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
 * progress rounds compute them. A linked KPI's actual is the measure's value for the round's
 * fiscal year; what was typed for it is ignored, and nothing is stored while the measure has no
 * value yet.
 */
@Component
public class KpiMeasures {

    private final ObjectProvider<KpiMeasure.Source> sources;

    KpiMeasures(ObjectProvider<KpiMeasure.Source> sources) {
        this.sources = sources;
    }

    /** Every measure offered to the tenant, by key. */
    public List<KpiMeasure> offered(TenantId tenant) {
        List<KpiMeasure> measures = new ArrayList<>();
        sources.orderedStream().forEach(source -> measures.addAll(source.measures(tenant)));
        measures.sort(Comparator.comparing(KpiMeasure::key));
        return measures;
    }

    public Optional<KpiMeasure.Value> value(TenantId tenant, String key, int fiscalYear) {
        return sources.orderedStream().map(source -> source.value(tenant, key, new FiscalYear(fiscalYear)))
                .flatMap(Optional::stream).findFirst();
    }

    /** The values of the item's linked KPIs in a fiscal year, by result key (absent: no value yet). */
    public Map<UUID, KpiMeasure.Value> values(TenantId tenant, ItemView item, int fiscalYear) {
        Map<UUID, KpiMeasure.Value> values = new HashMap<>();
        results(item).filter(r -> r.result().kpi() != null && r.result().kpi().linked())
                .forEach(r -> value(tenant, r.result().kpi().measure(), fiscalYear).ifPresent(v -> values.put(r.key(), v)));
        return values;
    }

    /** The actuals to store: typed ones for typed KPIs, computed ones for linked KPIs. */
    Map<UUID, BigDecimal> actuals(TenantId tenant, ItemView item, int fiscalYear, Map<UUID, BigDecimal> typed) {
        Map<UUID, BigDecimal> actuals = new HashMap<>(typed == null ? Map.of() : typed);
        results(item).filter(r -> r.result().kpi() != null && r.result().kpi().linked()).forEach(r -> actuals.remove(r.key()));
        values(tenant, item, fiscalYear).forEach((key, value) -> actuals.put(key, value.value()));
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

    private static Stream<ResultView> results(ItemView item) {
        return Stream.concat(item.outputs().stream(), item.outcomes().stream());
    }
}
