package org.sujarit.complaint;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.complaint.Filing.Upload;
import org.sujarit.risk.RiskAssessments;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantId;
import org.sujarit.tenant.Unit;
import org.sujarit.tenant.UnitId;
import org.sujarit.tenant.Units;

/**
 * Staff handle a case: each step of the workflow with its reason, replies to the citizen and
 * internal notes, the priority, the earlier case it repeats, the cause found, a reopening. The
 * rules are the case's ({@link Complaint}); this says which case, which facts of the tenant they
 * need (its units, its risk register) and when.
 */
@Service
public class HandlingCases {

    private final ComplaintRepository repository;
    private final Cases cases;
    private final ComplaintSettings settings;
    private final Units units;
    private final RiskAssessments risks;
    private final Clock clock;

    HandlingCases(ComplaintRepository repository, Cases cases, ComplaintSettings settings, Units units, RiskAssessments risks,
                  Clock clock) {
        this.repository = repository;
        this.cases = cases;
        this.settings = settings;
        this.units = units;
        this.risks = risks;
        this.clock = clock;
    }

    /**
     * Moves a case a step. A reason is recorded at every step (kept internal); not accepting,
     * referring and resolving also need the message the citizen reads; assigning needs a unit.
     */
    @Transactional
    public void move(TenantId tenant, UUID caseId, CaseStatus to, String reason, String messageToCitizen, UUID unitId,
                     UUID actorId) {
        Complaint c = repository.get(tenant, caseId);
        c.move(to, reason, messageToCitizen, unitId,
                unit -> units.find(tenant, new UnitId(unit)).filter(Unit::active).isPresent(), actorId, clock.instant());
        repository.save(c);
    }

    /**
     * A reply to the citizen. An explanation is the reply the seed's rule asks for when the case
     * cannot be handled within 15 days: it keeps the action deadline.
     */
    @Transactional
    public void reply(TenantId tenant, UUID caseId, String text, boolean explanation, List<Upload> uploads, UUID actorId) {
        Complaint c = repository.get(tenant, caseId);
        c.reply(text, explanation, uploads, actorId, clock.instant());
        repository.save(c);
    }

    /** An internal note: never shown to the citizen. */
    @Transactional
    public void note(TenantId tenant, UUID caseId, String text, List<Upload> uploads, UUID actorId) {
        Complaint c = repository.get(tenant, caseId);
        c.note(text, uploads, actorId, clock.instant());
        repository.save(c);
    }

    @Transactional
    public void setPriority(TenantId tenant, UUID caseId, Priority priority, UUID actorId) {
        Complaint c = repository.get(tenant, caseId);
        c.prioritise(priority, actorId, clock.instant());
        repository.save(c);
    }

    /**
     * Links a case to the earlier case it repeats (same tenant); a blank number removes the link. A
     * case hidden from the officer (a report about their own unit) is answered as unknown, so the
     * number typed does not tell them it exists.
     */
    @Transactional
    public void markDuplicate(TenantId tenant, UUID caseId, String originalNumber, CaseAccess.Scope scope, UUID actorId) {
        Complaint c = repository.get(tenant, caseId);
        Complaint original = null;
        if (!Filing.blank(originalNumber)) {
            UUID originalId = cases.findByNumber(tenant, originalNumber).filter(o -> !scope.hides(o)).map(CaseView::id)
                    .orElseThrow(() -> new RuleViolation("originalNumber", "complaint.duplicate.unknown"));
            original = repository.get(tenant, originalId);
        }
        c.repeats(original, CaseNumber.normalise(originalNumber), actorId, clock.instant());
        repository.save(c);
    }

    /**
     * The cause of a handled case, with the risk of the register it bears on (which turns the risk's
     * factor into a known one) and the measure to prevent it happening again.
     */
    @Transactional
    public void analyseCause(TenantId tenant, UUID caseId, Cause cause, UUID riskId, String preventiveMeasure, UUID actorId) {
        Complaint c = repository.get(tenant, caseId);
        c.causedBy(cause, riskId, risk -> risks.hasRisk(tenant, risk), preventiveMeasure, actorId, clock.instant());
        repository.save(c);
    }

    /** Staff reopen a finished or resolved case, with a reason; it goes back to work with a new action deadline. */
    @Transactional
    public void reopen(TenantId tenant, UUID caseId, String reason, UUID actorId) {
        Complaint c = repository.get(tenant, caseId);
        c.reopen(reason, settings.settings(tenant), actorId, clock.instant());
        repository.save(c);
    }
}
