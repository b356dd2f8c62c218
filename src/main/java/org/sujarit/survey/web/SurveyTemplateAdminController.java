package org.sujarit.survey.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.infrastructure.web.FormErrors;
import org.sujarit.shared.RuleViolation;
import org.sujarit.staff.StaffPrincipal;
import org.sujarit.survey.SurveyTemplate;
import org.sujarit.survey.SurveyTemplates;
import org.sujarit.survey.TemplateProblem;

/**
 * The survey templates on the platform, bundled and loaded, and loading a new one — next year's
 * IIT or EIT, say — from a YAML file of the same form as the bundled ones, without a code change.
 */
@Controller
@RequestMapping("/admin/survey-templates")
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class SurveyTemplateAdminController {

    static final long MAX_FILE = 1024 * 1024;

    private final SurveyTemplates templates;

    SurveyTemplateAdminController(SurveyTemplates templates) {
        this.templates = templates;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("templates", templates.all());
        return "survey/template-admin";
    }

    @PostMapping
    String load(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(name = "file", required = false) MultipartFile file,
                Model model, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        try {
            if (file == null || file.isEmpty() || file.getSize() > MAX_FILE) {
                throw new RuleViolation("file", "survey.template.file");
            }
            SurveyTemplate loaded = templates.load(file.getBytes(), file.getOriginalFilename(), me.userId());
            redirect.addFlashAttribute("notice", "survey.template.loaded");
            redirect.addFlashAttribute("loaded", loaded.key());
            return "redirect:/admin/survey-templates";
        } catch (RuleViolation violation) {
            FormErrors.unprocessable(response);
            model.addAttribute("problem", violation.messageKey());
            if (violation instanceof TemplateProblem p) {
                model.addAttribute("problemDetail", p.detail());
                model.addAttribute("problemRule", p.rule());
            }
            model.addAttribute("templates", templates.all());
            return "survey/template-admin";
        }
    }
}
