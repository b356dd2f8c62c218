package org.sujarit.registers.staff;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.sujarit.plan.KpiMeasure;
import org.sujarit.plan.KpiType;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.TenantId;
import org.sujarit.staff.StaffActivation;

/**
 * "ร้อยละของบุคลากรที่เปิดใช้บัญชีแล้ว": of the active members of staff whose account existed by
 * the fiscal year's end (or today, for the year under way), the share who have set their own
 * password. Counted as the accounts stand today: an account activated after the year's end
 * counts for that year too. No value before the first account exists.
 */
@Component
class StaffActivationMeasure implements KpiMeasure.Source {

    static final String KEY = "staff.accounts-activated";
    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    private static final KpiMeasure MEASURE = new KpiMeasure(KEY, "ร้อยละของบุคลากรที่เปิดใช้บัญชีแล้ว",
            "Share of staff who have activated their account", KpiType.PERCENT_AT_LEAST);

    private final StaffActivation activation;
    private final Clock clock;

    StaffActivationMeasure(StaffActivation activation, Clock clock) {
        this.activation = activation;
        this.clock = clock;
    }

    @Override
    public List<KpiMeasure> measures(TenantId tenant) {
        return List.of(MEASURE);
    }

    @Override
    public Optional<KpiMeasure.Value> value(TenantId tenant, String key, FiscalYear year) {
        if (!KEY.equals(key)) {
            return Optional.empty();
        }
        Instant yearEnd = year.lastDay().plusDays(1).atTime(LocalTime.MIDNIGHT).atZone(BANGKOK).toInstant();
        Instant now = clock.instant();
        StaffActivation.Count count = activation.count(tenant, yearEnd.isBefore(now) ? yearEnd : now);
        if (count.total() == 0) {
            return Optional.empty();
        }
        BigDecimal share = BigDecimal.valueOf(count.activated()).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(count.total()), 2, RoundingMode.HALF_UP).stripTrailingZeros();
        return Optional.of(new KpiMeasure.Value(share.scale() < 0 ? share.setScale(0) : share, count.activated(), count.total()));
    }
}
