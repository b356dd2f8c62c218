package org.sujarit.risk;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.sujarit.shared.FiscalYear;
import org.sujarit.disclosure.PublishedEvidence;
import org.sujarit.shared.TenantId;

/**
 * What the risk register publishes by itself, for the disclosure checklist: the year's published
 * assessment and, once a measure has a monitoring round, its treatment report.
 */
@Component
class RiskEvidence implements PublishedEvidence.Source {

    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    private final RiskAssessments risks;

    RiskEvidence(RiskAssessments risks) {
        this.risks = risks;
    }

    @Override
    public List<String> sources() {
        return List.of("risk-assessment", "risk-treatment");
    }

    @Override
    public List<PublishedEvidence> evidence(TenantId tenant, String slug, FiscalYear year) {
        List<PublishedEvidence> evidence = new ArrayList<>();
        risks.published(tenant, year.buddhistYear()).ifPresent(assessment -> {
            String path = "/" + slug + "/risk/" + year.buddhistYear();
            evidence.add(new PublishedEvidence("risk-assessment", "YEAR", "การประเมินความเสี่ยงการทุจริต ปีงบประมาณ " + year,
                    "Corruption risk assessment, fiscal year " + year, path,
                    assessment.publishedAt() == null ? null : assessment.publishedAt().atZone(BANGKOK).toLocalDate()));
            boolean monitored = assessment.risks().stream().flatMap(r -> r.measures().stream())
                    .anyMatch(m -> !m.rounds().isEmpty());
            if (monitored) {
                evidence.add(new PublishedEvidence("risk-treatment", "YEAR", "ผลการดำเนินการตามมาตรการจัดการความเสี่ยง",
                        "Results of the risk treatment measures", path, null));
            }
        });
        return evidence;
    }
}
