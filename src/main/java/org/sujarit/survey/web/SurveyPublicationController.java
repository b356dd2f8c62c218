package org.sujarit.survey.web;

import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.staff.StaffPrincipal;
import org.sujarit.survey.Surveys;

/**
 * Publishing a survey's results on the portal and as open data, or withdrawing them; a staff
 * survey's only once it has closed (the survey refuses otherwise, answered 409 with the reason).
 */
@Controller
class SurveyPublicationController {

    private final Surveys surveys;

    SurveyPublicationController(Surveys surveys) {
        this.surveys = surveys;
    }

    @PostMapping("/console/surveys/{surveyId}/publication")
    String publish(@AuthenticationPrincipal StaffPrincipal me, @PathVariable UUID surveyId, @RequestParam boolean publish,
                   RedirectAttributes redirect) {
        surveys.publish(me, surveyId, publish);
        redirect.addFlashAttribute("notice", publish ? "surveyResults.published" : "surveyResults.withdrawn");
        return "redirect:/console/surveys/" + surveyId + "/results";
    }
}
