package org.sujarit.survey.web;

import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.sujarit.infrastructure.db.replica.ReadsFromReplica;
import org.sujarit.portal.PortalLink;
import org.sujarit.survey.Consultations;
import org.sujarit.survey.SurveyNotFound;
import org.sujarit.tenant.Organisation;
import org.sujarit.tenant.Organisations;
import org.sujarit.tenant.Slugs;

/** Consultations on the portal: the drafts open to comment, and what came of those that closed. */
@Controller
@ReadsFromReplica
@RequestMapping("/{slug:" + Slugs.PATTERN + "}/consultations")
class ConsultationPortalController {

    private final Organisations organisations;
    private final Consultations consultations;

    ConsultationPortalController(Organisations organisations, Consultations consultations) {
        this.organisations = organisations;
        this.consultations = consultations;
    }

    @GetMapping
    String list(@PathVariable String slug, Model model) {
        Organisation organisation = organisations.findBySlug(slug).orElseThrow(SurveyNotFound::new);
        model.addAttribute("organisation", organisation);
        model.addAttribute("consultations", consultations.published(organisation.id()));
        return "survey/consultations-portal";
    }

    @GetMapping("/{surveyId}")
    String one(@PathVariable String slug, @PathVariable UUID surveyId, Model model) {
        Organisation organisation = organisations.findBySlug(slug).orElseThrow(SurveyNotFound::new);
        model.addAttribute("organisation", organisation);
        model.addAttribute("listed", consultations.published(organisation.id(), surveyId).orElseThrow(SurveyNotFound::new));
        return "survey/consultation-portal";
    }

    @Bean
    static PortalLink consultationsPortalLink() {
        return new PortalLink("consultation.portalLink", "/consultations", "consultation.portalDescription", 72);
    }
}
