package org.sujarit.risk;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.plan.ItemView;
import org.sujarit.plan.Plans;
import org.sujarit.plan.Progress;
import org.sujarit.plan.ProgressReport;
import org.sujarit.plan.Round;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantId;

/**
 * The action plan as the register links to it: the items of the tenant's current plan (the
 * revision staff work on) that a measure may be carried out by, and what the plan reports of them.
 */
@Service
public class RiskPlanLinks {

    private final Plans plans;
    private final Progress progress;

    RiskPlanLinks(Plans plans, Progress progress) {
        this.plans = plans;
        this.progress = progress;
    }

    /** The items of the tenant's current plan, for linking measures. */
    @Transactional(readOnly = true)
    public List<ItemView> items(TenantId tenant) {
        return plans.current(tenant).flatMap(plan -> plans.view(tenant, plan.workingRevisionId()))
                .map(view -> view.allItems().toList()).orElse(List.of());
    }

    /**
     * What the plan says of the items the assessment's measures are linked to: each item's latest
     * progress report in the assessment's fiscal year (12 months before 6), by measure.
     */
    @Transactional(readOnly = true)
    public Map<UUID, ProgressReport> progress(TenantId tenant, AssessmentView assessment) {
        Map<UUID, ProgressReport> reports = new HashMap<>();
        plans.current(tenant).ifPresent(plan -> assessment.risks().stream().flatMap(r -> r.measures().stream())
                .filter(m -> m.planItemKey() != null)
                .forEach(m -> Stream.of(2, 1)
                        .map(n -> progress.report(tenant, plan.planId(), m.planItemKey(), new Round(assessment.fiscalYear(), n)))
                        .flatMap(Optional::stream).findFirst().ifPresent(report -> reports.put(m.id(), report))));
        return reports;
    }

    /** Each item's number and name by its key, as a measure shows the item it is carried out by. */
    Map<UUID, String> names(TenantId tenant) {
        Map<UUID, String> names = new HashMap<>();
        items(tenant).forEach(item -> names.put(item.key(), item.number() + " " + item.content().name()));
        return names;
    }

    /** A plan item key the tenant's current plan knows, else refused. */
    UUID itemKey(TenantId tenant, UUID key) {
        if (key == null) {
            return null;
        }
        return items(tenant).stream().filter(item -> item.key().equals(key)).findFirst()
                .map(ItemView::key).orElseThrow(() -> new RuleViolation("planItemKey", "risk.planItem.unknown"));
    }

    /** For loaded data: the plan item whose name contains the given words. */
    UUID itemKeyByName(TenantId tenant, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return items(tenant).stream().filter(item -> item.content().name().contains(name)).findFirst()
                .map(ItemView::key).orElseThrow(() -> new IllegalStateException("No plan item named like " + name));
    }
}
