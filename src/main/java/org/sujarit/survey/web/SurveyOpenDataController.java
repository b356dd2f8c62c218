package org.sujarit.survey.web;

import java.util.UUID;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.sujarit.infrastructure.db.replica.ReadsFromReplica;
import org.sujarit.infrastructure.document.CsvFile;
import org.sujarit.survey.PublishedSurveys;
import org.sujarit.survey.Survey;
import org.sujarit.survey.SurveyNotFound;
import org.sujarit.survey.SurveyResults;
import org.sujarit.tenant.Organisation;
import org.sujarit.tenant.Organisations;
import org.sujarit.tenant.Slugs;

/** A published survey's results as open data, JSON and CSV (UTF-8 with a byte-order mark, for Excel), over every answer. */
@Controller
@ReadsFromReplica
@RequestMapping("/{slug:" + Slugs.PATTERN + "}/open-data")
class SurveyOpenDataController {

    private final Organisations organisations;
    private final PublishedSurveys published;
    private final SurveyResults results;

    SurveyOpenDataController(Organisations organisations, PublishedSurveys published, SurveyResults results) {
        this.organisations = organisations;
        this.published = published;
        this.results = results;
    }

    @GetMapping("/survey-{surveyId}.json")
    ResponseEntity<OpenResults> json(@PathVariable String slug, @PathVariable UUID surveyId) {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).contentType(MediaType.APPLICATION_JSON)
                .body(open(slug, surveyId));
    }

    @GetMapping("/survey-{surveyId}.csv")
    ResponseEntity<byte[]> csv(@PathVariable String slug, @PathVariable UUID surveyId) {
        OpenResults open = open(slug, surveyId);
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).contentType(CsvFile.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"survey-" + surveyId + ".csv\"")
                .body(CsvFile.of(open.rows()));
    }

    private OpenResults open(String slug, UUID surveyId) {
        Organisation organisation = organisations.findBySlug(slug).orElseThrow(SurveyNotFound::new);
        Survey survey = published.find(organisation.id(), surveyId).orElseThrow(SurveyNotFound::new);
        return OpenResults.of(organisation.nameTh(), survey, results.of(survey, SurveyResults.Period.ALL));
    }
}
