package org.sujarit.procurement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Component;
import org.sujarit.shared.FiscalYear;
import org.sujarit.disclosure.OpenDataset;
import org.sujarit.shared.TenantId;

/**
 * The summaries of the current and the last fiscal year as datasets of the portal's open-data page
 * and its catalogue, each changed when its latest month was published.
 */
@Component
class ProcurementDatasets implements OpenDataset.Source {

    private final ProcurementSummaries summaries;
    private final Clock clock;

    ProcurementDatasets(ProcurementSummaries summaries, Clock clock) {
        this.summaries = summaries;
        this.clock = clock;
    }

    @Override
    public List<OpenDataset> datasets(TenantId tenant, String slug) {
        FiscalYear current = FiscalYear.containing(LocalDate.now(clock));
        return List.of(current, current.previous()).stream().map(year -> {
            LocalDate modified = summaries.published(tenant, year.buddhistYear()).stream()
                    .map(MonthSummary::publishedAt).filter(Objects::nonNull).max(Comparator.naturalOrder())
                    .map(at -> at.atZone(clock.getZone()).toLocalDate()).orElse(null);
            String path = "/" + slug + "/open-data/procurement-" + year;
            return new OpenDataset("procurement-" + year, "สรุปผลการจัดซื้อจัดจ้างประจำเดือน ปีงบประมาณ " + year,
                    "Monthly procurement summaries, fiscal year " + year,
                    "รายการจัดซื้อจัดจ้างของเดือนที่เผยแพร่แล้ว ตามแบบ สขร.๑ หนึ่งแถวต่อหนึ่งรายการ",
                    "The purchases of each published month in the columns of form SKhR 1, one row per purchase",
                    modified, List.of(new OpenDataset.Distribution("CSV", "text/csv", path + ".csv"),
                            new OpenDataset.Distribution("JSON", "application/json", path + ".json")));
        }).toList();
    }
}
