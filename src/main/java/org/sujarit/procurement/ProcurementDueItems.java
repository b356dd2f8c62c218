package org.sujarit.procurement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.procurement.ProcurementRepository.TenantMonth;
import org.sujarit.notification.DueItem;
import org.sujarit.shared.FiscalYear;

/**
 * Monthly summaries due for the daily digests, to the integrity officer: each month not published
 * (nor declared "no procurement") from 14 days before its due date, the 15th of the next month, and
 * afterwards as overdue, for a year at most. A tenant is reminded from the first month it recorded
 * here on: many publish their summary elsewhere (their own website, e-GP) until they move it to the
 * platform, and would otherwise be told every day of months they did publish.
 */
@Component
class ProcurementDueItems implements DueItem.Source {

    static final int NOTICE_DAYS = 14;

    private final ProcurementRepository repository;

    ProcurementDueItems(ProcurementRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public List<DueItem> dueItems(LocalDate today) {
        FiscalYear current = FiscalYear.containing(today);
        List<FiscalMonth> months = new ArrayList<>();
        for (FiscalYear year : List.of(current.previous().previous(), current.previous(), current)) {
            FiscalMonth.of(year).filter(m -> !m.dueDate().isAfter(today.plusDays(NOTICE_DAYS))
                    && m.dueDate().isAfter(today.minusYears(1))).forEach(months::add);
        }
        Map<UUID, TenantMonth> firstMonths = repository.firstMonths();
        if (months.isEmpty() || firstMonths.isEmpty()) {
            return List.of();
        }
        Set<TenantMonth> published = Set.copyOf(repository.publishedMonths(
                months.get(0).year().buddhistYear(), current.buddhistYear()));
        List<DueItem> items = new ArrayList<>();
        firstMonths.forEach((tenant, first) -> {
            for (FiscalMonth month : months) {
                TenantMonth key = new TenantMonth(tenant, month.year().buddhistYear(), month.number());
                if (before(key, first) || published.contains(key)) {
                    continue;
                }
                items.add(new DueItem(tenant, null, "procurement",
                        "เผยแพร่สรุปผลการจัดซื้อจัดจ้าง เดือน" + month.nameTh(),
                        "Publish the procurement summary of " + month.nameEn(), month.dueDate(),
                        "/console/procurement/" + month.year().buddhistYear() + "/" + month.number(), false));
            }
        });
        return items;
    }

    private static boolean before(TenantMonth month, TenantMonth first) {
        return month.fiscalYear() < first.fiscalYear()
                || month.fiscalYear() == first.fiscalYear() && month.fiscalMonth() < first.fiscalMonth();
    }
}
