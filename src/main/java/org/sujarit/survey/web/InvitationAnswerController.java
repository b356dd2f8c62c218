package org.sujarit.survey.web;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.sujarit.infrastructure.guard.RateLimiter;
import org.sujarit.infrastructure.guard.RateLimiter.Limit;
import org.sujarit.infrastructure.web.FormErrors;
import org.sujarit.staff.roster.InvitationSecrets;
import org.sujarit.survey.SurveyInvitations;
import org.sujarit.survey.SurveyInvitations.Invitee;

/**
 * A staff survey answered from an invitation, without signing in: the mailed link, or the printed
 * code typed on the page the slip names (attempts limited per address, counted before the code is
 * checked). The link or code is the only credential; an unknown or expired one is a 404.
 */
@Controller
class InvitationAnswerController {

    private final SurveyInvitations invitations;
    private final InvitedAnswers answers;
    private final RateLimiter limiter;
    private final Limit codes;

    InvitationAnswerController(SurveyInvitations invitations, InvitedAnswers answers, RateLimiter limiter,
                               @Value("${sujarit.surveys.codes-per-10-minutes:20}") int codesPer10Minutes) {
        this.invitations = invitations;
        this.answers = answers;
        this.limiter = limiter;
        this.codes = new Limit("survey-invitation-code", codesPer10Minutes, Duration.ofMinutes(10));
    }

    @GetMapping(SurveyInvitations.PAGE)
    String codeForm(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        return "survey/invitation-code";
    }

    @PostMapping(SurveyInvitations.PAGE)
    String code(@RequestParam(name = "code", required = false) String code, HttpServletRequest request,
                HttpServletResponse response, Model model) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        String plain = InvitationSecrets.plainCode(code);
        if (!limiter.tryAcquire(codes, request.getRemoteAddr())) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return codeRefused("survey.invitation.tooMany", code, model);
        }
        if (plain.length() != InvitationSecrets.CODE_LENGTH || lookUp(plain, request, response).isEmpty()) {
            if (response.getStatus() == HttpStatus.TOO_MANY_REQUESTS.value()) {
                return codeRefused("survey.invitation.tooMany", code, model);
            }
            FormErrors.unprocessable(response);
            return codeRefused("survey.invitation.codeWrong", code, model);
        }
        return "redirect:" + SurveyInvitations.PAGE + "/" + plain;
    }

    @GetMapping(SurveyInvitations.PAGE + "/{token}")
    Object form(@PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setHeader("Referrer-Policy", "no-referrer");
        Optional<Invitee> invitee = lookUp(token, request, response);
        return invitee.<Object>map(i -> answers.form(i, SurveyInvitations.PAGE + "/" + token, null, response, model))
                .orElseGet(() -> gone(response));
    }

    @PostMapping(SurveyInvitations.PAGE + "/{token}")
    Object answer(@PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setHeader("Referrer-Policy", "no-referrer");
        Optional<Invitee> invitee = lookUp(token, request, response);
        return invitee.<Object>map(i -> answers.answer(i, SurveyInvitations.PAGE + "/" + token, null, request, response, model))
                .orElseGet(() -> gone(response));
    }

    /** The invitation a link or code is for; empty, with 429 set, while the address waits after too many wrong ones. */
    private Optional<Invitee> lookUp(String secret, HttpServletRequest request, HttpServletResponse response) {
        try {
            return invitations.bySecret(secret, request.getRemoteAddr());
        } catch (SurveyInvitations.GuessesLocked locked) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return Optional.empty();
        }
    }

    private static String codeRefused(String problem, String typed, Model model) {
        model.addAttribute("problem", problem);
        model.addAttribute("code", typed);
        return "survey/invitation-code";
    }

    /**
     * The same 404 for a link never issued, one that expired and one whose account was closed; 429 while
     * the address waits after too many wrong ones.
     */
    private static ModelAndView gone(HttpServletResponse response) {
        if (response.getStatus() == HttpStatus.TOO_MANY_REQUESTS.value()) {
            return new ModelAndView("error/page", Map.of("status", 429, "messageKey", "429", "detailKey",
                    "survey.invitation.tooMany"), HttpStatus.TOO_MANY_REQUESTS);
        }
        return new ModelAndView("error/page", Map.of("status", 404, "messageKey", "404", "detailKey",
                "survey.invitation.gone"), HttpStatus.NOT_FOUND);
    }
}
