package org.sujarit.procurement;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;
import org.sujarit.shared.FiscalYear;
import org.sujarit.disclosure.PublishedEvidence;
import org.sujarit.shared.TenantId;

/** Each published month — with its purchases or as "no procurement" — is evidence for the checklist's item. */
@Component
class ProcurementEvidence implements PublishedEvidence.Source {

    static final String SOURCE = "procurement-summary";

    private final ProcurementSummaries summaries;
    private final Clock clock;

    ProcurementEvidence(ProcurementSummaries summaries, Clock clock) {
        this.summaries = summaries;
        this.clock = clock;
    }

    @Override
    public List<String> sources() {
        return List.of("procurement-summary");
    }

    @Override
    public List<PublishedEvidence> evidence(TenantId tenant, String slug, FiscalYear year) {
        return summaries.published(tenant, year.buddhistYear()).stream().map(summary -> {
            FiscalMonth month = summary.month();
            return new PublishedEvidence(SOURCE, month.period(), "สรุปผลการจัดซื้อจัดจ้าง เดือน" + month.nameTh(),
                    "Procurement summary, " + month.nameEn(),
                    "/" + slug + "/procurement?year=" + year.buddhistYear() + "#" + month.anchor(),
                    summary.publishedAt().atZone(clock.getZone()).toLocalDate());
        }).toList();
    }
}
