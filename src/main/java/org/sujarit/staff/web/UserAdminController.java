package org.sujarit.staff.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.sujarit.infrastructure.web.FormErrors;
import org.sujarit.shared.RuleViolation;
import org.sujarit.staff.Role;
import org.sujarit.staff.StaffPrincipal;
import org.sujarit.staff.StaffUser;
import org.sujarit.staff.StaffUserNotFound;
import org.sujarit.staff.StaffUsers;
import org.sujarit.tenant.UnitId;
import org.sujarit.tenant.Units;

/** A tenant admin's management of the tenant's staff accounts. */
@Controller
@RequestMapping("/console/users")
@PreAuthorize("hasRole('TENANT_ADMIN')")
class UserAdminController {

    private static final List<Role> TENANT_ROLES = Arrays.stream(Role.values()).filter(Role::isTenantRole).toList();

    private final StaffUsers users;
    private final Units units;

    UserAdminController(StaffUsers users, Units units) {
        this.users = users;
        this.units = units;
    }

    @GetMapping
    String list(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("users", users.list(me.tenant()));
        model.addAttribute("unitNames", unitNames(me));
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

    @GetMapping("/{userId}")
    String show(@AuthenticationPrincipal StaffPrincipal me, @PathVariable UUID userId, Model model) {
        StaffUser user = user(me, userId);
        model.addAttribute("assignment", AssignmentForm.of(user));
        model.addAttribute("reset", ResetPasswordForm.empty());
        return userView(me, user, model);
    }

    @PostMapping("/{userId}/assignment")
    String assign(@AuthenticationPrincipal StaffPrincipal me, @PathVariable UUID userId,
                  @Valid @ModelAttribute("assignment") AssignmentForm form, BindingResult binding, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        StaffUser user = user(me, userId);
        if (!binding.hasErrors()) {
            try {
                users.assign(me.tenant(), userId, form.roles(), form.unitId() == null ? null : new UnitId(form.unitId()));
                redirect.addFlashAttribute("notice", "user.assignmentChanged");
                return "redirect:/console/users/" + userId;
            } catch (RuleViolation violation) {
                FormErrors.reject(binding, violation);
            }
        }
        FormErrors.unprocessable(response);
        model.addAttribute("reset", ResetPasswordForm.empty());
        return userView(me, user, model);
    }

    @PostMapping("/{userId}/password")
    String resetPassword(@AuthenticationPrincipal StaffPrincipal me, @PathVariable UUID userId,
                         @Valid @ModelAttribute("reset") ResetPasswordForm form, BindingResult binding, Model model,
                         HttpServletResponse response, RedirectAttributes redirect) {
        StaffUser user = user(me, userId);
        if (!binding.hasErrors()) {
            try {
                users.resetPassword(me.tenant(), userId, form.password());
                redirect.addFlashAttribute("notice", "user.passwordReset");
                return "redirect:/console/users/" + userId;
            } catch (RuleViolation violation) {
                FormErrors.reject(binding, violation);
            }
        }
        FormErrors.unprocessable(response);
        model.addAttribute("assignment", AssignmentForm.of(user));
        return userView(me, user, model);
    }

    @PostMapping("/{userId}/deactivate")
    String deactivate(@AuthenticationPrincipal StaffPrincipal me, @PathVariable UUID userId,
                      RedirectAttributes redirect) {
        try {
            users.deactivate(me.tenant(), userId, me.userId());
            redirect.addFlashAttribute("notice", "user.deactivated");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("problem", violation.messageKey());
        }
        return "redirect:/console/users/" + userId;
    }

    @PostMapping("/{userId}/reactivate")
    String reactivate(@AuthenticationPrincipal StaffPrincipal me, @PathVariable UUID userId,
                      RedirectAttributes redirect) {
        users.reactivate(me.tenant(), userId);
        redirect.addFlashAttribute("notice", "user.reactivated");
        return "redirect:/console/users/" + userId;
    }

    private StaffUser user(StaffPrincipal me, UUID userId) {
        return users.find(me.tenant(), userId).orElseThrow(() -> new StaffUserNotFound(userId));
    }

    private String newUserView(StaffPrincipal me, Model model) {
        model.addAttribute("roles", TENANT_ROLES);
        model.addAttribute("units", units.activeTree(me.tenant()));
        return "staff/user-new";
    }

    private String userView(StaffPrincipal me, StaffUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("roles", TENANT_ROLES);
        model.addAttribute("units", units.activeTree(me.tenant()));
        model.addAttribute("unitNames", unitNames(me));
        model.addAttribute("self", user.id().equals(me.userId()));
        return "staff/user";
    }

    private Map<UnitId, String> unitNames(StaffPrincipal me) {
        Locale locale = LocaleContextHolder.getLocale();
        return units.tree(me.tenant()).stream()
                .collect(Collectors.toMap(node -> node.unit().id(), node -> node.fullName(locale)));
    }
}
