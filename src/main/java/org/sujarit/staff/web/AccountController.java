package org.sujarit.staff.web;

import java.util.List;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.infrastructure.web.FormErrors;
import org.sujarit.shared.RuleViolation;
import org.sujarit.staff.AccountSection;
import org.sujarit.staff.PasswordPolicy;
import org.sujarit.staff.SignedInUsers;
import org.sujarit.staff.StaffPrincipal;
import org.sujarit.staff.StaffUsers;

/**
 * A signed-in user's own account: the overview of how they sign in (the password and each
 * {@link AccountSection} — second factors, passkeys, linked identities), and changing the password.
 */
@Controller
class AccountController {

    private final StaffUsers users;
    private final SignedInUsers signedIn;
    private final ObjectProvider<AccountSection> sections;

    AccountController(StaffUsers users, SignedInUsers signedIn, ObjectProvider<AccountSection> sections) {
        this.users = users;
        this.signedIn = signedIn;
        this.sections = sections;
    }

    @GetMapping("/account")
    String overview(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        List<AccountSection.View> views = sections.orderedStream().map(section -> section.view(me))
                .filter(Objects::nonNull).toList();
        model.addAttribute("me", me);
        model.addAttribute("sections", views);
        return "staff/account";
    }

    @GetMapping("/account/password")
    String passwordForm(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("form", PasswordForm.empty());
        return view(me, model);
    }

    @PostMapping("/account/password")
    String changePassword(@AuthenticationPrincipal StaffPrincipal me, @Valid @ModelAttribute("form") PasswordForm form,
                          BindingResult binding, Model model, HttpServletRequest request,
                          HttpServletResponse response, RedirectAttributes redirect) {
        if (!binding.hasErrors() && !form.newPassword().equals(form.confirmPassword())) {
            binding.rejectValue("confirmPassword", "password.mismatch");
        }
        if (!binding.hasErrors()) {
            try {
                users.changeOwnPassword(me.userId(), form.currentPassword(), form.newPassword(),
                        request.getSession().getId());
                StaffPrincipal refreshed = signedIn.refresh(me.getUsername(), request, response);
                redirect.addFlashAttribute("notice", "password.changed");
                return "redirect:" + signedIn.homeOf(refreshed);
            } catch (RuleViolation violation) {
                FormErrors.reject(binding, violation);
            }
        }
        FormErrors.unprocessable(response);
        return view(me, model);
    }

    private static String view(StaffPrincipal me, Model model) {
        model.addAttribute("mustChange", me.mustChangePassword());
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        return "staff/password";
    }
}
