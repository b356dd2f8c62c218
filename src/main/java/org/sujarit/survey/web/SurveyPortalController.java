package org.sujarit.survey.web;

import java.util.Locale;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.sujarit.infrastructure.db.replica.ReadsFromReplica;
import org.sujarit.portal.PortalLink;
import org.sujarit.survey.PublishedSurveys;
import org.sujarit.survey.Survey;
import org.sujarit.survey.SurveyNotFound;
import org.sujarit.survey.SurveyResults;
import org.sujarit.tenant.Organisation;
import org.sujarit.tenant.Organisations;
import org.sujarit.tenant.Slugs;

/**
 * The results a local government has published, on its portal: the list, and each survey's
 * figures over every answer, without the text answers. An unpublished survey is not found.
 */
@Controller
@ReadsFromReplica
class SurveyPortalController {

    private final Organisations organisations;
    private final PublishedSurveys published;
    private final SurveyResults results;

    SurveyPortalController(Organisations organisations, PublishedSurveys published, SurveyResults results) {
        this.organisations = organisations;
        this.published = published;
        this.results = results;
    }

    @GetMapping("/{slug:" + Slugs.PATTERN + "}/surveys")
    String list(@PathVariable String slug, Model model) {
        Organisation organisation = organisation(slug);
        model.addAttribute("organisation", organisation);
        model.addAttribute("surveys", published.list(organisation.id()));
        return "survey/portal-list";
    }

    @GetMapping("/{slug:" + Slugs.PATTERN + "}/surveys/{surveyId}")
    String results(@PathVariable String slug, @PathVariable UUID surveyId, Locale locale, Model model) {
        Organisation organisation = organisation(slug);
        Survey survey = published.find(organisation.id(), surveyId).orElseThrow(SurveyNotFound::new);
        model.addAttribute("organisation", organisation);
        model.addAttribute("survey", survey);
        model.addAttribute("page", ResultsPage.of(survey, results.of(survey, SurveyResults.Period.ALL),
                "en".equals(locale.getLanguage()), null));
        return "survey/portal-results";
    }

    private Organisation organisation(String slug) {
        return organisations.findBySlug(slug).orElseThrow(SurveyNotFound::new);
    }

    @Bean
    static PortalLink surveyResultsPortalLink() {
        return new PortalLink("surveyResults.portalLink", "/surveys", "surveyResults.portalDescription", 75);
    }
}
