package org.sujarit.registers;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.registers.AgreementChanged.Change;
import org.sujarit.shared.TenantId;

/**
 * Reading agreements. A person opens the agreements they sign or supervise; the integrity officer
 * and the executive open everyone's. Every opening of an agreement by someone other than its
 * person is written to the audit trail, in the same transaction as the read.
 */
@Service
public class AgreementRegister {

    private final AgreementRepository agreements;
    private final AgreementStates states;
    private final ApplicationEventPublisher events;

    AgreementRegister(AgreementRepository agreements, AgreementStates states, ApplicationEventPublisher events) {
        this.agreements = agreements;
        this.states = states;
        this.events = events;
    }

    /**
     * @param seesAll whether the viewer is the integrity officer or the executive; anyone else gets
     *                only agreements they sign or supervise, and {@link AgreementNotFound} for others
     */
    @Transactional
    public Agreement open(TenantId tenant, UUID id, UUID viewer, boolean seesAll) {
        Agreement agreement = agreements.find(tenant.value(), id).orElseThrow(AgreementNotFound::new);
        if (agreement.sideOf(viewer).isEmpty() && !seesAll) {
            throw new AgreementNotFound();
        }
        if (!agreement.person().id().equals(viewer)) {
            events.publishEvent(AgreementChanged.of(tenant.value(), id, Change.VIEWED));
        }
        return agreement;
    }

    @Transactional(readOnly = true)
    public List<Agreement> ofParty(TenantId tenant, UUID user) {
        return agreements.ofParty(tenant.value(), user);
    }

    /** Every active account and its agreement of the year, in unit order. */
    @Transactional(readOnly = true)
    public List<AgreementRow> year(TenantId tenant, int year) {
        return states.year(tenant.value(), year);
    }

    @Transactional(readOnly = true)
    public Optional<LocalDate> signBy(TenantId tenant, int year) {
        return agreements.signBy(tenant.value(), year);
    }
}
