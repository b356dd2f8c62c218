package org.sujarit.plan;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.plan.PlanChanged.Change;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantId;

/**
 * The integrity officer's overrides of computed KPI actuals. A linked KPI's actual comes from the
 * records behind it; when they are known to be wrong (a batch of paper questionnaires not yet
 * typed in) the officer may type the figure instead, only with a written reason. Every override
 * and every removal is kept with the computed figure of the moment, who and when; while an
 * override stands, the report counts its figure, and once removed the computed one again.
 */
@Service
public class KpiOverrides {

    static final int REASON_MAX = 1000;

    private final ProgressRepository repository;
    private final Progress progress;
    private final KpiMeasures measures;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    KpiOverrides(ProgressRepository repository, Progress progress, KpiMeasures measures, ApplicationEventPublisher events,
                 Clock clock) {
        this.repository = repository;
        this.progress = progress;
        this.measures = measures;
        this.events = events;
        this.clock = clock;
    }

    /** Replaces the computed actual of a linked KPI in the round's report of the item with a typed one. */
    @Transactional
    public void override(TenantId tenant, PlanView plan, UUID itemKey, Round round, UUID resultKey, BigDecimal actual,
                         String reason, UUID by) {
        ProgressReport report = unlockedReport(tenant, plan, itemKey, round);
        Kpi kpi = linkedKpi(plan, itemKey, resultKey);
        if (actual == null) {
            throw new RuleViolation("actual", "validation.required");
        }
        if (actual.signum() < 0) {
            throw new RuleViolation("actual", "progress.kpi.negative");
        }
        if (kpi.type() == KpiType.PERCENT_AT_LEAST && actual.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new RuleViolation("actual", "progress.kpi.overHundred");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "progress.override.reasonRequired");
        }
        if (reason.strip().length() > REASON_MAX) {
            throw new RuleViolation("reason", "progress.override.reasonTooLong");
        }
        repository.insertOverride(tenant, report.id(), resultKey, computed(tenant, kpi, round), actual, reason.strip(),
                by, clock.instant());
        repository.storeActual(tenant, report.id(), resultKey, actual);
        events.publishEvent(new PlanChanged(tenant.value(), "progress-report", report.id(), Change.KPI_OVERRIDDEN));
    }

    /** Removes the override of a linked KPI: its actual is the computed figure again. */
    @Transactional
    public void remove(TenantId tenant, PlanView plan, UUID itemKey, Round round, UUID resultKey, UUID by) {
        ProgressReport report = unlockedReport(tenant, plan, itemKey, round);
        Kpi kpi = linkedKpi(plan, itemKey, resultKey);
        if (!report.overrides().containsKey(resultKey)) {
            return;
        }
        BigDecimal computed = computed(tenant, kpi, round);
        repository.insertOverride(tenant, report.id(), resultKey, computed, null, null, by, clock.instant());
        repository.storeActual(tenant, report.id(), resultKey, computed);
        events.publishEvent(new PlanChanged(tenant.value(), "progress-report", report.id(), Change.KPI_OVERRIDE_REMOVED));
    }

    /** Every override and removal in a report, oldest first. */
    @Transactional(readOnly = true)
    public List<KpiOverride> history(TenantId tenant, UUID reportId) {
        return repository.overrideHistory(tenant, reportId);
    }

    private ProgressReport unlockedReport(TenantId tenant, PlanView plan, UUID itemKey, Round round) {
        ProgressReport report = progress.report(tenant, plan.planId(), itemKey, round)
                .orElseThrow(() -> new RuleViolation(null, "progress.override.reportFirst"));
        if (report.locked()) {
            throw new RuleViolation(null, "progress.locked");
        }
        return report;
    }

    private static Kpi linkedKpi(PlanView plan, UUID itemKey, UUID resultKey) {
        ItemView item = plan.allItems().filter(i -> i.key().equals(itemKey)).findFirst()
                .orElseThrow(() -> new PlanNotFound("item"));
        return KpiMeasures.linked(item).filter(r -> r.key().equals(resultKey)).findFirst()
                .orElseThrow(() -> new PlanNotFound("result")).result().kpi();
    }

    private BigDecimal computed(TenantId tenant, Kpi kpi, Round round) {
        return measures.value(tenant, kpi.measure(), round).map(KpiMeasure.Value::value).orElse(null);
    }
}
