package org.sujarit.platform.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.infrastructure.web.FormErrors;
import org.sujarit.platform.Onboarding;
import org.sujarit.shared.RuleViolation;
import org.sujarit.tenant.OrganisationKind;
import org.sujarit.tenant.Organisations;

/** The platform admin's list of local governments and the onboarding of a new one. */
@Controller
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class OnboardingController {

    private static final Map<String, String> ADMIN_FIELDS = Map.of("username", "adminUsername",
            "password", "adminPassword");

    private final Organisations organisations;
    private final Onboarding onboarding;

    OnboardingController(Organisations organisations, Onboarding onboarding) {
        this.organisations = organisations;
        this.onboarding = onboarding;
    }

    @GetMapping("/admin")
    String organisations(Model model) {
        model.addAttribute("organisations", organisations.all());
        return "platform/organisations";
    }

    @GetMapping("/admin/organisations/new")
    String newOrganisation(Model model) {
        model.addAttribute("form", OnboardForm.empty());
        return formView(model);
    }

    @PostMapping("/admin/organisations")
    String onboard(@Valid @ModelAttribute("form") OnboardForm form, BindingResult binding, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                onboarding.onboard(form.organisation(), form.admin());
                redirect.addFlashAttribute("notice", "organisation.onboarded");
                return "redirect:/admin";
            } catch (RuleViolation violation) {
                FormErrors.reject(binding, violation, ADMIN_FIELDS);
            }
        }
        FormErrors.unprocessable(response);
        return formView(model);
    }

    private String formView(Model model) {
        model.addAttribute("kinds", OrganisationKind.values());
        model.addAttribute("provinces", organisations.provinces());
        return "platform/onboard";
    }
}
