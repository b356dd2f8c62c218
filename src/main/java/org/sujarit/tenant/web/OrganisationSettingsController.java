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
import org.sujarit.shared.TenantMember;
import org.sujarit.tenant.Organisations;

/** A tenant admin keeps the contact details shown on the public portal. */
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
        model.addAttribute("organisation", organisations.get(me.tenant()));
        return "tenant/organisation";
    }
}
