package org.sujarit.risk.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.sujarit.infrastructure.db.replica.ReadsFromReplica;
import org.sujarit.infrastructure.document.DocumentFiles;
import org.sujarit.infrastructure.document.DocumentUnavailable;
import org.sujarit.risk.AssessmentView;
import org.sujarit.risk.RiskAssessments;
import org.sujarit.risk.RiskNotFound;
import org.sujarit.risk.RiskTypes.TrafficLight;
import org.sujarit.risk.document.RiskPdf;
import org.sujarit.portal.PortalLink;
import org.sujarit.tenant.Organisation;
import org.sujarit.tenant.Organisations;
import org.sujarit.tenant.Slugs;

/**
 * The published assessment on the portal as the seed publishes it: risk events with their
 * colours, factors and measures — never internal notes (evidence, existing controls, monitoring) —
 * and its report as PDF.
 */
@Controller
@ReadsFromReplica
@RequestMapping("/{slug:" + Slugs.PATTERN + "}/risk")
class RiskPortalController {

    private static final Logger log = LoggerFactory.getLogger(RiskPortalController.class);

    private final Organisations organisations;
    private final RiskAssessments risks;
    private final RiskPdf pdf;

    RiskPortalController(Organisations organisations, RiskAssessments risks, RiskPdf pdf) {
        this.organisations = organisations;
        this.risks = risks;
        this.pdf = pdf;
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

    /** The published report only: a draft, or a year not published, is not found. */
    @GetMapping("/{year}/assessment.pdf")
    ResponseEntity<byte[]> assessmentPdf(@PathVariable String slug, @PathVariable int year) {
        Organisation organisation = organisation(slug);
        AssessmentView assessment = risks.published(organisation.id(), year)
                .orElseThrow(() -> new RiskNotFound("assessment"));
        return DocumentFiles.file(pdf.assessment(assessment, organisation.nameTh(), organisation.numerals()), MediaType.APPLICATION_PDF,
                "การประเมินความเสี่ยงการทุจริต-" + organisation.slug() + "-" + year + ".pdf");
    }

    @ExceptionHandler(DocumentUnavailable.class)
    ModelAndView unavailable(DocumentUnavailable e) {
        return DocumentFiles.unavailable(log, e, "risk.documents.unavailableOnPortal");
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
