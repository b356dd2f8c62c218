package org.sujarit.complaint.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
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
import org.sujarit.complaint.CaseView.Category;
import org.sujarit.complaint.Channel;
import org.sujarit.complaint.ComplaintNotFound;
import org.sujarit.complaint.ComplaintSettings;
import org.sujarit.infrastructure.web.FormErrors;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantMember;
import org.sujarit.tenant.Units;

/** The centre's settings and its categories, kept by the tenant admin and the integrity officer. */
@Controller
@RequestMapping("/console/complaints/settings")
@PreAuthorize("hasAnyRole('TENANT_ADMIN', 'INTEGRITY_OFFICER')")
class ComplaintSettingsController {

    private final ComplaintSettings settings;
    private final Units units;

    ComplaintSettingsController(ComplaintSettings settings, Units units) {
        this.settings = settings;
        this.units = units;
    }

    @GetMapping
    String show(@AuthenticationPrincipal TenantMember me, Model model) {
        return view(me, null, model);
    }

    @PostMapping
    String save(@AuthenticationPrincipal TenantMember me, @Valid @ModelAttribute("form") SettingsForm form,
                BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        int acknowledge = 0;
        int action = 0;
        int reopen = 0;
        if (form != null) {
            acknowledge = form.days("acknowledgeDays", binding);
            action = form.days("actionDays", binding);
            reopen = form.days("reopenDays", binding);
        }
        if (!binding.hasErrors()) {
            try {
                settings.changeSettings(me.tenant(), form.prefix(), acknowledge, action, reopen, form.toMilestones());
                redirect.addFlashAttribute("notice", "complaint.settings.saved");
                return "redirect:/console/complaints/settings";
            } catch (RuleViolation violation) {
                FormErrors.reject(binding, violation);
            }
        }
        FormErrors.unprocessable(response);
        return view(me, null, model);
    }

    @PostMapping("/categories")
    String add(@AuthenticationPrincipal TenantMember me, @Valid @ModelAttribute("categoryForm") CategoryForm form,
               BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Integer order = form == null ? null : form.order(binding);
        if (!binding.hasErrors()) {
            try {
                settings.saveCategory(me.tenant(), form.toCategory(null, order));
                redirect.addFlashAttribute("notice", "complaint.category.saved");
                return "redirect:/console/complaints/settings#categories";
            } catch (RuleViolation violation) {
                FormErrors.reject(binding, violation);
            }
        }
        FormErrors.unprocessable(response);
        return view(me, "new", model);
    }

    @PostMapping("/categories/{categoryId}")
    String edit(@AuthenticationPrincipal TenantMember me, @PathVariable UUID categoryId,
                @Valid @ModelAttribute("editForm") CategoryForm form, BindingResult binding, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        Category existing = settings.categories(me.tenant()).stream().filter(c -> c.id().equals(categoryId)).findFirst()
                .orElseThrow(() -> new ComplaintNotFound("category"));
        Integer order = form == null ? null : form.order(binding);
        if (!binding.hasErrors()) {
            try {
                settings.saveCategory(me.tenant(), form.toCategory(existing, order));
                redirect.addFlashAttribute("notice", "complaint.category.saved");
                return "redirect:/console/complaints/settings#category-" + categoryId;
            } catch (RuleViolation violation) {
                FormErrors.reject(binding, violation);
            }
        }
        FormErrors.unprocessable(response);
        return view(me, categoryId.toString(), model);
    }

    /** {@code active} names the category form that came back with errors ("new" or the category's id). */
    private String view(TenantMember me, String active, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", SettingsForm.of(settings.settings(me.tenant())));
        }
        if (!model.containsAttribute("categoryForm")) {
            model.addAttribute("categoryForm", CategoryForm.blank());
        }
        model.addAttribute("active", active);
        model.addAttribute("categories", settings.categories(me.tenant()));
        model.addAttribute("channels", Channel.values());
        model.addAttribute("milestoneStatuses", SettingsForm.MILESTONE_STATUSES);
        model.addAttribute("units", units.activeTree(me.tenant()));
        return "complaint/settings";
    }
}
