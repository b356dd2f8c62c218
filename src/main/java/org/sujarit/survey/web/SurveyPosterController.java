package org.sujarit.survey.web;

import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.sujarit.infrastructure.document.DocumentFiles;
import org.sujarit.infrastructure.document.HtmlPdf;
import org.sujarit.infrastructure.document.QrCodes;
import org.sujarit.shared.ThaiDates;
import org.sujarit.staff.StaffPrincipal;
import org.sujarit.survey.Survey;
import org.sujarit.survey.SurveyNotFound;
import org.sujarit.survey.Surveys;
import org.sujarit.tenant.Organisation;
import org.sujarit.tenant.Organisations;

/** The A4 poster with the QR code of a public survey's link, for the counter where people are served. */
@Controller
class SurveyPosterController {

    /** What the poster shows; {@code qr} is SVG made here, never text a user typed. */
    record Poster(String organisation, String title, String url, String qr, String closesOn) {
    }

    private final Surveys surveys;
    private final Organisations organisations;
    private final HtmlPdf pdf;
    private final String publicUrl;

    SurveyPosterController(Surveys surveys, Organisations organisations, HtmlPdf pdf,
                           @Value("${sujarit.public-url:http://localhost:8080}") String publicUrl) {
        this.surveys = surveys;
        this.organisations = organisations;
        this.pdf = pdf;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @GetMapping("/console/surveys/{surveyId}/poster")
    ResponseEntity<byte[]> poster(@AuthenticationPrincipal StaffPrincipal me, @PathVariable UUID surveyId) {
        Survey survey = surveys.view(me, surveyId).survey();
        if (survey.audience() != Survey.Audience.PUBLIC) {
            throw new SurveyNotFound();
        }
        Organisation organisation = organisations.find(me.tenant()).orElseThrow();
        String url = publicUrl + "/" + organisation.slug() + "/surveys/" + survey.id() + "/answer";
        Poster poster = new Poster(organisation.nameTh(), survey.titleTh(), url, QrCodes.svg(url, survey.titleTh()),
                survey.closesOn() == null ? null : ThaiDates.longDate(survey.closesOn(), java.util.Locale.forLanguageTag("th-TH")));
        return DocumentFiles.file(pdf.print("survey/document/poster", poster, organisation.numerals()), MediaType.APPLICATION_PDF,
                "poster-" + survey.id() + ".pdf", true);
    }
}
