package org.sujarit.risk;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.plan.ItemView;
import org.sujarit.plan.PlanView;
import org.sujarit.plan.Plans;
import org.sujarit.plan.Progress;
import org.sujarit.plan.ProgressReport;
import org.sujarit.plan.Round;
import org.sujarit.risk.RiskChanged.Change;
import org.sujarit.risk.RiskContent.MeasureContent;
import org.sujarit.risk.RiskRepository.AssessmentRow;
import org.sujarit.risk.RiskRepository.MeasureRow;
import org.sujarit.risk.RiskRepository.RiskRow;
import org.sujarit.risk.RiskTypes.Band;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantId;
import org.sujarit.tenant.Unit;
import org.sujarit.tenant.UnitId;
import org.sujarit.tenant.Units;

/**
 * The fraud-risk assessments of each local government, one per fiscal year, rated on the matrix
 * version chosen when the year's assessment began. Content changes while it is a draft; a
 * published assessment is on the portal until it is returned to draft. Monitoring continues
 * either way.
 */
@Service
public class RiskAssessments {

    private final RiskRepository repository;
    private final Units units;
    private final Plans plans;
    private final Progress progress;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RiskAssessments(RiskRepository repository, Units units, Plans plans, Progress progress, ApplicationEventPublisher events,
                    Clock clock) {
        this.repository = repository;
        this.units = units;
        this.plans = plans;
        this.progress = progress;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<RiskMatrix> matrices() {
        return repository.matrices();
    }

    /** The latest version of a matrix, by its code ("NACC_3X3", "LIKELIHOOD_IMPACT_5X5"). */
    @Transactional(readOnly = true)
    public Optional<RiskMatrix> matrix(String code) {
        return repository.matrices().stream().filter(m -> m.code().equals(code))
                .max(java.util.Comparator.comparingInt(RiskMatrix::version));
    }

    /** The fiscal years assessed, latest first, and whether each is published. */
    @Transactional(readOnly = true)
    public List<YearSummary> years(TenantId tenant) {
        return repository.assessments(tenant).stream()
                .map(row -> new YearSummary(row.fiscalYear(), row.published())).toList();
    }

    public record YearSummary(int fiscalYear, boolean published) {
    }

    @Transactional(readOnly = true)
    public Optional<AssessmentView> view(TenantId tenant, int fiscalYear) {
        return repository.assessment(tenant, fiscalYear).map(row -> view(tenant, row));
    }

    @Transactional(readOnly = true)
    public Optional<AssessmentView> published(TenantId tenant, int fiscalYear) {
        return view(tenant, fiscalYear).filter(AssessmentView::published);
    }

    @Transactional(readOnly = true)
    public Optional<AssessmentView> latestPublished(TenantId tenant) {
        return repository.assessments(tenant).stream().filter(AssessmentRow::published).findFirst()
                .map(row -> view(tenant, row));
    }

    /** Whether the tenant's register holds this risk, in any year. */
    @Transactional(readOnly = true)
    public boolean hasRisk(TenantId tenant, UUID riskId) {
        return repository.assessmentOfRisk(tenant, riskId).isPresent();
    }

    @Transactional
    public UUID create(TenantId tenant, int fiscalYear, UUID matrixId) {
        repository.matrix(matrixId).orElseThrow(() -> new RuleViolation("matrixId", "risk.matrix.unknown"));
        try {
            UUID id = repository.insertAssessment(tenant, fiscalYear, matrixId, null);
            events.publishEvent(new RiskChanged(tenant.value(), "risk-assessment", id, Change.ASSESSMENT_CREATED));
            return id;
        } catch (DuplicateKeyException e) {
            throw new RuleViolation("fiscalYear", "risk.year.taken");
        }
    }

    /**
     * Starts a year from an earlier one: same matrix, every risk and measure copied and marked
     * unchanged until the officer marks it changed; monitoring starts afresh.
     */
    @Transactional
    public UUID carryOver(TenantId tenant, int fromYear, int toYear) {
        if (fromYear >= toYear) {
            throw new RuleViolation("fromYear", "risk.fromYear.order");
        }
        AssessmentRow from = repository.assessment(tenant, fromYear).orElseThrow(() -> new RiskNotFound("assessment"));
        UUID id;
        try {
            id = repository.insertAssessment(tenant, toYear, from.matrixId(), from.id());
        } catch (DuplicateKeyException e) {
            throw new RuleViolation("fiscalYear", "risk.year.taken");
        }
        for (RiskRow risk : repository.risks(tenant, from.id())) {
            RiskContent content = new RiskContent(risk.area(), risk.mission(), risk.process(), risk.event(), risk.behaviour(),
                    risk.factorKind(), risk.factorEvidence(), risk.riskFactors(), risk.existingControl(), null,
                    risk.trafficLight(), risk.likelihood(), risk.impact(), risk.controlQuality(), RiskTypes.Change.UNCHANGED,
                    null, List.of());
            UUID riskId = repository.insertRisk(tenant, id, content, risk.unitId(), risk.id());
            for (MeasureRow m : risk.measures()) {
                repository.insertMeasure(tenant, riskId, new MeasureContent(m.measure(), m.periodText(), null, null, null,
                        m.unitText(), null), m.unitId(), m.planItemKey());
            }
        }
        events.publishEvent(new RiskChanged(tenant.value(), "risk-assessment", id, Change.ASSESSMENT_CARRIED_OVER));
        return id;
    }

    @Transactional
    public UUID addRisk(TenantId tenant, int fiscalYear, RiskContent risk, UnitId unit) {
        AssessmentRow assessment = draft(tenant, fiscalYear);
        check(risk, matrix(assessment));
        UUID id = repository.insertRisk(tenant, assessment.id(), risk, unit(tenant, unit, risk.unit()), null);
        for (MeasureContent measure : risk.measures()) {
            insertMeasure(tenant, id, measure, null);
        }
        events.publishEvent(new RiskChanged(tenant.value(), "risk", id, Change.RISK_ADDED));
        return id;
    }

    @Transactional
    public void editRisk(TenantId tenant, UUID riskId, RiskContent risk, UnitId unit) {
        AssessmentRow assessment = draftOfRisk(tenant, riskId);
        check(risk, matrix(assessment));
        repository.updateRisk(tenant, riskId, risk, unit(tenant, unit, risk.unit()));
        events.publishEvent(new RiskChanged(tenant.value(), "risk", riskId, Change.RISK_EDITED));
    }

    @Transactional
    public void removeRisk(TenantId tenant, UUID riskId) {
        draftOfRisk(tenant, riskId);
        repository.deleteRisk(tenant, riskId);
        events.publishEvent(new RiskChanged(tenant.value(), "risk", riskId, Change.RISK_REMOVED));
    }

    @Transactional
    public UUID addMeasure(TenantId tenant, UUID riskId, MeasureContent measure, UnitId unit, UUID planItemKey) {
        draftOfRisk(tenant, riskId);
        UUID id = insertMeasure(tenant, riskId, measure, new Link(unit, planItemKey));
        events.publishEvent(new RiskChanged(tenant.value(), "risk-measure", id, Change.MEASURE_ADDED));
        return id;
    }

    @Transactional
    public void editMeasure(TenantId tenant, UUID measureId, MeasureContent measure, UnitId unit, UUID planItemKey) {
        UUID riskId = repository.riskOfMeasure(tenant, measureId).orElseThrow(() -> new RiskNotFound("measure"));
        draftOfRisk(tenant, riskId);
        checkMeasure(measure);
        repository.updateMeasure(tenant, measureId, measure, unit(tenant, unit, measure.unit()), planItem(tenant, planItemKey));
        events.publishEvent(new RiskChanged(tenant.value(), "risk-measure", measureId, Change.MEASURE_EDITED));
    }

    @Transactional
    public void removeMeasure(TenantId tenant, UUID measureId) {
        UUID riskId = repository.riskOfMeasure(tenant, measureId).orElseThrow(() -> new RiskNotFound("measure"));
        draftOfRisk(tenant, riskId);
        repository.deleteMeasure(tenant, measureId);
        events.publishEvent(new RiskChanged(tenant.value(), "risk-measure", measureId, Change.MEASURE_REMOVED));
    }

    /** Steps 6–9: how a measure went in a round, and how good the control now is. */
    @Transactional
    public void monitor(TenantId tenant, UUID measureId, int round, Monitoring monitoring, UUID by) {
        repository.riskOfMeasure(tenant, measureId).orElseThrow(() -> new RiskNotFound("measure"));
        if (round != 1 && round != 2) {
            throw new RuleViolation("round", "progress.round.invalid");
        }
        if (monitoring.status() == null) {
            throw new RuleViolation("status", "validation.required");
        }
        if (monitoring.progressPct() < 0 || monitoring.progressPct() > 100) {
            throw new RuleViolation("progressPct", "risk.progress.range");
        }
        repository.saveMonitoring(tenant, measureId, round, monitoring.status(), monitoring.progressPct(),
                blank(monitoring.result()), blank(monitoring.problems()), blank(monitoring.fixes()),
                monitoring.controlQuality(), by, clock.instant());
        events.publishEvent(new RiskChanged(tenant.value(), "risk-measure", measureId, Change.MONITORED));
    }

    public record Monitoring(String status, int progressPct, String result, String problems, String fixes,
                             RiskTypes.ControlQuality controlQuality) {
    }

    @Transactional
    public void publish(TenantId tenant, int fiscalYear) {
        AssessmentRow assessment = draft(tenant, fiscalYear);
        repository.publish(tenant, assessment.id(), clock.instant());
        events.publishEvent(new RiskChanged(tenant.value(), "risk-assessment", assessment.id(), Change.PUBLISHED));
    }

    @Transactional
    public void returnToDraft(TenantId tenant, int fiscalYear) {
        AssessmentRow assessment = repository.assessment(tenant, fiscalYear).orElseThrow(() -> new RiskNotFound("assessment"));
        repository.unpublish(tenant, assessment.id());
        events.publishEvent(new RiskChanged(tenant.value(), "risk-assessment", assessment.id(), Change.UNPUBLISHED));
    }

    private record Link(UnitId unit, UUID planItemKey) {
    }

    private UUID insertMeasure(TenantId tenant, UUID riskId, MeasureContent measure, Link link) {
        checkMeasure(measure);
        UUID unit = unit(tenant, link == null ? null : link.unit(), measure.unit());
        UUID item = link != null ? planItem(tenant, link.planItemKey()) : planItemByName(tenant, measure.planItem());
        return repository.insertMeasure(tenant, riskId, measure, unit, item);
    }

    private static void checkMeasure(MeasureContent measure) {
        if (measure.measure() == null || measure.measure().isBlank()) {
            throw new RuleViolation("measure", "validation.required");
        }
        if (measure.periodFrom() != null && measure.periodTo() != null && measure.periodFrom().isAfter(measure.periodTo())) {
            throw new RuleViolation("periodTo", "risk.period.order");
        }
    }

    private static void check(RiskContent risk, RiskMatrix matrix) {
        if (risk.area() == null) {
            throw new RuleViolation("area", "validation.required");
        }
        if (risk.event() == null || risk.event().isBlank()) {
            throw new RuleViolation("event", "validation.required");
        }
        if ((risk.likelihood() == null) != (risk.impact() == null)) {
            throw new RuleViolation("impact", "risk.rating.both");
        }
        if (risk.likelihood() != null && !matrix.accepts(risk.likelihood(), risk.impact())) {
            throw new RuleViolation("likelihood", "risk.rating.range");
        }
    }

    private UUID unit(TenantId tenant, UnitId unit, String path) {
        UnitId resolved = unit != null ? unit : path == null ? null : units.byPath(tenant).get(path);
        if (resolved == null) {
            return null;
        }
        Unit found = units.find(tenant, resolved).orElseThrow(() -> new RuleViolation("unitId", "unit.parent.unknown"));
        if (!found.active()) {
            throw new RuleViolation("unitId", "unit.parent.inactive");
        }
        return found.id().value();
    }

    /** A plan item key the tenant's current plan knows, else refused. */
    private UUID planItem(TenantId tenant, UUID key) {
        if (key == null) {
            return null;
        }
        return planItems(tenant).stream().filter(item -> item.key().equals(key)).findFirst()
                .map(ItemView::key).orElseThrow(() -> new RuleViolation("planItemKey", "risk.planItem.unknown"));
    }

    /** For loaded data: the plan item whose name contains the given words. */
    private UUID planItemByName(TenantId tenant, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return planItems(tenant).stream().filter(item -> item.content().name().contains(name)).findFirst()
                .map(ItemView::key).orElseThrow(() -> new IllegalStateException("No plan item named like " + name));
    }

    /** The items of the tenant's current plan (the revision staff work on), for linking measures. */
    @Transactional(readOnly = true)
    public List<ItemView> planItems(TenantId tenant) {
        return plans.current(tenant).flatMap(plan -> plans.view(tenant, plan.workingRevisionId()))
                .map(view -> view.allItems().toList()).orElse(List.of());
    }

    /**
     * What the plan says of the items the assessment's measures are linked to: each item's latest
     * progress report in the assessment's fiscal year (12 months before 6), by measure.
     */
    @Transactional(readOnly = true)
    public Map<UUID, ProgressReport> planProgress(TenantId tenant, AssessmentView assessment) {
        Map<UUID, ProgressReport> reports = new HashMap<>();
        plans.current(tenant).ifPresent(plan -> assessment.risks().stream().flatMap(r -> r.measures().stream())
                .filter(m -> m.planItemKey() != null)
                .forEach(m -> Stream.of(2, 1)
                        .map(n -> progress.report(tenant, plan.planId(), m.planItemKey(), new Round(assessment.fiscalYear(), n)))
                        .flatMap(Optional::stream).findFirst().ifPresent(report -> reports.put(m.id(), report))));
        return reports;
    }

    private AssessmentRow draft(TenantId tenant, int fiscalYear) {
        AssessmentRow assessment = repository.assessment(tenant, fiscalYear).orElseThrow(() -> new RiskNotFound("assessment"));
        if (assessment.published()) {
            throw new RuleViolation(null, "risk.edit.published");
        }
        return assessment;
    }

    private AssessmentRow draftOfRisk(TenantId tenant, UUID riskId) {
        UUID assessmentId = repository.assessmentOfRisk(tenant, riskId).orElseThrow(() -> new RiskNotFound("risk"));
        AssessmentRow assessment = repository.assessments(tenant).stream().filter(a -> a.id().equals(assessmentId))
                .findFirst().orElseThrow(() -> new RiskNotFound("assessment"));
        if (assessment.published()) {
            throw new RuleViolation(null, "risk.edit.published");
        }
        return assessment;
    }

    private RiskMatrix matrix(AssessmentRow assessment) {
        return repository.matrix(assessment.matrixId()).orElseThrow();
    }

    private AssessmentView view(TenantId tenant, AssessmentRow row) {
        RiskMatrix matrix = matrix(row);
        Map<UUID, String> itemNames = new java.util.HashMap<>();
        planItems(tenant).forEach(item -> itemNames.put(item.key(), item.number() + " " + item.content().name()));
        List<RiskView> risks = repository.risks(tenant, row.id()).stream().map(risk -> {
            Band band = risk.score() == null ? null : matrix.band(risk.score());
            Band residual = risk.score() == null || risk.controlQuality() == null ? null
                    : matrix.residual(risk.score(), risk.controlQuality());
            List<RiskView.Measure> measures = risk.measures().stream().map(m -> new RiskView.Measure(m.id(), m.position(),
                    m.measure(), m.periodText(), m.periodFrom(), m.periodTo(), m.unitId(), m.unitName(), m.unitText(),
                    m.planItemKey(), m.planItemKey() == null ? null : itemNames.get(m.planItemKey()), m.rounds())).toList();
            return new RiskView(risk.id(), risk.position(), risk.area(), risk.mission(), risk.process(), risk.event(),
                    risk.behaviour(), risk.factorKind(), risk.factorEvidence(), risk.riskFactors(), risk.existingControl(),
                    risk.unitId(), risk.unitName(), risk.trafficLight(), risk.likelihood(), risk.impact(), risk.score(),
                    risk.controlQuality(), band, residual, risk.change(), risk.sourceTables(), measures);
        }).toList();
        return new AssessmentView(row.id(), row.fiscalYear(), matrix, row.published(), row.publishedAt(), row.previousId(), risks);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
