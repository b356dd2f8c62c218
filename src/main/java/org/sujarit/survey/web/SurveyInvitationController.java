package org.sujarit.survey.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.infrastructure.document.QrCodes;
import org.sujarit.shared.RuleViolation;
import org.sujarit.staff.StaffPrincipal;
import org.sujarit.survey.SurveyInvitations;
import org.sujarit.survey.SurveyInvitations.Code;

/**
 * Inviting the staff to an open staff survey, by whoever runs it: everyone or the accounts of
 * chosen units, by e-mail, and a sheet of one-time codes for those without e-mail (shown once,
 * never kept or cached). The page counts who was invited and how many answered, never who.
 */
@Controller
@RequestMapping("/console/surveys/{surveyId}/invitations")
class SurveyInvitationController {

    /** One printed slip; {@code qr} is SVG made here from the slip's link, never text a user typed. */
    record Slip(Code code, String url, String qr) {
    }

    private final SurveyInvitations invitations;
    private final String publicUrl;

    SurveyInvitationController(SurveyInvitations invitations,
                               @Value("${sujarit.public-url:http://localhost:8080}") String publicUrl) {
        this.invitations = invitations;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    @GetMapping
    String page(@AuthenticationPrincipal StaffPrincipal me, @PathVariable UUID surveyId, Model model) {
        model.addAttribute("overview", invitations.overview(me, surveyId));
        return "survey/invitations";
    }

    @PostMapping("/mail")
    String mail(@AuthenticationPrincipal StaffPrincipal me, @PathVariable UUID surveyId,
                @RequestParam(name = "units", required = false) List<UUID> units, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("mailed", invitations.mail(me, surveyId, units));
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("problem", violation.messageKey());
        }
        return "redirect:/console/surveys/" + surveyId + "/invitations";
    }

    @PostMapping("/print")
    String print(@AuthenticationPrincipal StaffPrincipal me, @PathVariable UUID surveyId,
                 @RequestParam(name = "units", required = false) List<UUID> units, Model model,
                 HttpServletResponse response, RedirectAttributes redirect) {
        List<Code> codes;
        try {
            codes = invitations.print(me, surveyId, units);
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("problem", violation.messageKey());
            return "redirect:/console/surveys/" + surveyId + "/invitations";
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("survey", invitations.overview(me, surveyId).survey());
        model.addAttribute("slips", codes.stream().map(code -> new Slip(code, publicUrl + code.path(),
                QrCodes.svg(publicUrl + code.path(), code.code()))).toList());
        model.addAttribute("codePage", publicUrl + SurveyInvitations.PAGE);
        return "survey/invitation-codes";
    }
}
