package org.sujarit.survey.web;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.infrastructure.web.FormErrors;
import org.sujarit.shared.RuleViolation;
import org.sujarit.staff.StaffPrincipal;
import org.sujarit.survey.Question;
import org.sujarit.survey.Questionnaire;
import org.sujarit.survey.Surveys;

/**
 * The questions editor: the survey's sections and questions in order, with the section's and the
 * question's moves. Every change saves the whole questionnaire through {@code Surveys.revise}: the
 * same version while it has no answer, the next one once it has (the page says so before).
 */
@Controller
@PreAuthorize(AuthoringPages.AUTHORS)
@RequestMapping("/console/surveys/{surveyId}")
class QuestionnaireController {

    private final Surveys surveys;

    QuestionnaireController(Surveys surveys) {
        this.surveys = surveys;
    }

    @GetMapping("/questions")
    String show(@AuthenticationPrincipal StaffPrincipal me, @PathVariable UUID surveyId, Model model) {
        return page(surveys.view(me, surveyId), model);
    }

    @PostMapping("/sections")
    String addSection(@AuthenticationPrincipal StaffPrincipal me, @PathVariable UUID surveyId,
                      @ModelAttribute("sectionForm") SectionForm form, Model model, HttpServletResponse response,
                      RedirectAttributes redirect) {
        return edit(me, surveyId, q -> QuestionnaireEdits.addSection(q, form.th(), form.en()), model, response, redirect);
    }

    @PostMapping("/sections/{section}")
    String renameSection(@AuthenticationPrincipal StaffPrincipal me, @PathVariable UUID surveyId, @PathVariable int section,
                         @ModelAttribute("renamed") SectionForm form, Model model, HttpServletResponse response,
                         RedirectAttributes redirect) {
        return edit(me, surveyId, q -> QuestionnaireEdits.renameSection(q, section, form.th(), form.en()), model, response,
                redirect);
    }

    @PostMapping("/sections/{section}/delete")
    String deleteSection(@AuthenticationPrincipal StaffPrincipal me, @PathVariable UUID surveyId, @PathVariable int section,
                         Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return edit(me, surveyId, q -> QuestionnaireEdits.deleteSection(q, section), model, response, redirect);
    }

    @PostMapping("/sections/{section}/{direction:up|down}")
    String moveSection(@AuthenticationPrincipal StaffPrincipal me, @PathVariable UUID surveyId, @PathVariable int section,
                       @PathVariable String direction, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return edit(me, surveyId, q -> QuestionnaireEdits.moveSection(q, section, step(direction)), model, response, redirect);
    }

    @PostMapping("/questions/{questionKey}/delete")
    String delete(@AuthenticationPrincipal StaffPrincipal me, @PathVariable UUID surveyId, @PathVariable String questionKey,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return edit(me, surveyId, q -> QuestionnaireEdits.delete(q, questionKey), model, response, redirect);
    }

    @PostMapping("/questions/{questionKey}/{direction:up|down}")
    String move(@AuthenticationPrincipal StaffPrincipal me, @PathVariable UUID surveyId, @PathVariable String questionKey,
                @PathVariable String direction, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return edit(me, surveyId, q -> QuestionnaireEdits.move(q, questionKey, step(direction)), model, response, redirect);
    }

    /** Saves the changed questionnaire; a rule it breaks comes back on the editor with 422 and nothing saved. */
    private String edit(StaffPrincipal me, UUID surveyId, UnaryOperator<Questionnaire> change, Model model,
                        HttpServletResponse response, RedirectAttributes redirect) {
        Surveys.View view = surveys.view(me, surveyId);
        try {
            int version = surveys.revise(me, surveyId, change.apply(view.questions()));
            redirect.addFlashAttribute("notice", version > view.survey().version() ? "survey.builder.newVersion"
                    : "survey.builder.saved");
            return "redirect:/console/surveys/" + surveyId + "/questions";
        } catch (RuleViolation violation) {
            FormErrors.unprocessable(response);
            model.addAttribute("problem", violation.messageKey());
            return page(view, model);
        }
    }

    private static int step(String direction) {
        return "up".equals(direction) ? -1 : 1;
    }

    /** The editor; the form of a new section keeps what was typed when adding it was refused. */
    private static String page(Surveys.View view, Model model) {
        if (!model.containsAttribute("sectionForm")) {
            model.addAttribute("sectionForm", SectionForm.blank());
        }
        model.addAttribute("view", view);
        model.addAttribute("survey", view.survey());
        model.addAttribute("numbers", numbers(view.questions()));
        return "survey/console/questions";
    }

    /** Each question's number as the respondent sees it, counted through the sections. */
    static Map<String, Integer> numbers(Questionnaire questions) {
        Map<String, Integer> numbers = new HashMap<>();
        for (Question q : questions.questions()) {
            numbers.put(q.key(), numbers.size() + 1);
        }
        return numbers;
    }
}
