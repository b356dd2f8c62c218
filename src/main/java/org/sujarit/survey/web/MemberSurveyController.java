package org.sujarit.survey.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.sujarit.shared.TenantMember;
import org.sujarit.survey.SurveyInvitations;
import org.sujarit.survey.SurveyInvitations.Invitee;
import org.sujarit.survey.SurveyNotFound;

/**
 * A staff survey answered from the member's own page: the signed-in account is the invitation, and
 * the same single answer holds whether it is given here or by the link or code.
 */
@Controller
@RequestMapping("/console/me/surveys/{surveyId}")
class MemberSurveyController {

    private static final String BACK = "/console/me";

    private final SurveyInvitations invitations;
    private final InvitedAnswers answers;

    MemberSurveyController(SurveyInvitations invitations, InvitedAnswers answers) {
        this.invitations = invitations;
        this.answers = answers;
    }

    @GetMapping
    String form(@AuthenticationPrincipal TenantMember me, @PathVariable UUID surveyId, HttpServletResponse response,
                Model model) {
        return answers.form(invitee(me, surveyId), action(surveyId), BACK, response, model);
    }

    @PostMapping
    String answer(@AuthenticationPrincipal TenantMember me, @PathVariable UUID surveyId, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        return answers.answer(invitee(me, surveyId), action(surveyId), BACK, request, response, model);
    }

    private Invitee invitee(TenantMember me, UUID surveyId) {
        return invitations.ofMember(me, surveyId).orElseThrow(SurveyNotFound::new);
    }

    private static String action(UUID surveyId) {
        return "/console/me/surveys/" + surveyId;
    }
}
