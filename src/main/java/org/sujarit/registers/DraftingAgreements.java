package org.sujarit.registers;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.registers.AgreementChanged.Change;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantId;

/**
 * Drafting agreements: the integrity officer drafts one for anyone, or one for every active
 * account of a unit (and the units beneath it) from the same goals; the supervisor drafts those
 * they supervise. Revising a version makes a new one that both sign again; an assessed agreement
 * is no longer revised.
 */
@Service
public class DraftingAgreements {

    private final AgreementRepository agreements;
    private final ApplicationEventPublisher events;

    DraftingAgreements(AgreementRepository agreements, ApplicationEventPublisher events) {
        this.agreements = agreements;
        this.events = events;
    }

    /** @param officer whether the drafter is the integrity officer; anyone else drafts only as the supervisor */
    @Transactional
    public UUID draft(TenantId tenant, AgreementContent content, UUID by, boolean officer) {
        if (!officer && !content.supervisorId().equals(by)) {
            throw new RuleViolation("supervisorId", "agreement.draftAsSupervisor");
        }
        checkParties(tenant, content);
        if (agreements.exists(tenant.value(), content.fiscalYear(), content.personId(), content.unitId())) {
            throw new RuleViolation("personId", "agreement.exists");
        }
        UUID id = agreements.insert(tenant.value(), content, by);
        events.publishEvent(AgreementChanged.of(tenant.value(), id, Change.DRAFTED));
        return id;
    }

    /** A new version, when the content changed; the same agreement otherwise. */
    @Transactional
    public void revise(TenantId tenant, UUID id, AgreementContent content, UUID by, boolean officer) {
        Agreement agreement = agreements.find(tenant.value(), id).orElseThrow(AgreementNotFound::new);
        if (!officer && !agreement.supervisor().id().equals(by)) {
            throw new AgreementNotFound();
        }
        if (!officer && !content.supervisorId().equals(by)) {
            throw new RuleViolation("supervisorId", "agreement.draftAsSupervisor");
        }
        agreement.checkRevisable();
        if (content.fiscalYear() != agreement.fiscalYear() || !content.personId().equals(agreement.person().id())
                || !java.util.Objects.equals(content.unitId(), agreement.unitId())) {
            throw new RuleViolation("personId", "agreement.personFixed");
        }
        checkParties(tenant, content);
        if (content.hash().equals(agreement.contentHash())) {
            return;
        }
        agreements.revise(tenant.value(), id, agreement.version() + 1, content, by);
        events.publishEvent(AgreementChanged.of(tenant.value(), id, Change.REVISED));
    }

    /**
     * One agreement with the same goals for every active account of the unit and the units beneath
     * it, except the supervisor and those who already have their own agreement of the year.
     *
     * @return how many were drafted
     */
    @Transactional
    public int draftForUnit(TenantId tenant, int year, UUID unit, UUID supervisor, List<AgreementGoal> goals, UUID by) {
        if (unit == null || !agreements.unitOf(tenant.value(), unit)) {
            throw new RuleViolation("unitId", "agreement.unitRequired");
        }
        if (supervisor == null || !agreements.activeAccount(tenant.value(), supervisor)) {
            throw new RuleViolation("supervisorId", "agreement.supervisorRequired");
        }
        AgreementContent.checkGoals(goals);
        int drafted = 0;
        for (UUID person : agreements.activeAccountsWithin(tenant.value(), unit)) {
            if (person.equals(supervisor) || agreements.exists(tenant.value(), year, person, null)) {
                continue;
            }
            UUID id = agreements.insert(tenant.value(), new AgreementContent(year, person, null, supervisor, goals), by);
            events.publishEvent(AgreementChanged.of(tenant.value(), id, Change.DRAFTED));
            drafted++;
        }
        return drafted;
    }

    /** The date by which the year's agreements are to be signed; past it, those still waiting go to the digest. */
    @Transactional
    public void setSignBy(TenantId tenant, int year, LocalDate date) {
        if (date == null) {
            throw new RuleViolation("signBy", "agreement.signByRequired");
        }
        FiscalYear fiscalYear = new FiscalYear(year);
        if (date.isBefore(fiscalYear.firstDay()) || date.isAfter(fiscalYear.lastDay())) {
            throw new RuleViolation("signBy", "agreement.signByOutsideYear");
        }
        agreements.setSignBy(tenant.value(), year, date);
        events.publishEvent(new AgreementChanged(tenant.value(), "agreement-year", String.valueOf(year), Change.SIGN_BY_SET));
    }

    private void checkParties(TenantId tenant, AgreementContent content) {
        if (!agreements.activeAccount(tenant.value(), content.personId())) {
            throw new RuleViolation("personId", "agreement.personRequired");
        }
        if (!agreements.activeAccount(tenant.value(), content.supervisorId())) {
            throw new RuleViolation("supervisorId", "agreement.supervisorRequired");
        }
        if (content.unitId() != null && !agreements.unitOf(tenant.value(), content.unitId())) {
            throw new RuleViolation("unitId", "agreement.unitRequired");
        }
    }
}
