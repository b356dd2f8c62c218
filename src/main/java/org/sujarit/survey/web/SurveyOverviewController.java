package org.sujarit.survey.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.infrastructure.web.FormErrors;
import org.sujarit.shared.RuleViolation;
import org.sujarit.staff.StaffPrincipal;
import org.sujarit.survey.Survey;
import org.sujarit.survey.SurveyDraft;
import org.sujarit.survey.SurveyTemplates;
import org.sujarit.survey.Surveys;

/**
 * One survey's page: its settings (editable), its status with the moves it allows (open, close,
 * publish the results), its version and answers, and the way to its questions, preview, paper
 * entry and results.
 */
@Controller
@PreAuthorize(AuthoringPages.AUTHORS)
@RequestMapping("/console/surveys/{surveyId}")
class SurveyOverviewController {

    private final SurveyTemplates templates;

    private final Surveys surveys;
    private final AuthoringPages pages;

    SurveyOverviewController(Surveys surveys, AuthoringPages pages, SurveyTemplates templates) {
        this.templates = templates;
        this.surveys = surveys;
        this.pages = pages;
    }

    @GetMapping
    String show(@AuthenticationPrincipal StaffPrincipal me, @PathVariable UUID surveyId, Model model) {
        Surveys.View view = surveys.view(me, surveyId);
        model.addAttribute("form", SurveySettingsForm.of(view.survey()));
        return page(me, view, model);
    }

    /**
     * New settings; the kind and the audience stay those the survey was made with (the page shows
     * the form as typed, so the form object bound stays the page's).
     */
    @PostMapping("/settings")
    String settle(@AuthenticationPrincipal StaffPrincipal me, @PathVariable UUID surveyId,
                  @ModelAttribute("form") SurveySettingsForm typed, BindingResult binding, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        Surveys.View view = surveys.view(me, surveyId);
        SurveySettingsForm form = typed.of(view.survey().kind(), view.survey().audience());
        SurveyDraft draft = binding.hasErrors() ? null : form.toDraft(binding);
        if (draft != null) {
            try {
                surveys.settle(me, surveyId, draft);
                redirect.addFlashAttribute("notice", "survey.builder.settled");
                return "redirect:/console/surveys/" + surveyId;
            } catch (RuleViolation violation) {
                AuthoringPages.reject(binding, violation, response);
            }
        } else {
            FormErrors.unprocessable(response);
        }
        return page(me, view, model);
    }

    @PostMapping("/open")
    String open(@AuthenticationPrincipal StaffPrincipal me, @PathVariable UUID surveyId, RedirectAttributes redirect) {
        return move(surveyId, redirect, "survey.builder.opened", () -> surveys.open(me, surveyId));
    }

    @PostMapping("/close")
    String close(@AuthenticationPrincipal StaffPrincipal me, @PathVariable UUID surveyId, RedirectAttributes redirect) {
        return move(surveyId, redirect, "survey.builder.closed", () -> surveys.close(me, surveyId));
    }

    /** A move the survey refuses (opening one without questions, say) comes back to its page with the reason. */
    private static String move(UUID surveyId, RedirectAttributes redirect, String done, Runnable moving) {
        try {
            moving.run();
            redirect.addFlashAttribute("notice", done);
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("problem", violation.messageKey());
        }
        return "redirect:/console/surveys/" + surveyId;
    }

    private String page(StaffPrincipal me, Surveys.View view, Model model) {
        Survey s = view.survey();
        model.addAttribute("view", view);
        model.addAttribute("survey", s);
        model.addAttribute("mayPublish", !s.published() && s.status() != Survey.Status.DRAFT
                && (s.audience() == Survey.Audience.PUBLIC || s.status() == Survey.Status.CLOSED));
        model.addAttribute("ita", s.templateKey() != null
                && templates.find(s.templateKey()).map(t -> t.ita() != null).orElse(false));
        pages.settingsChoices(me, s.id(), model);
        return "survey/console/overview";
    }
}
