package org.sujarit.risk;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.risk.RiskChanged.Change;
import org.sujarit.risk.RiskContent.MeasureContent;
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
 * published assessment is on the portal until it is returned to draft ({@link Assessment} holds
 * these moves). Monitoring continues either way. Measures link to the plan through {@link RiskPlanLinks}.
 */
@Service
public class RiskAssessments {

    private final RiskRepository repository;
    private final Units units;
    private final RiskPlanLinks plan;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RiskAssessments(RiskRepository repository, Units units, RiskPlanLinks plan, ApplicationEventPublisher events,
                    Clock clock) {
        this.repository = repository;
        this.units = units;
        this.plan = plan;
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
                .max(Comparator.comparingInt(RiskMatrix::version));
    }

    /** The fiscal years assessed, latest first, and whether each is published. */
    @Transactional(readOnly = true)
    public List<YearSummary> years(TenantId tenant) {
        return repository.assessments(tenant).stream()
                .map(assessment -> new YearSummary(assessment.fiscalYear(), assessment.published())).toList();
    }

    public record YearSummary(int fiscalYear, boolean published) {
    }

    @Transactional(readOnly = true)
    public Optional<AssessmentView> view(TenantId tenant, int fiscalYear) {
        return repository.assessment(tenant, fiscalYear).map(assessment -> view(tenant, assessment));
    }

    @Transactional(readOnly = true)
    public Optional<AssessmentView> published(TenantId tenant, int fiscalYear) {
        return view(tenant, fiscalYear).filter(AssessmentView::published);
    }

    @Transactional(readOnly = true)
    public Optional<AssessmentView> latestPublished(TenantId tenant) {
        return repository.assessments(tenant).stream().filter(Assessment::published).findFirst()
                .map(assessment -> view(tenant, assessment));
    }

    /** Whether the tenant's register holds this risk, in any year. */
    @Transactional(readOnly = true)
    public boolean hasRisk(TenantId tenant, UUID riskId) {
        return repository.assessmentOfRisk(tenant, riskId).isPresent();
    }

