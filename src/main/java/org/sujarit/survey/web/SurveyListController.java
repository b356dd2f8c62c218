package org.sujarit.survey.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.infrastructure.web.FormErrors;
import org.sujarit.shared.ConsoleLink;
import org.sujarit.shared.RuleViolation;
import org.sujarit.staff.StaffPrincipal;
import org.sujarit.survey.Question;
import org.sujarit.survey.Questionnaire;
import org.sujarit.survey.Section;
import org.sujarit.survey.SurveyDraft;
import org.sujarit.survey.Surveys;

/**
 * The surveys and tests a user manages ({@code /console/surveys}) and a new one made from its
 * settings; its questions are written afterwards, in the editor.
 */
@Controller
@PreAuthorize(AuthoringPages.AUTHORS)
class SurveyListController {

    private final Surveys surveys;
    private final AuthoringPages pages;

    SurveyListController(Surveys surveys, AuthoringPages pages) {
        this.surveys = surveys;
        this.pages = pages;
    }

    @GetMapping("/console/surveys")
    String list(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("surveys", surveys.list(me));
        model.addAttribute("answers", surveys.answerCounts(me));
        return "survey/console/list";
    }

    @GetMapping("/console/surveys/new")
    String form(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("form", SurveySettingsForm.blank());
        pages.settingsChoices(me, null, model);
        return "survey/console/new";
    }

    /** Makes the survey with one empty section, and leads to its questions. */
    @PostMapping("/console/surveys/new")
    String create(@AuthenticationPrincipal StaffPrincipal me, @ModelAttribute("form") SurveySettingsForm form,
                  BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        SurveyDraft draft = binding.hasErrors() ? null : form.toDraft(binding);
        if (draft != null) {
            try {
                UUID id = surveys.create(me, draft,
                        new Questionnaire(List.of(new Section("", null, List.<Question>of()))), null);
                redirect.addFlashAttribute("notice", "survey.builder.created");
                return "redirect:/console/surveys/" + id + "/questions";
            } catch (RuleViolation violation) {
                AuthoringPages.reject(binding, violation, response);
            }
        } else {
            FormErrors.unprocessable(response);
        }
        pages.settingsChoices(me, null, model);
        return "survey/console/new";
    }

    @Bean
    static ConsoleLink surveysLink() {
        return new ConsoleLink("nav.surveys", "/console/surveys", List.of("INTEGRITY_OFFICER", "UNIT_STAFF"), 76);
    }
}
