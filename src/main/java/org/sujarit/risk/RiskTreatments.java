package org.sujarit.risk;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.plan.TreatedRisks;
import org.sujarit.shared.TenantId;

/** Tells the plan which risks each of its items treats, through the measures linked to it. */
@Component
class RiskTreatments implements TreatedRisks {

    private final RiskRepository repository;

    RiskTreatments(RiskRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TreatedRisk> treatedBy(TenantId tenant, UUID itemKey, boolean publishedOnly) {
        return repository.treatedBy(tenant, itemKey, publishedOnly);
    }
}
