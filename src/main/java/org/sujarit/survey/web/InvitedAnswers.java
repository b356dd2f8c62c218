package org.sujarit.survey.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.sujarit.infrastructure.web.FormErrors;
import org.sujarit.survey.Answering;
import org.sujarit.survey.Survey;
import org.sujarit.survey.SurveyAlreadyAnswered;
import org.sujarit.survey.SurveyClosed;
import org.sujarit.survey.SurveyInvitations.Invitee;
import org.sujarit.tenant.Organisation;
import org.sujarit.tenant.Organisations;

/**
 * A staff survey as an invited member answers it, the same from the invitation's link or code and
 * from their own page: the questionnaire, what was typed kept on a 422, "answered already" (409)
 * saying nothing of whose or when, and "closed". Nothing of the answer goes into the session, the
 * log or the audit trail; the pages are not cached.
 */
@Component
class InvitedAnswers {

    private final Answering answering;
    private final Organisations organisations;

    InvitedAnswers(Answering answering, Organisations organisations) {
        this.answering = answering;
        this.organisations = organisations;
    }

    /** The questionnaire, or why it cannot be answered now. */
    String form(Invitee invitee, String action, String back, HttpServletResponse response, Model model) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        Survey survey = invitee.form().survey();
        if (invitee.answered()) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return done(invitee, "survey.invitation.again", back, model);
        }
        if (!answering.answerable(survey)) {
            return done(invitee, "survey.respond.closed", back, model);
        }
        model.addAttribute("sheet", Sheet.blank(invitee.form().questions()));
        return page(invitee, action, model);
    }

    /** Takes the answer in one transaction of the core; the account joins the sorted set of who has answered. */
    String answer(Invitee invitee, String action, String back, HttpServletRequest request, HttpServletResponse response,
                  Model model) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        var typed = Sheet.fields(request);
        Answering.Outcome outcome;
        try {
            outcome = answering.answerInvited(invitee.tenant(), invitee.form().survey().id(), invitee.userId(), typed);
        } catch (SurveyAlreadyAnswered again) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return done(invitee, "survey.invitation.again", back, model);
        } catch (SurveyClosed closed) {
            response.setStatus(HttpStatus.GONE.value());
            return done(invitee, "survey.respond.closed", back, model);
        }
        if (!outcome.kept()) {
            FormErrors.unprocessable(response);
            model.addAttribute("sheet", Sheet.returned(invitee.form().questions(), typed, outcome.sheet()));
            model.addAttribute("problemCount", outcome.sheet().problems().size());
            return page(invitee, action, model);
        }
        if (invitee.form().survey().showScore()) {
            model.addAttribute("score", outcome.score());
        }
        return done(invitee, "survey.respond.thanks", back, model);
    }

    private String page(Invitee invitee, String action, Model model) {
        model.addAttribute("organisation", organisations.get(invitee.tenant()));
        model.addAttribute("survey", invitee.form().survey());
        model.addAttribute("action", action);
        model.addAttribute("preview", false);
        model.addAttribute("paper", false);
        model.addAttribute("invited", true);
        return "survey/answer";
    }

    private String done(Invitee invitee, String stateKey, String back, Model model) {
        Organisation organisation = organisations.get(invitee.tenant());
        model.addAttribute("organisation", organisation);
        model.addAttribute("survey", invitee.form().survey());
        model.addAttribute("stateKey", stateKey);
        model.addAttribute("back", back);
        return "survey/answered";
    }
}
