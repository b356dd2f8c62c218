package org.sujarit.survey.web;

import java.time.Duration;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.sujarit.infrastructure.guard.Friction;
import org.sujarit.infrastructure.guard.RateLimiter;
import org.sujarit.infrastructure.guard.RateLimiter.Limit;
import org.sujarit.infrastructure.web.FormErrors;
import org.sujarit.survey.Answering;
import org.sujarit.survey.Survey;
import org.sujarit.survey.SurveyClosed;
import org.sujarit.survey.SurveyNotFound;
import org.sujarit.tenant.Organisation;
import org.sujarit.tenant.Organisations;
import org.sujarit.tenant.Slugs;

/**
 * A public survey answered from its link (or the QR code of its poster): no account, the anonymous
 * forms' proof of work and per-address limit, and by default one answer per browser — told by a
 * cookie the browser keeps, so the address is never stored. Nothing of the respondent is kept but
 * the answers and the day.
 */
@Controller
@RequestMapping("/{slug:" + Slugs.PATTERN + "}/surveys/{surveyId}/answer")
class PublicSurveyController {

    static final String ANSWERED_COOKIE = "survey-answered-";

    private final Organisations organisations;
    private final Answering answering;
    private final RateLimiter limits;
    private final Friction friction;
    /** Answers from one address: by default 30 an hour, enough for a counter's shared tablet. */
    private final Limit answers;

    PublicSurveyController(Organisations organisations, Answering answering, RateLimiter limits, Friction friction,
                           @Value("${sujarit.surveys.answers-per-hour:30}") int answersPerHour) {
        this.organisations = organisations;
        this.answering = answering;
        this.limits = limits;
        this.friction = friction;
        this.answers = new Limit("survey-answer", answersPerHour, Duration.ofHours(1));
    }

    @GetMapping
    String form(@PathVariable String slug, @PathVariable UUID surveyId, HttpServletRequest request, Model model) {
        Organisation organisation = organisation(slug);
        Answering.Form form = answering.publicForm(organisation.id(), surveyId).orElseThrow(SurveyNotFound::new);
        if (!answering.answerable(form.survey())) {
            return done(organisation, form.survey(), "closed", model);
        }
        if (answeredHere(form.survey(), request)) {
            return done(organisation, form.survey(), "again", model);
        }
        model.addAttribute("sheet", Sheet.blank(form.questions()));
        return page(organisation, form, model);
    }

    @PostMapping
    String answer(@PathVariable String slug, @PathVariable UUID surveyId,
                  @RequestParam(name = "powChallenge", required = false) String powChallenge,
                  @RequestParam(name = "powCounter", required = false) String powCounter,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        Organisation organisation = organisation(slug);
        Answering.Form form = answering.publicForm(organisation.id(), surveyId).orElseThrow(SurveyNotFound::new);
        var typed = Sheet.fields(request);
        if (!answering.answerable(form.survey())) {
            response.setStatus(HttpStatus.GONE.value());
            return done(organisation, form.survey(), "closed", model);
        }
        if (answeredHere(form.survey(), request)) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return done(organisation, form.survey(), "again", model);
        }
        if (!limits.tryAcquire(answers, request.getRemoteAddr())) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("problem", "survey.respond.tooMany");
            model.addAttribute("sheet", Sheet.kept(form.questions(), typed));
            return page(organisation, form, model);
        }
        String refused = friction.check(powChallenge, powCounter, model);
        if (refused != null) {
            FormErrors.unprocessable(response);
            model.addAttribute("problem", refused);
            model.addAttribute("sheet", Sheet.kept(form.questions(), typed));
            return page(organisation, form, model);
        }
        Answering.Outcome outcome;
        try {
            outcome = answering.answer(form, typed);
        } catch (SurveyClosed closed) {
            response.setStatus(HttpStatus.GONE.value());
            return done(organisation, form.survey(), "closed", model);
        }
        if (!outcome.kept()) {
            FormErrors.unprocessable(response);
            model.addAttribute("sheet", Sheet.returned(form.questions(), typed, outcome.sheet()));
            model.addAttribute("problemCount", outcome.sheet().problems().size());
            return page(organisation, form, model);
        }
        if (form.survey().onePerBrowser()) {
            Cookie cookie = new Cookie(ANSWERED_COOKIE + surveyId, "1");
            cookie.setPath(request.getContextPath() + "/" + organisation.slug() + "/surveys/" + surveyId);
            cookie.setMaxAge((int) Duration.ofDays(400).toSeconds());
            cookie.setHttpOnly(true);
            cookie.setSecure(request.isSecure());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
        if (form.survey().showScore()) {
            model.addAttribute("score", outcome.score());
        }
        return done(organisation, form.survey(), "thanks", model);
    }

    private Organisation organisation(String slug) {
        return organisations.findBySlug(slug).orElseThrow(SurveyNotFound::new);
    }

    private static boolean answeredHere(Survey survey, HttpServletRequest request) {
        if (!survey.onePerBrowser() || request.getCookies() == null) {
            return false;
        }
        for (Cookie cookie : request.getCookies()) {
            if (cookie.getName().equals(ANSWERED_COOKIE + survey.id())) {
                return true;
            }
        }
        return false;
    }

    private String page(Organisation organisation, Answering.Form form, Model model) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("survey", form.survey());
        model.addAttribute("action", "/" + organisation.slug() + "/surveys/" + form.survey().id() + "/answer");
        model.addAttribute("preview", false);
        model.addAttribute("paper", false);
        friction.challenge(model);
        return "survey/answer";
    }

    private static String done(Organisation organisation, Survey survey, String state, Model model) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("survey", survey);
        model.addAttribute("state", state);
        return "survey/answered";
    }
}
