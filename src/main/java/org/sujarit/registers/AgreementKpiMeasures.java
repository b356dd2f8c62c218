package org.sujarit.registers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.plan.KpiMeasure;
import org.sujarit.plan.KpiType;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.TenantId;

/**
 * "ร้อยละของบุคลากรที่ลงนามข้อตกลงการปฏิบัติราชการ": of the tenant's active accounts (every account
 * of any role that is not switched off, counted when asked), the share whose own agreement of the
 * year is signed by both sides on its current version. An agreement signed for a unit does not
 * count for its head as a person.
 */
@Component
class AgreementKpiMeasures implements KpiMeasure.Source {

    static final String SIGNED = "registers.agreements-signed";

    private final AgreementStates states;

    AgreementKpiMeasures(AgreementStates states) {
        this.states = states;
    }

    @Override
    public List<KpiMeasure> measures(TenantId tenant) {
        return List.of(new KpiMeasure(SIGNED, "ร้อยละของบุคลากรที่ลงนามข้อตกลงการปฏิบัติราชการ",
                "Share of staff who signed their performance agreement", KpiType.PERCENT_AT_LEAST));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<KpiMeasure.Value> value(TenantId tenant, String key, FiscalYear year) {
        if (!SIGNED.equals(key)) {
            return Optional.empty();
        }
        long[] counts = states.signedOfActive(tenant.value(), year.buddhistYear());
        return KpiMeasure.Value.share(counts[1], counts[0]);
    }
}
