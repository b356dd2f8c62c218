package org.sujarit.procurement;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.IndicatorSource;

/**
 * What oversight compares of the monthly procurement summaries: of the months whose summary is due
 * (the 15th of the next month has passed, {@link FiscalMonth#dueDate()}), how many were published
 * by then, and how many are still unpublished. For the years a tenant has months recorded, and the
 * current year always, so that a local government that records nothing shows its overdue months.
 */
@Component
class ProcurementIndicators implements IndicatorSource {

    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    private static final String EVIDENCE = "/procurement?year={year}";

    static final String ON_TIME = "procurement.months-on-time";
    static final String OVERDUE = "procurement.months-overdue";

    private final JdbcClient jdbc;

    ProcurementIndicators(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "procurement";
    }

    @Override
    public List<Indicator> indicators() {
        return List.of(
                new Indicator(ON_TIME, Kind.SHARE, true, false, null, null, EVIDENCE),
                new Indicator(OVERDUE, Kind.COUNT, false, false, null, null, EVIDENCE));
    }

    @Override
    public boolean affectedBy(String auditAction) {
        return auditAction.startsWith("procurement.");
    }

    private record Month(UUID tenantId, int fiscalYear, int number, Instant publishedAt) {
    }

    @Override
    @Transactional(readOnly = true)
    public List<Value> compute(Collection<UUID> tenants, LocalDate today) {
        Map<UUID, Map<Integer, Map<Integer, Instant>>> published = new HashMap<>();
        jdbc.sql("""
                        select tenant_id, fiscal_year, fiscal_month, published_at from procurement_month
                        where tenant_id = any(?)""")
                .param(tenants.toArray(UUID[]::new))
                .query((rs, n) -> {
                    Timestamp at = rs.getTimestamp("published_at");
                    return new Month(rs.getObject("tenant_id", UUID.class), rs.getInt("fiscal_year"),
                            rs.getInt("fiscal_month"), at == null ? null : at.toInstant());
                })
                .list()
                .forEach(m -> published.computeIfAbsent(m.tenantId(), t -> new HashMap<>())
                        .computeIfAbsent(m.fiscalYear(), y -> new HashMap<>()).put(m.number(), m.publishedAt()));
        FiscalYear current = FiscalYear.containing(today);
        List<Value> values = new ArrayList<>();
        for (UUID tenant : tenants) {
            Map<Integer, Map<Integer, Instant>> years = published.getOrDefault(tenant, Map.of());
            TreeSet<Integer> shown = new TreeSet<>(years.keySet());
            shown.add(current.buddhistYear());
            for (int year : shown) {
                Map<Integer, Instant> months = years.getOrDefault(year, Map.of());
                int due = 0;
                int onTime = 0;
                int overdue = 0;
                for (FiscalMonth month : FiscalMonth.of(new FiscalYear(year)).toList()) {
                    if (!month.overdueOn(today)) {
                        continue;
                    }
                    due++;
                    Instant at = months.get(month.number());
                    if (at == null) {
                        overdue++;
                    } else if (!at.atZone(BANGKOK).toLocalDate().isAfter(month.dueDate())) {
                        onTime++;
                    }
                }
                values.add(Value.share(tenant, year, ON_TIME, onTime, due));
                values.add(Value.of(tenant, year, OVERDUE, overdue));
            }
        }
        return values;
    }
}
