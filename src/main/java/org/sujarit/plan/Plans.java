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
import org.sujarit.plan.PlanContentRepository.DimensionRow;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantId;
import org.sujarit.tenant.Organisations;
import org.sujarit.tenant.Unit;
import org.sujarit.tenant.UnitId;
import org.sujarit.tenant.Units;

/**
 * The plans of each local government and their revisions. Content changes only in a draft;
 * an executive approves, the integrity officer publishes, and a published revision is frozen:
 * later changes go into a new revision copied from it. {@link PlanRevision} holds the rules of
 * these moves.
 */
@Service
public class Plans {

    private final PlanRepository repository;
    private final PlanContentRepository content;
    private final PlanViews views;
    private final Organisations organisations;
    private final Units units;
    private final ApplicationEventPublisher events;
    private final KpiMeasures measures;
    private final Clock clock;

    Plans(PlanRepository repository, PlanContentRepository content, PlanViews views, Organisations organisations,
          Units units, ApplicationEventPublisher events, Clock clock, KpiMeasures measures) {
        this.measures = measures;
        this.repository = repository;
        this.content = content;
        this.views = views;
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
        return views.view(tenant, revisionId, organisations.get(tenant).nameTh());
    }

    /** What the public sees: the published revision of the current plan. */
    @Transactional(readOnly = true)
    public Optional<PlanView> published(TenantId tenant) {
        return current(tenant).filter(PlanSummary::isPublished).flatMap(plan -> view(tenant, plan.publishedRevisionId()));
    }

    @Transactional
    public PlanSummary create(TenantId tenant, PlanContent plan) {
        PlanHeader header = plan.plan();
        header.checkYears();
        if (repository.summaries(tenant).stream().anyMatch(other -> other.overlaps(header))) {
            throw new RuleViolation("firstYear", "plan.years.overlap");
        }
        UUID planId = repository.insertPlan(tenant, header.firstYear(), header.lastYear());
        UUID revisionId = repository.insertRevision(tenant, planId, 1, header);
        Function<String, UnitId> unitByPath = unitPaths(tenant);
        List<DimensionContent> dimensions = plan.dimensions().isEmpty() ? NaccDimensions.DEFAULT : plan.dimensions();
        for (int i = 0; i < dimensions.size(); i++) {
            insertDimension(tenant, revisionId, null, dimensions.get(i), i + 1, header, unitByPath);
        }
        events.publishEvent(new PlanChanged(tenant.value(), "plan", planId, Change.CREATED));
        return current(tenant).orElseThrow();
    }

