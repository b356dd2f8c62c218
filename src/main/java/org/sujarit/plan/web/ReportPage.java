package org.sujarit.plan.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.sujarit.plan.CannotReason;
import org.sujarit.plan.ItemView;
import org.sujarit.plan.KpiMeasures;
import org.sujarit.plan.KpiOverride;
import org.sujarit.plan.KpiOverrides;
import org.sujarit.plan.PlanView;
import org.sujarit.plan.ProgressReport;
import org.sujarit.plan.ProgressStatus;
import org.sujarit.plan.Round;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantMember;
import org.sujarit.tenant.Organisations;

/**
 * The round page of an item, as its report form, its evidence and the overrides of its computed
 * KPI actuals each show it again (on a 422 with what was typed): the report, the computed actuals
 * with the pages they come from, the overrides standing and their history, the evidence.
 */
@Component
class ReportPage {

    private final ProgressReporters reporters;
    private final KpiMeasures measures;
    private final KpiOverrides overrides;
    private final Organisations organisations;
    private final Clock clock;

    ReportPage(ProgressReporters reporters, KpiMeasures measures, KpiOverrides overrides, Organisations organisations,
               Clock clock) {
        this.reporters = reporters;
        this.measures = measures;
        this.overrides = overrides;
        this.organisations = organisations;
        this.clock = clock;
    }

    String show(TenantMember me, PlanView plan, ItemView item, Round round, ProgressReport report, Model model) {
        boolean open = report == null || !report.locked();
        model.addAttribute("plan", plan);
        model.addAttribute("item", item);
        model.addAttribute("round", round);
        model.addAttribute("report", report);
        model.addAttribute("statuses", ProgressStatus.values());
        model.addAttribute("reasons", CannotReason.values());
        model.addAttribute("mayReport", reporters.mayReport(me, item) && open);
        model.addAttribute("mayOverride", PlanPages.has("INTEGRITY_OFFICER") && report != null && open);
        model.addAttribute("evidenceForm", EvidenceForm.blank());
        model.addAttribute("kpiResults", ProgressForm.kpiResults(item));
        model.addAttribute("linkedResults", ProgressForm.kpiResults(item).stream().filter(r -> r.result().kpi().linked()).toList());
        model.addAttribute("linkedValues", measures.values(me.tenant(), item, round));
        model.addAttribute("computedFrom", new FiscalYear(round.fiscalYear()).firstDay());
        model.addAttribute("computedUntil", measures.until(round));
        model.addAttribute("overrideHistory", history(me, report));
        if (!model.containsAttribute("overrideForm")) {
            model.addAttribute("overrideForm", KpiOverrideForm.blank());
            model.addAttribute("overrideFor", null);
        }
        model.addAttribute("portalSlug", organisations.get(me.tenant()).slug());
        model.addAttribute("publishedEvidence", measures.evidence(me.tenant(), item));
        return "plan/report";
    }

    /** The round asked for, or the one being reported now; always within the plan's years. */
    Round round(PlanView plan, Integer year, Integer round) {
        Round now = Round.reportingOn(LocalDate.now(clock));
        int fiscalYear = year != null ? year : now.fiscalYear();
        fiscalYear = Math.max(plan.header().firstYear(), Math.min(plan.header().lastYear(), fiscalYear));
        int number = round != null ? round : (year == null ? now.number() : 1);
        if (number != 1 && number != 2) {
            throw new RuleViolation(null, "progress.round.invalid");
        }
        return new Round(fiscalYear, number);
    }

    private Map<UUID, List<KpiOverride>> history(TenantMember me, ProgressReport report) {
        return report == null ? Map.of() : overrides.history(me.tenant(), report.id()).stream()
                .collect(Collectors.groupingBy(KpiOverride::resultKey));
    }
}
