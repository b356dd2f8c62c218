package org.sujarit.staff.web;

import java.util.List;
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
import org.sujarit.infrastructure.web.FormErrors;
import org.sujarit.shared.RuleViolation;
import org.sujarit.staff.Role;
import org.sujarit.staff.StaffPrincipal;
import org.sujarit.staff.StaffUser;
import org.sujarit.staff.StaffUserNotFound;
import org.sujarit.staff.StaffUsers;
import org.sujarit.tenant.UnitId;
import org.sujarit.tenant.Units;

/** A tenant admin's management of one staff account: its roles and unit, a temporary password, (de)activation. */
@Controller
@RequestMapping("/console/users")
@PreAuthorize("hasRole('TENANT_ADMIN')")
class UserAdminController {

    private final StaffUsers users;
    private final Units units;

    UserAdminController(StaffUsers users, Units units) {
        this.users = users;
        this.units = units;
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

    private String userView(StaffPrincipal me, StaffUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("roles", List.copyOf(Role.MEMBER_ROLES));
        model.addAttribute("units", units.activeTree(me.tenant()));
        model.addAttribute("unitNames", UnitNames.of(units, me.tenant()));
        model.addAttribute("self", user.id().equals(me.userId()));
        return "staff/user";
    }
}
