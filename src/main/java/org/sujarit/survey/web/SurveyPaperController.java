package org.sujarit.survey.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.infrastructure.web.FormErrors;
import org.sujarit.staff.StaffPrincipal;
import org.sujarit.survey.Answering;
import org.sujarit.survey.SurveyClosed;
import org.sujarit.survey.Surveys;
import org.sujarit.tenant.Organisations;

/**
 * The respondent's page inside the console: the preview, exactly as a respondent sees it, and paper
 * questionnaires typed in by the staff who run the survey — one after another, each marked as paper.
 */
@Controller
@RequestMapping("/console/surveys/{surveyId}")
class SurveyPaperController {

    private final Surveys surveys;
    private final Answering answering;
    private final Organisations organisations;

    SurveyPaperController(Surveys surveys, Answering answering, Organisations organisations) {
        this.surveys = surveys;
        this.answering = answering;
        this.organisations = organisations;
    }

    @GetMapping("/preview")
    String preview(@AuthenticationPrincipal StaffPrincipal me, @PathVariable UUID surveyId, Model model) {
        Surveys.View view = surveys.view(me, surveyId);
        model.addAttribute("sheet", Sheet.blank(view.questions()));
        return page(me, view, "preview", model);
    }

    @GetMapping("/paper")
    String paper(@AuthenticationPrincipal StaffPrincipal me, @PathVariable UUID surveyId, Model model) {
        Surveys.View view = surveys.view(me, surveyId);
        model.addAttribute("sheet", Sheet.blank(view.questions()));
        return page(me, view, "paper", model);
    }

    @PostMapping("/paper")
    String typeIn(@AuthenticationPrincipal StaffPrincipal me, @PathVariable UUID surveyId, HttpServletRequest request,
                  HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Surveys.View view = surveys.view(me, surveyId);
        var typed = Sheet.fields(request);
        Answering.Outcome outcome;
        try {
            outcome = answering.typeIn(me, surveyId, typed);
        } catch (SurveyClosed draft) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("problem", "survey.paper.draft");
            model.addAttribute("sheet", Sheet.kept(view.questions(), typed));
            return page(me, view, "paper", model);
        }
        if (!outcome.kept()) {
            FormErrors.unprocessable(response);
            model.addAttribute("sheet", Sheet.returned(view.questions(), typed, outcome.sheet()));
            model.addAttribute("problemCount", outcome.sheet().problems().size());
            return page(me, view, "paper", model);
        }
        redirect.addFlashAttribute("saved", view.answers() + 1);
        return "redirect:/console/surveys/" + surveyId + "/paper";
    }

    private String page(StaffPrincipal me, Surveys.View view, String mode, Model model) {
        model.addAttribute("organisation", organisations.find(me.tenant()).orElseThrow());
        model.addAttribute("survey", view.survey());
        model.addAttribute("action", "/console/surveys/" + view.survey().id() + "/paper");
        model.addAttribute("preview", mode.equals("preview"));
        model.addAttribute("paper", mode.equals("paper"));
        return "survey/answer";
    }
}
