package org.sujarit.staff.factor;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.infrastructure.web.FormErrors;
import org.sujarit.shared.RuleViolation;
import org.sujarit.staff.StaffPrincipal;

/**
 * A person's own one-time codes ({@code /account/two-factor}): set up with a QR code or the typed
 * key, confirmed by a first code, which also shows the ten recovery codes once; new recovery codes;
 * turning codes off. Renewing and turning off ask for a fresh second factor first.
 */
@Controller
@RequestMapping("/account/two-factor")
class TwoFactorController {

    static final String PAGE = "/account/two-factor";

    private final OneTimeCodes codes;
    private final SecondFactorRequirement requirement;
    private final FactorSession session;
    private final Clock clock;
    private final Duration validity;

    TwoFactorController(OneTimeCodes codes, SecondFactorRequirement requirement, FactorSession session, Clock clock,
                        @Value("${sujarit.sign-in.step-up-validity:PT5M}") Duration validity) {
        this.codes = codes;
        this.requirement = requirement;
        this.session = session;
        this.clock = clock;
        this.validity = validity;
    }

    @GetMapping
    String show(@AuthenticationPrincipal StaffPrincipal me, HttpServletRequest request, Model model) {
        // Why the gate sent the person here: ?required (sign-in) or ?stepUp (a sensitive action).
        model.addAttribute("reason", request.getParameterMap().containsKey("required") ? "totp.reason.required"
                : request.getParameterMap().containsKey("stepUp") ? "totp.reason.stepUp" : null);
        return view(me, model);
    }

    @PostMapping("/confirm")
    String confirm(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(defaultValue = "") String code, Model model,
                   HttpServletRequest request, HttpServletResponse response) {
        try {
            List<String> recovery = codes.confirm(me.userId(), code, me);
            session.add(Factors.FACTOR_TOTP, me, request, response);
            model.addAttribute("recoveryCodes", recovery);
            model.addAttribute("first", true);
            return "staff/recovery-codes";
        } catch (RuleViolation violation) {
            model.addAttribute("problem", violation.messageKey());
            FormErrors.unprocessable(response);
            return view(me, model);
        }
    }

    @PostMapping("/recovery-codes")
    String renew(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        if (!fresh()) {
            return stepUp();
        }
        model.addAttribute("recoveryCodes", codes.renewRecoveryCodes(me.userId(), me));
        model.addAttribute("first", false);
        return "staff/recovery-codes";
    }

    @PostMapping("/remove")
    String remove(@AuthenticationPrincipal StaffPrincipal me, RedirectAttributes redirect) {
        if (!fresh()) {
            return stepUp();
        }
        codes.remove(me.userId(), me);
        redirect.addFlashAttribute("notice", "totp.removed");
        return "redirect:" + PAGE;
    }

    private String view(StaffPrincipal me, Model model) {
        OneTimeCodes.Status status = codes.status(me.userId());
        model.addAttribute("status", status);
        model.addAttribute("required", requirement.requires(me));
        if (!status.active()) {
            model.addAttribute("enrolment", codes.start(me.userId(), me.getUsername()));
        }
        return "staff/two-factor";
    }

    private boolean fresh() {
        return Factors.fresh(SecurityContextHolder.getContext().getAuthentication(), clock.instant(), validity);
    }

    private static String stepUp() {
        return "redirect:" + SecondFactorController.STEP_UP + "?continue=" + URLEncoder.encode(PAGE, StandardCharsets.UTF_8);
    }
}
