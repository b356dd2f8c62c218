package org.sujarit.plan;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.sujarit.shared.FiscalYear;
import org.sujarit.disclosure.PublishedEvidence;
import org.sujarit.shared.TenantId;

/**
 * What the plan publishes by itself, for the disclosure checklist: the published action plan for
 * each fiscal year it covers, and each published progress round (round 1 the first half, round 2
 * the year).
 */
@Component
class PlanEvidence implements PublishedEvidence.Source {

    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    private final Plans plans;
    private final Progress progress;

    PlanEvidence(Plans plans, Progress progress) {
        this.plans = plans;
        this.progress = progress;
    }

    @Override
    public List<String> sources() {
        return List.of("action-plan", "plan-progress");
    }

    @Override
    public List<PublishedEvidence> evidence(TenantId tenant, String slug, FiscalYear year) {
        List<PublishedEvidence> evidence = new ArrayList<>();
        plans.published(tenant).filter(plan -> plan.years().contains(year.buddhistYear())).ifPresent(plan -> {
            evidence.add(new PublishedEvidence("action-plan", "YEAR", "แผนปฏิบัติการป้องกันการทุจริต", "Anti-corruption action plan",
                    "/" + slug + "/plan", plan.publishedAt() == null ? null : plan.publishedAt().atZone(BANGKOK).toLocalDate()));
            for (Round round : progress.publishedRounds(tenant, plan.planId())) {
                if (round.fiscalYear() == year.buddhistYear()) {
                    evidence.add(new PublishedEvidence("plan-progress", round.number() == 1 ? "H1" : "YEAR",
                            round.number() == 1 ? "รายงานผลการดำเนินงานตามแผน รอบ ๖ เดือน" : "รายงานผลการดำเนินงานตามแผน รอบ ๑๒ เดือน",
                            round.number() == 1 ? "Action plan progress, six months" : "Action plan progress, twelve months",
                            "/" + slug + "/plan/progress?year=" + round.fiscalYear() + "&round=" + round.number(), null));
                }
            }
        });
        return evidence;
    }
}