    @Transactional
    public UUID create(TenantId tenant, int fiscalYear, UUID matrixId) {
        repository.matrix(matrixId).orElseThrow(() -> new RuleViolation("matrixId", "risk.matrix.unknown"));
        UUID id = insertAssessment(tenant, fiscalYear, matrixId, null);
        events.publishEvent(new RiskChanged(tenant.value(), "risk-assessment", id, Change.ASSESSMENT_CREATED));
        return id;
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
        Assessment from = repository.assessment(tenant, fromYear).orElseThrow(() -> new RiskNotFound("assessment"));
        UUID id = insertAssessment(tenant, toYear, from.matrixId(), from.id());
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

    private UUID insertAssessment(TenantId tenant, int fiscalYear, UUID matrixId, UUID previousId) {
        try {
            return repository.insertAssessment(tenant, fiscalYear, matrixId, previousId);
        } catch (DuplicateKeyException e) {
            throw new RuleViolation("fiscalYear", "risk.year.taken");
        }
    }

    @Transactional
    public UUID addRisk(TenantId tenant, int fiscalYear, RiskContent risk, UnitId unit) {
        Assessment assessment = draft(tenant, fiscalYear);
        risk.check(matrix(assessment));
        UUID id = repository.insertRisk(tenant, assessment.id(), risk, unit(tenant, unit, risk.unit()), null);
        for (MeasureContent measure : risk.measures()) {
            measure.check();
            repository.insertMeasure(tenant, id, measure, unit(tenant, null, measure.unit()),
                    plan.itemKeyByName(tenant, measure.planItem()));
        }
        events.publishEvent(new RiskChanged(tenant.value(), "risk", id, Change.RISK_ADDED));
        return id;
    }

    @Transactional
    public void editRisk(TenantId tenant, UUID riskId, RiskContent risk, UnitId unit) {
        Assessment assessment = draftOfRisk(tenant, riskId);
        risk.check(matrix(assessment));
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
        measure.check();
        UUID id = repository.insertMeasure(tenant, riskId, measure, unit(tenant, unit, measure.unit()),
                plan.itemKey(tenant, planItemKey));
        events.publishEvent(new RiskChanged(tenant.value(), "risk-measure", id, Change.MEASURE_ADDED));
        return id;
    }

    @Transactional
    public void editMeasure(TenantId tenant, UUID measureId, MeasureContent measure, UnitId unit, UUID planItemKey) {
        draftOfRisk(tenant, riskOfMeasure(tenant, measureId));
        measure.check();
        repository.updateMeasure(tenant, measureId, measure, unit(tenant, unit, measure.unit()), plan.itemKey(tenant, planItemKey));
        events.publishEvent(new RiskChanged(tenant.value(), "risk-measure", measureId, Change.MEASURE_EDITED));
    }

    @Transactional
    public void removeMeasure(TenantId tenant, UUID measureId) {
        draftOfRisk(tenant, riskOfMeasure(tenant, measureId));
        repository.deleteMeasure(tenant, measureId);
        events.publishEvent(new RiskChanged(tenant.value(), "risk-measure", measureId, Change.MEASURE_REMOVED));
    }

    /** Steps 6–9: how a measure went in a round, and how good the control now is. */
    @Transactional
    public void monitor(TenantId tenant, UUID measureId, int round, Monitoring monitoring, UUID by) {
        riskOfMeasure(tenant, measureId);
        if (round != 1 && round != 2) {
            throw new RuleViolation("round", "progress.round.invalid");
        }
        monitoring.check();
        repository.saveMonitoring(tenant, measureId, round, monitoring.status(), monitoring.progressPct(),
                blank(monitoring.result()), blank(monitoring.problems()), blank(monitoring.fixes()),
                monitoring.controlQuality(), by, clock.instant());
        events.publishEvent(new RiskChanged(tenant.value(), "risk-measure", measureId, Change.MONITORED));
    }

    public record Monitoring(String status, int progressPct, String result, String problems, String fixes,
                             RiskTypes.ControlQuality controlQuality) {

        /** A round has a status and a progress between 0 and 100 per cent. */
        void check() {
            if (status == null) {
                throw new RuleViolation("status", "validation.required");
            }
            if (progressPct < 0 || progressPct > 100) {
                throw new RuleViolation("progressPct", "risk.progress.range");
            }
        }
    }

    @Transactional
    public void publish(TenantId tenant, int fiscalYear) {
        Assessment published = assessment(tenant, fiscalYear).publish(clock.instant());
        repository.save(tenant, published);
        events.publishEvent(new RiskChanged(tenant.value(), "risk-assessment", published.id(), Change.PUBLISHED));
    }

    @Transactional
    public void returnToDraft(TenantId tenant, int fiscalYear) {
        Assessment draft = assessment(tenant, fiscalYear).returnToDraft();
        repository.save(tenant, draft);
        events.publishEvent(new RiskChanged(tenant.value(), "risk-assessment", draft.id(), Change.UNPUBLISHED));
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

    private Assessment assessment(TenantId tenant, int fiscalYear) {
        return repository.assessment(tenant, fiscalYear).orElseThrow(() -> new RiskNotFound("assessment"));
    }

    private Assessment draft(TenantId tenant, int fiscalYear) {
        return assessment(tenant, fiscalYear).requireDraft();
    }

    private Assessment draftOfRisk(TenantId tenant, UUID riskId) {
        return repository.assessmentOfRisk(tenant, riskId).orElseThrow(() -> new RiskNotFound("risk")).requireDraft();
    }

    private UUID riskOfMeasure(TenantId tenant, UUID measureId) {
        return repository.riskOfMeasure(tenant, measureId).orElseThrow(() -> new RiskNotFound("measure"));
    }

    private RiskMatrix matrix(Assessment assessment) {
        return repository.matrix(assessment.matrixId()).orElseThrow();
    }

    private AssessmentView view(TenantId tenant, Assessment assessment) {
        RiskMatrix matrix = matrix(assessment);
        Map<UUID, String> itemNames = plan.names(tenant);
        List<RiskView> risks = repository.risks(tenant, assessment.id()).stream().map(risk -> {
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
        return new AssessmentView(assessment.id(), assessment.fiscalYear(), matrix, assessment.published(),
                assessment.publishedAt(), assessment.previousId(), risks);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
