package org.sujarit.complaint;

import java.util.List;

import org.springframework.stereotype.Component;
import org.sujarit.shared.FiscalYear;
import org.sujarit.disclosure.PublishedEvidence;
import org.sujarit.shared.TenantId;

/**
 * What the complaint centre publishes by itself, always live, for the disclosure checklist: the
 * page that says how to complain and how a complaint is handled, the separate corruption channel,
 * and the statistics of the year.
 */
@Component
class ComplaintEvidence implements PublishedEvidence.Source {

    @Override
    public List<String> sources() {
        return List.of("complaint-manual", "corruption-channel", "complaint-statistics");
    }

    @Override
    public List<PublishedEvidence> evidence(TenantId tenant, String slug, FiscalYear year) {
        return List.of(
                new PublishedEvidence("complaint-manual", "ONCE", "ช่องทางและขั้นตอนการร้องเรียน", "How to complain and how it is handled",
                        "/" + slug + "/complaints", null),
                new PublishedEvidence("corruption-channel", "ONCE", "ช่องทางร้องเรียนการทุจริตและประพฤติมิชอบ",
                        "Corruption and misconduct reports", "/" + slug + "/complaints/corruption", null),
                new PublishedEvidence("complaint-statistics", "ONCE", "สถิติเรื่องร้องเรียน ปีงบประมาณ " + year,
                        "Complaint statistics, fiscal year " + year, "/" + slug + "/complaints/statistics?year=" + year, null));
    }
}
