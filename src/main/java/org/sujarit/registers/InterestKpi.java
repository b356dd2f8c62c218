package org.sujarit.registers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.sujarit.plan.KpiMeasure;
import org.sujarit.plan.KpiType;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.TenantId;

/**
 * "ร้อยละของบุคลากรที่ยื่นแบบแสดงผลประโยชน์": the accounts with a yearly declaration of the fiscal
 * year out of the tenant's active accounts now (every role counts, the basic staff role included;
 * an account deactivated since no longer counts on either side).
 */
@Component
class InterestKpi implements KpiMeasure.Source {

    static final String DECLARED = "registers.interests-declared";

    private final InterestDeclarations declarations;

    InterestKpi(InterestDeclarations declarations) {
        this.declarations = declarations;
    }

    @Override
    public List<KpiMeasure> measures(TenantId tenant) {
        return List.of(new KpiMeasure(DECLARED, "ร้อยละของบุคลากรที่ยื่นแบบแสดงผลประโยชน์",
                "Share of staff who filed a declaration of interests", KpiType.PERCENT_AT_LEAST));
    }

    @Override
    public Optional<KpiMeasure.Value> value(TenantId tenant, String key, FiscalYear year) {
        if (!DECLARED.equals(key)) {
            return Optional.empty();
        }
        InterestDeclarations.Share share = declarations.share(tenant, year.buddhistYear());
        if (share.accounts() == 0) {
            return Optional.empty();
        }
        BigDecimal percent = BigDecimal.valueOf(share.declared() * 100).divide(BigDecimal.valueOf(share.accounts()), 2,
                RoundingMode.HALF_UP);
        return Optional.of(new KpiMeasure.Value(percent, share.declared(), share.accounts()));
    }
}
