package org.sujarit.disclosure.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.disclosure.Checklist;
import org.sujarit.disclosure.Checklists;
import org.sujarit.infrastructure.web.FormErrors;
import org.sujarit.shared.RuleViolation;

/**
 * The OIT checklists loaded on the platform, and loading next year's list from a YAML file of the
 * same form as the bundled ones, without a code change.
 */
@Controller
@RequestMapping("/admin/disclosure/checklists")
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class ChecklistAdminController {

    private final Checklists checklists;

    ChecklistAdminController(Checklists checklists) {
        this.checklists = checklists;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("checklists", checklists.all());
        return "disclosure/checklists";
    }

    @PostMapping
    String load(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
                HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        try {
            if (file == null || file.isEmpty() || file.getSize() > 1024 * 1024) {
                throw new RuleViolation("file", "disclosure.checklist.file");
            }
            Checklist loaded = checklists.load(file.getBytes(), file.getOriginalFilename());
            redirect.addFlashAttribute("notice", "disclosure.checklist.loaded");
            redirect.addFlashAttribute("loaded", loaded.nameTh());
            return "redirect:/admin/disclosure/checklists";
        } catch (RuleViolation violation) {
            FormErrors.unprocessable(response);
            model.addAttribute("problem", violation.messageKey());
            model.addAttribute("problemDetail", violation instanceof org.sujarit.disclosure.ChecklistProblem p ? p.detail() : null);
            model.addAttribute("checklists", checklists.all());
            return "disclosure/checklists";
        }
    }
}
