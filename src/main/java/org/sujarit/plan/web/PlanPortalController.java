package org.sujarit.plan.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.sujarit.infrastructure.db.replica.ReadsFromReplica;
import org.sujarit.plan.ItemView;
import org.sujarit.plan.KpiMeasures;
import org.sujarit.plan.PlanNotFound;
import org.sujarit.plan.PlanView;
import org.sujarit.plan.Plans;
import org.sujarit.plan.TreatedRisks;
import org.sujarit.plan.Progress;
import org.sujarit.plan.Round;
import org.sujarit.shared.ConsoleLink;
import org.sujarit.portal.PortalLink;
import org.sujarit.tenant.Organisation;
import org.sujarit.tenant.Organisations;
import org.sujarit.tenant.Slugs;

/** The published plan on the public portal: dimensions, items, detail sheets and published rounds. */
@Controller
@ReadsFromReplica
@RequestMapping("/{slug:" + Slugs.PATTERN + "}/plan")
class PlanPortalController {

    private final Organisations organisations;
    private final Plans plans;
    private final Progress progress;
    private final Clock clock;
    private final ObjectProvider<TreatedRisks> treatedRisks;
    private final KpiMeasures measures;

    PlanPortalController(Organisations organisations, Plans plans, Progress progress, Clock clock,
                         ObjectProvider<TreatedRisks> treatedRisks, KpiMeasures measures) {
        this.organisations = organisations;
        this.plans = plans;
        this.progress = progress;
        this.clock = clock;
        this.treatedRisks = treatedRisks;
        this.measures = measures;
    }

    @GetMapping
    String plan(@PathVariable String slug, Model model) {
        Organisation organisation = organisation(slug);
        model.addAttribute("organisation", organisation);
        plans.published(organisation.id()).ifPresent(plan -> {
            model.addAttribute("plan", plan);
            model.addAttribute("rounds", progress.publishedRounds(organisation.id(), plan.planId()));
        });
        return "plan/portal";
    }

    @GetMapping("/items/{itemKey}")
    String item(@PathVariable String slug, @PathVariable UUID itemKey, Model model) {
        Organisation organisation = organisation(slug);
        PlanView plan = plans.published(organisation.id()).orElseThrow(() -> new PlanNotFound("plan"));
        model.addAttribute("organisation", organisation);
        model.addAttribute("plan", plan);
        ItemView item = ProgressController.item(plan, itemKey);
        model.addAttribute("item", item);
        model.addAttribute("treated", PlanPages.treated(treatedRisks, organisation.id(), itemKey, true));
        model.addAttribute("publishedEvidence", measures.evidence(organisation.id(), item));
        return "plan/portal-item";
    }

    @GetMapping("/progress")
    String round(@PathVariable String slug, @RequestParam int year, @RequestParam int round, Model model) {
        Organisation organisation = organisation(slug);
        PlanView plan = plans.published(organisation.id()).orElseThrow(() -> new PlanNotFound("plan"));
        Round selected = new Round(year, round);
        if (!progress.publishedRounds(organisation.id(), plan.planId()).contains(selected)) {
            throw new PlanNotFound("round");
        }
        model.addAttribute("organisation", organisation);
        model.addAttribute("plan", plan);
        model.addAttribute("round", selected);
        model.addAttribute("standing", progress.standing(organisation.id(), plan, selected, LocalDate.now(clock)));
        return "plan/portal-progress";
    }

    private Organisation organisation(String slug) {
        return organisations.findBySlug(slug).orElseThrow(() -> new PlanNotFound("organisation"));
    }

    @Bean
    static PortalLink planPortalLink() {
        return new PortalLink("portal.plan", "/plan", "portal.planDescription", 10);
    }

    @Bean
    static ConsoleLink planConsoleLink() {
        return new ConsoleLink("nav.plan", "/console/plan", List.of("TENANT_ADMIN", "INTEGRITY_OFFICER", "UNIT_STAFF",
                "EXECUTIVE", "INTERNAL_AUDITOR", "COUNCIL_MEMBER"), 40);
    }
}
