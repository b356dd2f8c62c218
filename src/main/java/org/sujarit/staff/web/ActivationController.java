package org.sujarit.staff.web;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.sujarit.infrastructure.guard.RateLimiter;
import org.sujarit.infrastructure.guard.RateLimiter.Limit;
import org.sujarit.infrastructure.web.FormErrors;
import org.sujarit.shared.RuleViolation;
import org.sujarit.staff.PasswordPolicy;
import org.sujarit.staff.roster.ActivationLinks;
import org.sujarit.staff.roster.Invitations;

/**
 * The public page where a member of staff sets their first password, from a mailed link or with
 * the user name and code printed for them. Attempts are limited per address and per user name,
 * counted in PostgreSQL before the code is checked, so a wrong code counts like any other.
 */
@Controller
class ActivationController {

    private final Invitations invitations;
    private final RateLimiter limiter;
    private final Limit perAddress;
    private final Limit perUsername;

    ActivationController(Invitations invitations, RateLimiter limiter,
                         @Value("${sujarit.staff.activations-per-10-minutes:20}") int perAddress,
                         @Value("${sujarit.staff.activations-per-user-per-hour:10}") int perUsername) {
        this.invitations = invitations;
        this.limiter = limiter;
        this.perAddress = new Limit("activation", perAddress, Duration.ofMinutes(10));
        this.perUsername = new Limit("activation-user", perUsername, Duration.ofHours(1));
    }

    @GetMapping(ActivationLinks.PAGE)
    String form(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (token == null) {
            model.addAttribute("form", new ActivationForm(null, null, null, null, null));
            return view(model, false);
        }
        return invitations.usernameOfLink(token).map(username -> {
            model.addAttribute("form", ActivationForm.withToken(token));
            model.addAttribute("username", username);
            return view(model, true);
        }).orElseGet(() -> {
            response.setStatus(HttpStatus.GONE.value());
            return "staff/activate-gone";
        });
    }

    @PostMapping(ActivationLinks.PAGE)
    String activate(@ModelAttribute("form") ActivationForm form, BindingResult binding, Model model,
                    HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        String username = form.username() == null ? "" : form.username().strip().toLowerCase(Locale.ROOT);
        boolean allowed = limiter.tryAcquire(perAddress, request.getRemoteAddr())
                && (form.byLink() || limiter.tryAcquire(perUsername, "user:" + username));
        if (!allowed) {
            binding.reject("invitation.tooManyAttempts");
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return view(model, form.byLink());
        }
        if (form.password() == null || !form.password().equals(form.confirmPassword())) {
            binding.rejectValue("confirmPassword", "password.mismatch");
        } else {
            try {
                if (form.byLink()) {
                    invitations.acceptLink(form.token(), form.password());
                } else {
                    invitations.acceptCode(username, form.code(), form.password());
                }
                return "redirect:/login?activated";
            } catch (RuleViolation violation) {
                if ("invitation.invalid".equals(violation.messageKey()) && form.byLink()) {
                    response.setStatus(HttpStatus.GONE.value());
                    return "staff/activate-gone";
                }
                FormErrors.reject(binding, violation);
            }
        }
        FormErrors.unprocessable(response);
        if (form.byLink()) {
            invitations.usernameOfLink(form.token()).ifPresent(name -> model.addAttribute("username", name));
        }
        return view(model, form.byLink());
    }

    private static String view(Model model, boolean byLink) {
        model.addAttribute("byLink", byLink);
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        return "staff/activate";
    }
}
