package org.sujarit.plan;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.plan.PlanChanged.Change;
import org.sujarit.plan.PlanRepository.DimensionRow;
import org.sujarit.plan.PlanRepository.ItemRow;
import org.sujarit.plan.PlanRepository.RevisionRow;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantId;
import org.sujarit.tenant.Organisations;
import org.sujarit.tenant.Unit;
import org.sujarit.tenant.UnitId;
import org.sujarit.tenant.Units;

/**
 * The plans of each local government and their revisions. Content changes only in a draft;
 * an executive approves, the integrity officer publishes, and a published revision is frozen:
 * later changes go into a new revision copied from it.
 */
@Service
public class Plans {

    private final PlanRepository repository;
    private final Organisations organisations;
    private final Units units;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Plans(PlanRepository repository, Organisations organisations, Units units, ApplicationEventPublisher events,
          Clock clock) {
        this.repository = repository;
        this.organisations = organisations;
        this.units = units;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<PlanSummary> plans(TenantId tenant) {
        return repository.summaries(tenant);
    }

    /** The plan staff work on: the one with the latest years. */
    @Transactional(readOnly = true)
    public Optional<PlanSummary> current(TenantId tenant) {
        return repository.summaries(tenant).stream().findFirst();
    }

    @Transactional(readOnly = true)
    public Optional<PlanView> view(TenantId tenant, UUID revisionId) {
        return repository.view(tenant, revisionId, organisations.get(tenant).nameTh());
    }

    /** What the public sees: the published revision of the current plan. */
    @Transactional(readOnly = true)
    public Optional<PlanView> published(TenantId tenant) {
        return current(tenant).filter(PlanSummary::isPublished).flatMap(plan -> view(tenant, plan.publishedRevisionId()));
    }

    @Transactional
    public PlanSummary create(TenantId tenant, PlanContent content) {
        PlanHeader header = content.plan();
        if (header.lastYear() < header.firstYear() || header.lastYear() - header.firstYear() > 9) {
            throw new RuleViolation("lastYear", "plan.years.invalid");
        }
        boolean overlaps = repository.summaries(tenant).stream()
                .anyMatch(p -> p.firstYear() <= header.lastYear() && header.firstYear() <= p.lastYear());
        if (overlaps) {
            throw new RuleViolation("firstYear", "plan.years.overlap");
        }
        UUID planId = repository.insertPlan(tenant, header.firstYear(), header.lastYear());
        UUID revisionId = repository.insertRevision(tenant, planId, 1, header);
        Function<String, UnitId> unitByPath = unitPaths(tenant);
        List<DimensionContent> dimensions = content.dimensions().isEmpty() ? NaccDimensions.DEFAULT : content.dimensions();
        for (int i = 0; i < dimensions.size(); i++) {
            insertDimension(tenant, revisionId, null, dimensions.get(i), i + 1, header, unitByPath);
        }
        events.publishEvent(new PlanChanged(tenant.value(), "plan", planId, Change.CREATED));
        return current(tenant).orElseThrow();
    }

    private void insertDimension(TenantId tenant, UUID revisionId, UUID parentId, DimensionContent dimension,
                                 int position, PlanHeader header, Function<String, UnitId> unitByPath) {
        UUID id = repository.insertDimension(tenant, revisionId, parentId, dimension.number(), dimension.title(), position);
        for (int i = 0; i < dimension.items().size(); i++) {
            ItemContent item = dimension.items().get(i);
            checkItem(item, header);
            UnitId unit = item.responsibleUnit() == null ? null : unitByPath.apply(item.responsibleUnit());
            repository.insertItem(tenant, revisionId, id, null, i + 1, item, unit == null ? null : unit.value());
        }
        for (int i = 0; i < dimension.children().size(); i++) {
            insertDimension(tenant, revisionId, id, dimension.children().get(i), i + 1, header, unitByPath);
        }
    }

    /** Unit paths ("สำนักปลัด/ฝ่ายปกครอง/งานนิติการ") of the tenant's active units. */
    @Transactional(readOnly = true)
    public Function<String, UnitId> unitPaths(TenantId tenant) {
        return units.byPath(tenant)::get;
    }

    @Transactional
    public void editHeader(TenantId tenant, UUID revisionId, PlanHeader header) {
        RevisionRow revision = draft(tenant, revisionId);
        repository.updateHeader(tenant, revision.id(), header);
        events.publishEvent(new PlanChanged(tenant.value(), "plan-revision", revisionId, Change.HEADER_EDITED));
    }

    @Transactional
    public UUID addDimension(TenantId tenant, UUID revisionId, UUID parentId, String number, String title) {
        RevisionRow revision = draft(tenant, revisionId);
        if (parentId != null) {
            DimensionRow parent = repository.dimension(tenant, parentId)
                    .filter(d -> d.revisionId().equals(revision.id()))
                    .orElseThrow(() -> new RuleViolation("parentId", "plan.dimension.unknown"));
            if (!number.startsWith(parent.number() + ".")) {
                throw new RuleViolation("number", "plan.dimension.numberUnderParent");
            }
        }
        try {
            UUID id = repository.insertDimension(tenant, revision.id(), parentId, number, title,
                    repository.nextPosition("plan_dimension", "revision_id", revision.id()));
            events.publishEvent(new PlanChanged(tenant.value(), "plan-dimension", id, Change.DIMENSION_ADDED));
            return id;
        } catch (DuplicateKeyException e) {
            throw new RuleViolation("number", "plan.dimension.numberTaken");
        }
    }

    @Transactional
    public void editDimension(TenantId tenant, UUID dimensionId, String number, String title) {
        DimensionRow dimension = repository.dimension(tenant, dimensionId).orElseThrow(() -> new PlanNotFound("dimension"));
        draft(tenant, dimension.revisionId());
        try {
            repository.updateDimension(tenant, dimensionId, number, title);
        } catch (DuplicateKeyException e) {
            throw new RuleViolation("number", "plan.dimension.numberTaken");
        }
        events.publishEvent(new PlanChanged(tenant.value(), "plan-dimension", dimensionId, Change.DIMENSION_EDITED));
    }

    @Transactional
    public UUID addItem(TenantId tenant, UUID dimensionId, ItemContent item, UnitId unit) {
        DimensionRow dimension = repository.dimension(tenant, dimensionId)
                .orElseThrow(() -> new RuleViolation("dimensionId", "plan.dimension.unknown"));
        RevisionRow revision = draft(tenant, dimension.revisionId());
        checkItem(item, header(revision));
        checkUnit(tenant, unit);
        UUID id = repository.insertItem(tenant, revision.id(), dimensionId, null,
                repository.nextPosition("plan_item", "dimension_id", dimensionId), item, unit == null ? null : unit.value());
        events.publishEvent(new PlanChanged(tenant.value(), "plan-item", id, Change.ITEM_ADDED));
        return id;
    }

    /**
     * Adds imported items to the open draft, each into the dimension chosen for it; responsible
     * units given as paths are resolved against the tenant's unit tree.
     */
    @Transactional
    public int addImported(TenantId tenant, UUID revisionId, List<ImportedPlacement> placements) {
        RevisionRow revision = draft(tenant, revisionId);
        Function<String, UnitId> unitByPath = unitPaths(tenant);
        for (ImportedPlacement placement : placements) {
            repository.dimension(tenant, placement.dimensionId()).filter(d -> d.revisionId().equals(revision.id()))
                    .orElseThrow(() -> new RuleViolation("dimensionId", "plan.dimension.unknown"));
            ItemContent item = placement.item();
            checkItem(item, header(revision));
            UnitId unit = item.responsibleUnit() == null ? null : unitByPath.apply(item.responsibleUnit());
            repository.insertItem(tenant, revision.id(), placement.dimensionId(), null,
                    repository.nextPosition("plan_item", "dimension_id", placement.dimensionId()), item,
                    unit == null ? null : unit.value());
        }
        events.publishEvent(new PlanChanged(tenant.value(), "plan-revision", revisionId, Change.IMPORTED));
        return placements.size();
    }

    /** An imported item and the dimension it goes into. */
    public record ImportedPlacement(UUID dimensionId, ItemContent item) {
    }

    /** The tenant's unit paths, for matching the responsible units an import reads. */
    @Transactional(readOnly = true)
    public List<String> unitPathList(TenantId tenant) {
        return List.copyOf(units.byPath(tenant).keySet());
    }

    @Transactional
    public void editItem(TenantId tenant, UUID itemId, UUID dimensionId, ItemContent item, UnitId unit) {
        ItemRow stored = item(tenant, itemId);
        RevisionRow revision = draft(tenant, stored.revisionId());
        repository.dimension(tenant, dimensionId).filter(d -> d.revisionId().equals(revision.id()))
                .orElseThrow(() -> new RuleViolation("dimensionId", "plan.dimension.unknown"));
        checkItem(item, header(revision));
        checkUnit(tenant, unit);
        repository.updateItem(tenant, itemId, dimensionId, item, unit == null ? null : unit.value());
        events.publishEvent(new PlanChanged(tenant.value(), "plan-item", itemId, Change.ITEM_EDITED));
    }

    @Transactional
    public void removeItem(TenantId tenant, UUID itemId) {
        ItemRow stored = item(tenant, itemId);
        draft(tenant, stored.revisionId());
        repository.deleteItem(tenant, itemId);
        events.publishEvent(new PlanChanged(tenant.value(), "plan-item", itemId, Change.ITEM_REMOVED));
    }

    /** An executive approves a draft. */
    @Transactional
    public void approve(TenantId tenant, UUID revisionId, UUID executive) {
        RevisionRow revision = revision(tenant, revisionId);
        if (revision.status() != RevisionStatus.DRAFT) {
            throw new RuleViolation(null, "plan.approve.notDraft");
        }
        repository.markApproved(tenant, revisionId, executive, clock.instant());
        events.publishEvent(new PlanChanged(tenant.value(), "plan-revision", revisionId, Change.APPROVED));
    }

    /** An approved revision goes back to draft for changes; the approval lapses. */
    @Transactional
    public void returnToDraft(TenantId tenant, UUID revisionId) {
        RevisionRow revision = revision(tenant, revisionId);
        if (revision.status() != RevisionStatus.APPROVED) {
            throw new RuleViolation(null, "plan.returnToDraft.notApproved");
        }
        repository.clearApproval(tenant, revisionId);
        events.publishEvent(new PlanChanged(tenant.value(), "plan-revision", revisionId, Change.RETURNED_TO_DRAFT));
    }

    /** Publishes an approved revision; the one published before it is superseded. */
    @Transactional
    public void publish(TenantId tenant, UUID revisionId, UUID by) {
        RevisionRow revision = revision(tenant, revisionId);
        if (revision.status() != RevisionStatus.APPROVED) {
            throw new RuleViolation(null, "plan.publish.notApproved");
        }
        repository.markPublished(tenant, revision.planId(), revisionId, by, clock.instant());
        events.publishEvent(new PlanChanged(tenant.value(), "plan-revision", revisionId, Change.PUBLISHED));
    }

    /** Opens a new draft revision, copied from the published one, for changes to a published plan. */
    @Transactional
    public UUID startRevision(TenantId tenant, UUID planId) {
        PlanSummary plan = repository.summaries(tenant).stream().filter(p -> p.planId().equals(planId)).findFirst()
                .orElseThrow(() -> new PlanNotFound("plan"));
        if (plan.hasOpenRevision()) {
            throw new RuleViolation(null, "plan.revision.alreadyOpen");
        }
        if (!plan.isPublished()) {
            throw new RuleViolation(null, "plan.revision.nothingPublished");
        }
        PlanView published = view(tenant, plan.publishedRevisionId()).orElseThrow();
        UUID revisionId = repository.insertRevision(tenant, planId, plan.publishedNumber() + 1, published.header());
        repository.copyContent(tenant, plan.publishedRevisionId(), revisionId);
        events.publishEvent(new PlanChanged(tenant.value(), "plan-revision", revisionId, Change.REVISION_STARTED));
        return revisionId;
    }

    private ItemRow item(TenantId tenant, UUID itemId) {
        return repository.item(tenant, itemId).orElseThrow(() -> new PlanNotFound("item"));
    }

    private RevisionRow revision(TenantId tenant, UUID revisionId) {
        return repository.revision(tenant, revisionId).orElseThrow(() -> new PlanNotFound("revision"));
    }

    private RevisionRow draft(TenantId tenant, UUID revisionId) {
        RevisionRow revision = revision(tenant, revisionId);
        if (revision.status() != RevisionStatus.DRAFT) {
            throw new RuleViolation(null, revision.status() == RevisionStatus.APPROVED
                    ? "plan.edit.approved" : "plan.edit.frozen");
        }
        return revision;
    }

    private static PlanHeader header(RevisionRow revision) {
        return new PlanHeader(revision.firstYear(), revision.lastYear(), null, null, null, List.of(), null, null);
    }

    private void checkUnit(TenantId tenant, UnitId unit) {
        if (unit != null) {
            Unit found = units.find(tenant, unit).orElseThrow(() -> new RuleViolation("unitId", "unit.parent.unknown"));
            if (!found.active()) {
                throw new RuleViolation("unitId", "unit.parent.inactive");
            }
        }
    }

    /** What an item must be to be stored at all; what it should be is for the quality checks. */
    private static void checkItem(ItemContent item, PlanHeader plan) {
        if (item.name() == null || item.name().isBlank()) {
            throw new RuleViolation("name", "validation.required");
        }
        if (item.kind() == null) {
            throw new RuleViolation("kind", "validation.required");
        }
        if (item.budget() != null) {
            for (Integer year : item.budget().perYear().keySet()) {
                if (year < plan.firstYear() || year > plan.lastYear()) {
                    throw new RuleViolation("budget", "plan.budget.yearOutside");
                }
            }
        }
    }
}
