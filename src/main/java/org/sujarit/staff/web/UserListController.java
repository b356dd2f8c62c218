package org.sujarit.staff.web;

import java.util.List;

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
import org.sujarit.staff.Role;
import org.sujarit.staff.StaffPrincipal;
import org.sujarit.staff.StaffUser;
import org.sujarit.staff.StaffUsers;
import org.sujarit.tenant.Units;

/** A tenant admin's list of the tenant's staff accounts, and a new account added to it. */
@Controller
@RequestMapping("/console/users")
@PreAuthorize("hasRole('TENANT_ADMIN')")
class UserListController {

    private final StaffUsers users;
    private final Units units;

    UserListController(StaffUsers users, Units units) {
        this.users = users;
        this.units = units;
    }

    @GetMapping
    String list(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("users", users.list(me.tenant()));
        model.addAttribute("unitNames", UnitNames.of(units, me.tenant()));
        return "staff/users";
    }

    @GetMapping("/new")
    String newUser(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("form", NewUserForm.empty());
        return newUserView(me, model);
    }

    @PostMapping
    String create(@AuthenticationPrincipal StaffPrincipal me, @Valid @ModelAttribute("form") NewUserForm form,
                  BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                StaffUser created = users.create(form.toCommand(me.tenant()));
                redirect.addFlashAttribute("notice", "user.created");
                return "redirect:/console/users/" + created.id();
            } catch (RuleViolation violation) {
                FormErrors.reject(binding, violation);
            }
        }
        FormErrors.unprocessable(response);
        return newUserView(me, model);
    }

    private String newUserView(StaffPrincipal me, Model model) {
        model.addAttribute("roles", List.copyOf(Role.MEMBER_ROLES));
        model.addAttribute("units", units.activeTree(me.tenant()));
        return "staff/user-new";
    }
}
