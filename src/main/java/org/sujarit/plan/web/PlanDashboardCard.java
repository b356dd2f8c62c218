package org.sujarit.plan.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.sujarit.plan.PlanSummary;
import org.sujarit.plan.PlanView;
import org.sujarit.plan.Plans;
import org.sujarit.plan.Progress;
import org.sujarit.plan.Round;
import org.sujarit.plan.RoundStanding;
import org.sujarit.console.DashboardCard;
import org.sujarit.shared.TenantId;

/** The plan's score in the round being reported now, with how many items wait or are overdue. */
@Component
class PlanDashboardCard implements DashboardCard.Source {

    private final Plans plans;
    private final Progress progress;
    private final Clock clock;

    PlanDashboardCard(Plans plans, Progress progress, Clock clock) {
        this.plans = plans;
        this.progress = progress;
        this.clock = clock;
    }

    @Override
    public Optional<DashboardCard> card(TenantId tenant) {
        Optional<PlanSummary> current = plans.current(tenant);
        if (current.isEmpty()) {
            return Optional.of(new DashboardCard("nav.plan", "—", "dashboard.plan.none", List.of(), "/console/plan"));
        }
        PlanView plan = plans.view(tenant, current.get().workingRevisionId()).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        Round round = Round.reportingOn(today);
        if (round.fiscalYear() < plan.header().firstYear() || round.fiscalYear() > plan.header().lastYear()) {
            return Optional.of(new DashboardCard("nav.plan", "—", "dashboard.plan.outside", List.of(), "/console/plan"));
        }
        RoundStanding standing = progress.standing(tenant, plan, round, today);
        return Optional.of(new DashboardCard("dashboard.plan.score", standing.overall().score().toPlainString(),
                "dashboard.plan.note", List.of(String.valueOf(round.fiscalYear()), round.number(),
                        standing.overall().waiting(), standing.overdue().size()),
                "/console/plan/progress"));
    }

    @Override
    public int order() {
        return 10;
    }
}
