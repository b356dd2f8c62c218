package org.sujarit.registers;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.risk.KnownFactorEvidence;
import org.sujarit.shared.TenantMember;

/**
 * Flags the integrity officer recorded against a risk, as evidence that its factor is known. The
 * risk page names the bidder; the purchase and the way to the flag are for those who oversee the
 * declarations, and the member of staff is named to nobody there.
 */
@Component
class FlagRiskEvidence implements KnownFactorEvidence {

    private final FlagRepository repository;

    FlagRiskEvidence(FlagRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Evidence> evidenceFor(TenantMember viewer, UUID riskId) {
        if (!viewer.hasTenant()) {
            return List.of();
        }
        boolean overseer = InterestRoles.overseer(viewer);
        return repository.ofRisk(viewer.tenant(), riskId).stream()
                .map(f -> overseer ? new Evidence("interest.flag.evidence", f.party(), f.work(),
                        "/console/registers/flags#flag-" + f.id())
                        : new Evidence("interest.flag.evidence", f.party(), null, null))
                .toList();
    }
}
