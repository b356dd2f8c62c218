package org.sujarit.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.plan.PlanChanged.Change;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantId;
import org.sujarit.tenant.UnitId;
import org.sujarit.tenant.Units;

/**
 * Progress reports per item, fiscal year and round, the E-PlanNACC score ({@link RoundStanding})
 * and the publication of a round. Unit staff report the items of their unit (or a unit beneath
 * it); the integrity officer reports any item. A round reported as done is locked. Evidence of a
 * report is {@link ProgressEvidence}'s.
 */
@Service
public class Progress {

    private final ProgressRepository repository;
    private final Units units;
    private final ApplicationEventPublisher events;
    private final KpiMeasures measures;
    private final Clock clock;

    Progress(ProgressRepository repository, Units units, ApplicationEventPublisher events, Clock clock,
             KpiMeasures measures) {
        this.measures = measures;
        this.repository = repository;
        this.units = units;
        this.events = events;
        this.clock = clock;
    }

    /** Who reports: anyone for any item, or staff of one unit for that unit's items. */
    public record Reporter(UUID userId, boolean anyItem, UnitId unit) {
    }

    public boolean mayReport(TenantId tenant, Reporter reporter, ItemView item) {
        if (reporter.anyItem()) {
            return true;
        }
        return reporter.unit() != null && item.unitId() != null
                && units.isWithin(tenant, new UnitId(item.unitId()), reporter.unit());
    }

    @Transactional(readOnly = true)
    public Optional<ProgressReport> report(TenantId tenant, UUID planId, UUID itemKey, Round round) {
        return repository.reports(tenant, planId, round, itemKey).values().stream().findFirst();
    }

    @Transactional
    public ProgressReport save(TenantId tenant, PlanView plan, UUID itemKey, Round round, ProgressEntry entry,
                               Reporter reporter) {
        ItemView item = plan.allItems().filter(i -> i.key().equals(itemKey)).findFirst()
                .orElseThrow(() -> new PlanNotFound("item"));
        if (!mayReport(tenant, reporter, item)) {
            throw new RuleViolation(null, "progress.notYourItem");
        }
        if (round.fiscalYear() < plan.header().firstYear() || round.fiscalYear() > plan.header().lastYear()) {
            throw new RuleViolation(null, "progress.yearOutsidePlan");
        }
        Optional<ProgressReport> existing = report(tenant, plan.planId(), itemKey, round);
        if (existing.map(ProgressReport::locked).orElse(false)) {
            throw new RuleViolation(null, "progress.locked");
        }
        entry.check(item);
        entry = entry.withActuals(measures.actuals(tenant, item, round, entry.kpiActuals(),
                existing.map(ProgressReport::overrides).orElse(Map.of())));
        UUID id = repository.save(tenant, plan.planId(), itemKey, round, entry, reporter.userId(), clock.instant())
                .orElseThrow(() -> new RuleViolation(null, "progress.locked"));
        events.publishEvent(new PlanChanged(tenant.value(), "progress-report", id, Change.PROGRESS_REPORTED));
        return report(tenant, plan.planId(), itemKey, round).orElseThrow();
    }

    @Transactional
    public void publishRound(TenantId tenant, UUID planId, Round round, UUID by) {
        repository.publishRound(tenant, planId, round, by, clock.instant());
        events.publishEvent(new PlanChanged(tenant.value(), "plan", planId, Change.ROUND_PUBLISHED));
    }

    @Transactional(readOnly = true)
    public List<Round> publishedRounds(TenantId tenant, UUID planId) {
        return repository.publishedRounds(tenant, planId);
    }

    /** Where the plan (as this revision holds it) stands in a round, as of a date. */
    @Transactional(readOnly = true)
    public RoundStanding standing(TenantId tenant, PlanView plan, Round round, LocalDate today) {
        return RoundStanding.of(plan, round, repository.reports(tenant, plan.planId(), round, null), today,
                repository.roundPublishedAt(tenant, plan.planId(), round).orElse(null));
    }
}
