package org.sujarit.risk.web;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.sujarit.risk.AssessmentView;
import org.sujarit.risk.RiskAssessments;
import org.sujarit.risk.RiskNotFound;
import org.sujarit.risk.RiskTypes.TrafficLight;
import org.sujarit.shared.PortalLink;
import org.sujarit.tenant.Organisation;
import org.sujarit.tenant.Organisations;
import org.sujarit.tenant.Slugs;

/**
 * The published assessment on the portal as the seed publishes it: risk events with their
 * colours, factors and measures — never internal notes (evidence, existing controls, monitoring).
 */
@Controller
@RequestMapping("/{slug:" + Slugs.PATTERN + "}/risk")
class RiskPortalController {

    private final Organisations organisations;
    private final RiskAssessments risks;

    RiskPortalController(Organisations organisations, RiskAssessments risks) {
        this.organisations = organisations;
        this.risks = risks;
    }

    @GetMapping
    String latest(@PathVariable String slug, Model model) {
        Organisation organisation = organisation(slug);
        model.addAttribute("organisation", organisation);
        risks.latestPublished(organisation.id()).ifPresent(assessment -> show(assessment, model));
        return "risk/portal";
    }

    @GetMapping("/{year}")
    String year(@PathVariable String slug, @PathVariable int year, Model model) {
        Organisation organisation = organisation(slug);
        model.addAttribute("organisation", organisation);
        show(risks.published(organisation.id(), year).orElseThrow(() -> new RiskNotFound("assessment")), model);
        return "risk/portal";
    }

    private void show(AssessmentView assessment, Model model) {
        model.addAttribute("assessment", assessment);
        model.addAttribute("byLight", ByLight.of(assessment));
        model.addAttribute("lights", TrafficLight.values());
    }

    private Organisation organisation(String slug) {
        return organisations.findBySlug(slug).orElseThrow(() -> new RiskNotFound("organisation"));
    }

    @Bean
    static PortalLink riskPortalLink() {
        return new PortalLink("portal.risk", "/risk", "portal.riskDescription", 20);
    }
}
