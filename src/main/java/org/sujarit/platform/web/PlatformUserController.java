package org.sujarit.platform.web;

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
import org.sujarit.shared.RuleViolation;
import org.sujarit.staff.OversightScope;
import org.sujarit.staff.StaffUsers;
import org.sujarit.tenant.Organisations;

/** Accounts without a tenant: platform admins and oversight users. */
@Controller
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class PlatformUserController {

    private final StaffUsers users;
    private final Organisations organisations;

    PlatformUserController(StaffUsers users, Organisations organisations) {
        this.users = users;
        this.organisations = organisations;
    }

    @GetMapping("/admin/users")
    String list(Model model) {
        model.addAttribute("users", users.listWithoutTenant());
        model.addAttribute("form", OversightUserForm.empty());
        return view(model);
    }

    @PostMapping("/admin/users")
    String create(@Valid @ModelAttribute("form") OversightUserForm form, BindingResult binding, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                users.create(form.toCommand());
                redirect.addFlashAttribute("notice", "user.created");
                return "redirect:/admin/users";
            } catch (RuleViolation violation) {
                FormErrors.reject(binding, violation);
            }
        }
        FormErrors.unprocessable(response);
        model.addAttribute("users", users.listWithoutTenant());
        return view(model);
    }

    private String view(Model model) {
        model.addAttribute("levels", OversightScope.Level.values());
        model.addAttribute("provinces", organisations.provinces());
        return "platform/users";
    }
}
