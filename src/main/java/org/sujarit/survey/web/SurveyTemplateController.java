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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.RuleViolation;
import org.sujarit.staff.StaffPrincipal;
import org.sujarit.infrastructure.web.FormErrors;
import org.sujarit.survey.Survey;
import org.sujarit.survey.SurveyTemplates;
import org.sujarit.survey.Surveys;

/**
 * The ready-made questionnaires of the fiscal year — the ITA rehearsals and the plan's own surveys
 * and test — and making a draft survey from one, which the author then adjusts on its own page.
 */
@Controller
@PreAuthorize("hasAnyRole('INTEGRITY_OFFICER', 'UNIT_STAFF')")
@RequestMapping("/console/surveys/templates")
class SurveyTemplateController {

    private final SurveyTemplates templates;
    private final Surveys surveys;

    SurveyTemplateController(SurveyTemplates templates, Surveys surveys) {
        this.templates = templates;
        this.surveys = surveys;
    }

    @GetMapping
    String list(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        return page(me, model);
    }

    @PostMapping("/{templateKey}")
    String create(@AuthenticationPrincipal StaffPrincipal me, @PathVariable String templateKey,
                  @ModelAttribute("form") FromTemplateForm form, BindingResult binding, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        String problem = binding.hasErrors() ? "survey.template.preTestBad" : null;
        if (problem == null) {
            try {
                UUID id = templates.create(me, templateKey, form.preTestId());
                redirect.addFlashAttribute("notice", "survey.template.created");
                return "redirect:/console/surveys/" + id;
            } catch (RuleViolation violation) {
                problem = violation.messageKey();
            }
        }
        FormErrors.unprocessable(response);
        model.addAttribute("problem", problem);
        model.addAttribute("failed", templateKey);
        return page(me, model);
    }

    private String page(StaffPrincipal me, Model model) {
        FiscalYear year = FiscalYear.containing(surveys.today());
        model.addAttribute("year", year);
        model.addAttribute("templates", templates.forYear(year));
        model.addAttribute("preTests", surveys.list(me).stream()
                .filter(s -> s.kind() == Survey.Kind.TEST && s.preTestId() == null).toList());
        return "survey/template-list";
    }
}
