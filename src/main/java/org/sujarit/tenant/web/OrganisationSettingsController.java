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
import org.sujarit.shared.NumeralStyle;
import org.sujarit.shared.TenantMember;
import org.sujarit.tenant.Organisation;
import org.sujarit.tenant.Organisations;

/**
 * A tenant admin keeps the contact details shown on the public portal, and chooses how the
 * tenant's pages and documents write numbers.
 */
@Controller
@RequestMapping("/console/organisation")
@PreAuthorize("hasRole('TENANT_ADMIN')")
class OrganisationSettingsController {

    private final Organisations organisations;

    OrganisationSettingsController(Organisations organisations) {
        this.organisations = organisations;
    }

    @GetMapping
    String show(@AuthenticationPrincipal TenantMember me, Model model) {
        model.addAttribute("form", ContactsForm.of(organisations.get(me.tenant()).contacts()));
        return view(me, model);
    }

    @PostMapping("/numerals")
    String numerals(@AuthenticationPrincipal TenantMember me, @Valid @ModelAttribute("numeralsForm") NumeralsForm form,
                    BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            FormErrors.unprocessable(response);
            model.addAttribute("form", ContactsForm.of(organisations.get(me.tenant()).contacts()));
            return view(me, model);
        }
        organisations.changeNumeralStyle(me.tenant(), form.style());
        redirect.addFlashAttribute("notice", "organisation.numerals.saved");
        return "redirect:/console/organisation";
    }

    @PostMapping
    String save(@AuthenticationPrincipal TenantMember me, @Valid @ModelAttribute("form") ContactsForm form,
                BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            FormErrors.unprocessable(response);
            return view(me, model);
        }
        organisations.changeContacts(me.tenant(), form.toContacts());
        redirect.addFlashAttribute("notice", "organisation.saved");
        return "redirect:/console/organisation";
    }

    private String view(TenantMember me, Model model) {
        Organisation organisation = organisations.get(me.tenant());
        model.addAttribute("organisation", organisation);
        if (!model.containsAttribute("numeralsForm")) {
            model.addAttribute("numeralsForm", new NumeralsForm(organisation.numerals()));
        }
        model.addAttribute("numeralStyles", NumeralStyle.values());
        return "tenant/organisation";
    }
}
