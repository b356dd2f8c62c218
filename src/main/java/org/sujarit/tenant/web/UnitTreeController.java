package org.sujarit.tenant.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.infrastructure.web.FormErrors;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantMember;
import org.sujarit.tenant.UnitKind;
import org.sujarit.tenant.Units;

/** A tenant admin's unit tree (สำนัก/กอง → ฝ่าย → งาน), and a new unit added to it. */
@Controller
@RequestMapping("/console/units")
@PreAuthorize("hasRole('TENANT_ADMIN')")
class UnitTreeController {

    private final Units units;

    UnitTreeController(Units units) {
        this.units = units;
    }

    @GetMapping
    String tree(@AuthenticationPrincipal TenantMember me, Model model) {
        model.addAttribute("form", NewUnitForm.empty());
        return treeView(me, model);
    }

    @PostMapping
    String create(@AuthenticationPrincipal TenantMember me, @Valid @ModelAttribute("form") NewUnitForm form,
                  BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                units.create(me.tenant(), form.parent(), form.kind(), form.details());
                redirect.addFlashAttribute("notice", "unit.created");
                return "redirect:/console/units";
            } catch (RuleViolation violation) {
                FormErrors.reject(binding, violation);
            }
        }
        FormErrors.unprocessable(response);
        return treeView(me, model);
    }

    private String treeView(TenantMember me, Model model) {
        model.addAttribute("nodes", units.tree(me.tenant()));
        model.addAttribute("parents", units.activeTree(me.tenant()));
        model.addAttribute("kinds", UnitKind.values());
        return "tenant/units";
    }
}
