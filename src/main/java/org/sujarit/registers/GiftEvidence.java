package org.sujarit.registers;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.sujarit.disclosure.PublishedEvidence;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.TenantId;

/**
 * What the gift register publishes by itself for the OIT checklist: the executive's signed No Gift
 * declaration of the year (O21), and the yearly report of gifts received (O22), always live.
 */
@Component
class GiftEvidence implements PublishedEvidence.Source {

    static final String DECLARATION = "no-gift-declaration";
    static final String REPORT = "gift-report";

    private final GiftPolicyDeclarations declarations;
    private final Clock clock;

    GiftEvidence(GiftPolicyDeclarations declarations, Clock clock) {
        this.declarations = declarations;
        this.clock = clock;
    }

    @Override
    public List<String> sources() {
        return List.of(DECLARATION, REPORT);
    }

    @Override
    public List<PublishedEvidence> evidence(TenantId tenant, String slug, FiscalYear year) {
        List<PublishedEvidence> evidence = new ArrayList<>();
        declarations.find(tenant, year).ifPresent(d -> evidence.add(new PublishedEvidence(DECLARATION, "YEAR",
                "ประกาศเจตนารมณ์ No Gift Policy ปีงบประมาณ " + year, "No Gift Policy declaration, fiscal year " + year,
                "/" + slug + "/no-gift?year=" + year.buddhistYear(), d.signedAt().atZone(clock.getZone()).toLocalDate())));
        evidence.add(new PublishedEvidence(REPORT, "YEAR", "รายงานผลการรับของขวัญหรือประโยชน์อื่นใด ปีงบประมาณ " + year,
                "Report of gifts and benefits received, fiscal year " + year,
                "/" + slug + "/gifts?year=" + year.buddhistYear(), null));
        return evidence;
    }
}
