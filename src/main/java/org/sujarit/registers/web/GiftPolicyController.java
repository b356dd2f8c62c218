package org.sujarit.registers.web;

import jakarta.servlet.http.HttpServletResponse;
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
import org.sujarit.registers.GiftPolicyDeclarations;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantMember;
import org.sujarit.staff.StaffUser;
import org.sujarit.staff.StaffUsers;
import org.sujarit.tenant.Organisation;
import org.sujarit.tenant.Organisations;

/**
 * The executive's No Gift declaration of the current fiscal year: filled in from the template,
 * signed by the executive (which publishes it); the integrity officer follows where it stands.
 */
@Controller
@RequestMapping("/console/registers/no-gift")
@PreAuthorize(GiftRegisterController.READERS)
class GiftPolicyController {

    private final GiftPolicyDeclarations declarations;
    private final Organisations organisations;
    private final StaffUsers users;
    private final GiftPages pages;

    GiftPolicyController(GiftPolicyDeclarations declarations, Organisations organisations, StaffUsers users,
                         GiftPages pages) {
        this.declarations = declarations;
        this.organisations = organisations;
        this.users = users;
        this.pages = pages;
    }

    @GetMapping
    String page(@AuthenticationPrincipal TenantMember me, Model model) {
        Organisation organisation = organisations.get(me.tenant());
        FiscalYear year = pages.currentYear();
        String position = users.find(me.tenant(), me.userId()).map(StaffUser::position).orElse(null);
        model.addAttribute("form", new GiftPolicyForm(GiftPolicyDeclarations.template(organisation.nameTh(), year),
                position, false));
        return view(me, organisation, year, model);
    }

    @PostMapping
    @PreAuthorize("hasRole('EXECUTIVE')")
    String sign(@AuthenticationPrincipal TenantMember me, @ModelAttribute("form") GiftPolicyForm form,
                BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Organisation organisation = organisations.get(me.tenant());
        FiscalYear year = pages.currentYear();
        if (!binding.hasErrors() && !Boolean.TRUE.equals(form.confirm())) {
            binding.rejectValue("confirm", "registers.giftPolicy.confirmRequired");
        }
        if (!binding.hasErrors()) {
            try {
                String name = users.find(me.tenant(), me.userId()).orElseThrow().displayName();
                declarations.sign(me.tenant(), year, form.text(), name, form.signerPosition(), me.userId());
                redirect.addFlashAttribute("notice", "registers.giftPolicy.signed");
                return "redirect:/console/registers/no-gift";
            } catch (RuleViolation violation) {
                FormErrors.reject(binding, violation);
            }
        }
        FormErrors.unprocessable(response);
        return view(me, organisation, year, model);
    }

    private String view(TenantMember me, Organisation organisation, FiscalYear year, Model model) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("year", year);
        model.addAttribute("declaration", declarations.find(me.tenant(), year).orElse(null));
        return "registers/gift-policy";
    }
}
