package org.sujarit.registers;

import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.registers.Agreement.Side;
import org.sujarit.registers.Agreement.Stage;
import org.sujarit.registers.AgreementChanged.Change;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantId;

/**
 * Signing: the person and the supervisor each sign the current version, by its hash; at the
 * year's end the supervisor records each indicator's result and the assessment, and signs it.
 */
@Service
public class SigningAgreements {

    private final AgreementRepository agreements;
    private final ApplicationEventPublisher events;

    SigningAgreements(AgreementRepository agreements, ApplicationEventPublisher events) {
        this.agreements = agreements;
        this.events = events;
    }

    /**
     * @param version the hash of the version the signer saw; a version changed since is not signed
     */
    @Transactional
    public void sign(TenantId tenant, UUID id, UUID signer, String version) {
        Agreement agreement = party(tenant, id, signer);
        Side side = agreement.checkSigner(signer);
        if (!agreement.contentHash().equals(version)) {
            throw new RuleViolation(null, "agreement.changedSince");
        }
        agreements.sign(tenant.value(), agreement, Stage.AGREEMENT, side, signer);
        events.publishEvent(AgreementChanged.of(tenant.value(), id, Change.SIGNED));
    }

    @Transactional
    public void assess(TenantId tenant, UUID id, UUID supervisor, AgreementAssessment assessment) {
        Agreement agreement = party(tenant, id, supervisor);
        agreement.checkAssessor(supervisor);
        if (assessment.results().size() != agreement.goals().size()) {
            throw new RuleViolation("results", "agreement.resultRequired");
        }
        String hash = assessment.hash(agreement.contentHash());
        agreements.assess(tenant.value(), id, assessment, hash);
        Agreement assessed = agreements.find(tenant.value(), id).orElseThrow();
        if (assessed.current(Stage.ASSESSMENT, Side.SUPERVISOR).isEmpty()) {
            agreements.sign(tenant.value(), assessed, Stage.ASSESSMENT, Side.SUPERVISOR, supervisor);
        }
        events.publishEvent(AgreementChanged.of(tenant.value(), id, Change.ASSESSED));
    }

    private Agreement party(TenantId tenant, UUID id, UUID user) {
        Agreement agreement = agreements.find(tenant.value(), id).orElseThrow(AgreementNotFound::new);
        if (agreement.sideOf(user).isEmpty()) {
            throw new AgreementNotFound();
        }
        return agreement;
    }
}
