package org.sujarit.survey;

import java.util.List;

import org.springframework.stereotype.Component;
import org.sujarit.disclosure.PublishedEvidence;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.TenantId;

/** The consultations whose summary was published in the year: the OIT's participation item (O20, o30). */
@Component
class ConsultationEvidence implements PublishedEvidence.Source {

    static final String SOURCE = "public-consultation";

    private final Consultations consultations;

    ConsultationEvidence(Consultations consultations) {
        this.consultations = consultations;
    }

    @Override
    public List<String> sources() {
        return List.of(SOURCE);
    }

    @Override
    public List<PublishedEvidence> evidence(TenantId tenant, String slug, FiscalYear year) {
        return consultations.summarisedIn(tenant, year).stream()
                .map(l -> new PublishedEvidence(SOURCE, "YEAR", "สรุปผลการรับฟังความคิดเห็น: " + l.survey().titleTh(),
                        l.survey().titleEn() == null ? null : "Consultation summary: " + l.survey().titleEn(),
                        "/" + slug + "/consultations/" + l.survey().id(), l.consultation().summaryPublishedOn()))
                .toList();
    }
}
