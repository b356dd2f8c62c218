package org.sujarit.registers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.plan.KpiMeasure;
import org.sujarit.plan.KpiType;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.TenantId;

/**
 * "ร้อยละของบุคลากรที่รับทราบประมวลจริยธรรม": of the tenant's active accounts (as for agreements),
 * the share who acknowledged the version of the code in force at the end of the year (or today,
 * while the year runs). Nothing when no version was in force.
 */
@Component
class EthicsKpiMeasures implements KpiMeasure.Source {

    static final String ACKNOWLEDGED = "registers.ethics-acknowledged";

    private final EthicsCodes codes;
    private final Clock clock;

    EthicsKpiMeasures(EthicsCodes codes, Clock clock) {
        this.codes = codes;
        this.clock = clock;
    }

    @Override
    public List<KpiMeasure> measures(TenantId tenant) {
        return List.of(new KpiMeasure(ACKNOWLEDGED, "ร้อยละของบุคลากรที่รับทราบประมวลจริยธรรม",
                "Share of staff who acknowledged the code of ethics", KpiType.PERCENT_AT_LEAST));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<KpiMeasure.Value> value(TenantId tenant, String key, FiscalYear year) {
        if (!ACKNOWLEDGED.equals(key)) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate day = year.lastDay().isBefore(today) ? year.lastDay() : today;
        return codes.inForceOn(tenant, day).map(code -> codes.report(tenant, code))
                .flatMap(report -> KpiMeasure.Value.share(report.acknowledged(), report.accounts()));
    }
}