    private void insertDimension(TenantId tenant, UUID revisionId, UUID parentId, DimensionContent dimension,
                                 int position, PlanHeader header, Function<String, UnitId> unitByPath) {
        UUID id = content.insertDimension(tenant, revisionId, parentId, dimension.number(), dimension.title(), position);
        for (int i = 0; i < dimension.items().size(); i++) {
            ItemContent item = dimension.items().get(i);
            item.checkStorable(header.firstYear(), header.lastYear());
            content.insertItem(tenant, revisionId, id, i + 1, item, unitOfPath(item, unitByPath));
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

    /** The tenant's unit paths, for matching the responsible units an import reads. */
    @Transactional(readOnly = true)
    public List<String> unitPathList(TenantId tenant) {
        return List.copyOf(units.byPath(tenant).keySet());
    }

    @Transactional
    public void editHeader(TenantId tenant, UUID revisionId, PlanHeader header) {
        PlanRevision revision = revision(tenant, revisionId).requireDraft();
        repository.updateHeader(tenant, revision.id(), header);
        events.publishEvent(new PlanChanged(tenant.value(), "plan-revision", revisionId, Change.HEADER_EDITED));
    }

    @Transactional
    public UUID addDimension(TenantId tenant, UUID revisionId, UUID parentId, String number, String title) {
        PlanRevision revision = revision(tenant, revisionId).requireDraft();
        if (parentId != null) {
            DimensionRow parent = dimensionOf(tenant, revision, parentId, "parentId");
            if (!number.startsWith(parent.number() + ".")) {
                throw new RuleViolation("number", "plan.dimension.numberUnderParent");
            }
        }
        try {
            UUID id = content.insertDimension(tenant, revision.id(), parentId, number, title,
                    content.nextDimensionPosition(tenant, revision.id()));
            events.publishEvent(new PlanChanged(tenant.value(), "plan-dimension", id, Change.DIMENSION_ADDED));
            return id;
        } catch (DuplicateKeyException e) {
            throw new RuleViolation("number", "plan.dimension.numberTaken");
        }
    }

    @Transactional
    public void editDimension(TenantId tenant, UUID dimensionId, String number, String title) {
        DimensionRow dimension = content.dimension(tenant, dimensionId).orElseThrow(() -> new PlanNotFound("dimension"));
        revision(tenant, dimension.revisionId()).requireDraft();
        try {
            content.updateDimension(tenant, dimensionId, number, title);
        } catch (DuplicateKeyException e) {
            throw new RuleViolation("number", "plan.dimension.numberTaken");
        }
        events.publishEvent(new PlanChanged(tenant.value(), "plan-dimension", dimensionId, Change.DIMENSION_EDITED));
    }

    @Transactional
    public UUID addItem(TenantId tenant, UUID dimensionId, ItemContent item, UnitId unit) {
        DimensionRow dimension = content.dimension(tenant, dimensionId)
                .orElseThrow(() -> new RuleViolation("dimensionId", "plan.dimension.unknown"));
        PlanRevision revision = revision(tenant, dimension.revisionId()).requireDraft();
        revision.check(item);
        measures.check(tenant, item);
        checkUnit(tenant, unit);
        UUID id = content.insertItem(tenant, revision.id(), dimensionId, content.nextItemPosition(tenant, dimensionId),
                item, unit == null ? null : unit.value());
        events.publishEvent(new PlanChanged(tenant.value(), "plan-item", id, Change.ITEM_ADDED));
        return id;
    }

    /**
     * Adds imported items to the open draft, each into the dimension chosen for it; responsible
     * units given as paths are resolved against the tenant's unit tree.
     */
    @Transactional
    public int addImported(TenantId tenant, UUID revisionId, List<ImportedPlacement> placements) {
        PlanRevision revision = revision(tenant, revisionId).requireDraft();
        Function<String, UnitId> unitByPath = unitPaths(tenant);
        for (ImportedPlacement placement : placements) {
            dimensionOf(tenant, revision, placement.dimensionId(), "dimensionId");
            revision.check(placement.item());
            content.insertItem(tenant, revision.id(), placement.dimensionId(),
                    content.nextItemPosition(tenant, placement.dimensionId()), placement.item(),
                    unitOfPath(placement.item(), unitByPath));
        }
        events.publishEvent(new PlanChanged(tenant.value(), "plan-revision", revisionId, Change.IMPORTED));
        return placements.size();
    }

    /** An imported item and the dimension it goes into. */
    public record ImportedPlacement(UUID dimensionId, ItemContent item) {
    }

    @Transactional
    public void editItem(TenantId tenant, UUID itemId, UUID dimensionId, ItemContent item, UnitId unit) {
        PlanRevision revision = revisionOfItem(tenant, itemId).requireDraft();
        dimensionOf(tenant, revision, dimensionId, "dimensionId");
        revision.check(item);
        measures.check(tenant, item);
        checkUnit(tenant, unit);
        content.updateItem(tenant, itemId, dimensionId, item, unit == null ? null : unit.value());
        events.publishEvent(new PlanChanged(tenant.value(), "plan-item", itemId, Change.ITEM_EDITED));
    }

    @Transactional
    public void removeItem(TenantId tenant, UUID itemId) {
        revisionOfItem(tenant, itemId).requireDraft();
        content.deleteItem(tenant, itemId);
        events.publishEvent(new PlanChanged(tenant.value(), "plan-item", itemId, Change.ITEM_REMOVED));
    }

    /** An executive approves a draft. */
    @Transactional
    public void approve(TenantId tenant, UUID revisionId, UUID executive) {
        repository.save(tenant, revision(tenant, revisionId).approve(executive, clock.instant()));
        events.publishEvent(new PlanChanged(tenant.value(), "plan-revision", revisionId, Change.APPROVED));
    }

    /** An approved revision goes back to draft for changes; the approval lapses. */
    @Transactional
    public void returnToDraft(TenantId tenant, UUID revisionId) {
        repository.save(tenant, revision(tenant, revisionId).returnToDraft());
        events.publishEvent(new PlanChanged(tenant.value(), "plan-revision", revisionId, Change.RETURNED_TO_DRAFT));
    }

    /** Publishes an approved revision; the one published before it is superseded. */
    @Transactional
    public void publish(TenantId tenant, UUID revisionId, UUID by) {
        repository.save(tenant, revision(tenant, revisionId).publish(by, clock.instant()));
        events.publishEvent(new PlanChanged(tenant.value(), "plan-revision", revisionId, Change.PUBLISHED));
    }

    /** Opens a new draft revision, copied from the published one, for changes to a published plan. */
    @Transactional
    public UUID startRevision(TenantId tenant, UUID planId) {
        PlanSummary plan = repository.summaries(tenant).stream().filter(p -> p.planId().equals(planId)).findFirst()
                .orElseThrow(() -> new PlanNotFound("plan"));
        int number = plan.nextRevisionNumber();
        UUID revisionId = repository.copyRevision(tenant, plan.publishedRevisionId(), number);
        events.publishEvent(new PlanChanged(tenant.value(), "plan-revision", revisionId, Change.REVISION_STARTED));
        return revisionId;
    }

    private PlanRevision revisionOfItem(TenantId tenant, UUID itemId) {
        return revision(tenant, content.revisionOfItem(tenant, itemId).orElseThrow(() -> new PlanNotFound("item")));
    }

    private PlanRevision revision(TenantId tenant, UUID revisionId) {
        return repository.revision(tenant, revisionId).orElseThrow(() -> new PlanNotFound("revision"));
    }

    /** A dimension of the revision, named by a form's field; one of another revision or tenant is refused. */
    private DimensionRow dimensionOf(TenantId tenant, PlanRevision revision, UUID dimensionId, String field) {
        return content.dimension(tenant, dimensionId).filter(d -> d.revisionId().equals(revision.id()))
                .orElseThrow(() -> new RuleViolation(field, "plan.dimension.unknown"));
    }

    private static UUID unitOfPath(ItemContent item, Function<String, UnitId> unitByPath) {
        UnitId unit = item.responsibleUnit() == null ? null : unitByPath.apply(item.responsibleUnit());
        return unit == null ? null : unit.value();
    }

    private void checkUnit(TenantId tenant, UnitId unit) {
        if (unit != null) {
            Unit found = units.find(tenant, unit).orElseThrow(() -> new RuleViolation("unitId", "unit.parent.unknown"));
            if (!found.active()) {
                throw new RuleViolation("unitId", "unit.parent.inactive");
            }
        }
    }
}
