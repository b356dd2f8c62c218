package org.sujarit.staff.factor;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.infrastructure.web.FormErrors;
import org.sujarit.staff.SignedInUsers;
import org.sujarit.staff.StaffPrincipal;
import org.sujarit.staff.StaffUserChanged;
import org.sujarit.staff.StaffUserChanged.Change;
import org.sujarit.staff.factor.OneTimeCodes.Check;

/**
 * The second-factor page after the password (or single sign-on), and the step-up page before a
 * sensitive action: a one-time code, or a recovery code, or (from the passkeys' fragment) a
 * passkey. Passed, the factor joins the session and the person goes on to where they were going
 * ({@code continue}, a local path only); failed, the page says why. Both are audited.
 */
@Controller
class SecondFactorController {

    static final String SIGN_IN = "/login/second-factor";
    static final String STEP_UP = "/login/step-up";

    private final OneTimeCodes codes;
    private final FactorSession session;
    private final SignedInUsers signedIn;
    private final ApplicationEventPublisher events;

    SecondFactorController(OneTimeCodes codes, FactorSession session, SignedInUsers signedIn,
                           ApplicationEventPublisher events) {
        this.codes = codes;
        this.session = session;
        this.signedIn = signedIn;
        this.events = events;
    }

    @GetMapping(SIGN_IN)
    String signInPage(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(name = "continue", required = false) String back,
                      Model model) {
        if (me == null) {
            return "redirect:/login";
        }
        if (Factors.hasSecondFactor(SecurityContextHolder.getContext().getAuthentication())) {
            return "redirect:" + target(me, back);
        }
        return page(me, false, back, model);
    }

    @GetMapping(STEP_UP)
    String stepUpPage(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(name = "continue", required = false) String back,
                      Model model) {
        if (me == null) {
            return "redirect:/login";
        }
        return page(me, true, back, model);
    }

    @PostMapping(SIGN_IN)
    String signInCode(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(defaultValue = "") String code,
                      @RequestParam(name = "continue", required = false) String back, Model model,
                      HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        return attempt(me, false, back, me == null ? null : codes.verify(me.userId(), code), "code", model, request, response, redirect);
    }

    @PostMapping(SIGN_IN + "/recovery")
    String signInRecovery(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(defaultValue = "") String recoveryCode,
                          @RequestParam(name = "continue", required = false) String back, Model model,
                          HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        return attempt(me, false, back, me == null ? null : codes.useRecoveryCode(me.userId(), recoveryCode, me), "recoveryCode",
                model, request, response, redirect);
    }

    @PostMapping(STEP_UP)
    String stepUpCode(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(defaultValue = "") String code,
                      @RequestParam(name = "continue", required = false) String back, Model model,
                      HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        return attempt(me, true, back, me == null ? null : codes.verify(me.userId(), code), "code", model, request, response, redirect);
    }

    @PostMapping(STEP_UP + "/recovery")
    String stepUpRecovery(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(defaultValue = "") String recoveryCode,
                          @RequestParam(name = "continue", required = false) String back, Model model,
                          HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        return attempt(me, true, back, me == null ? null : codes.useRecoveryCode(me.userId(), recoveryCode, me), "recoveryCode",
                model, request, response, redirect);
    }

    private String attempt(StaffPrincipal me, boolean stepUp, String back, Check check, String field, Model model,
                           HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        if (me == null) {
            return "redirect:/login";
        }
        if (check instanceof Check.Accepted) {
            session.add(Factors.FACTOR_TOTP, me, request, response);
            publish(me, stepUp ? Change.STEP_UP_PASSED : Change.SECOND_FACTOR_PASSED);
            if ("recoveryCode".equals(field)) {
                redirect.addFlashAttribute("notice", "totp.recoveryCodeUsed");
            }
            return "redirect:" + target(me, back);
        }
        publish(me, stepUp ? Change.STEP_UP_FAILED : Change.SECOND_FACTOR_FAILED);
        if (check instanceof Check.Locked locked) {
            model.addAttribute("problem", "totp.lockedFor");
            model.addAttribute("problemArg", locked.minutes());
        } else {
            model.addAttribute("problem", "recoveryCode".equals(field) ? "totp.recoveryWrong" : "totp.wrong");
        }
        model.addAttribute("problemField", field);
        FormErrors.unprocessable(response);
        return page(me, stepUp, back, model);
    }

    private String page(StaffPrincipal me, boolean stepUp, String back, Model model) {
        model.addAttribute("stepUp", stepUp);
        model.addAttribute("continueUrl", local(back) ? back : signedIn.homeOf(me));
        model.addAttribute("totpActive", codes.active(me.userId()));
        model.addAttribute("action", stepUp ? STEP_UP : SIGN_IN);
        return "staff/second-factor";
    }

    private String target(StaffPrincipal me, String back) {
        return local(back) ? back : signedIn.homeOf(me);
    }

    /** A path on this site: starts with one slash, no scheme, no backslash, no line breaks. */
    static boolean local(String path) {
        return path != null && path.startsWith("/") && !path.startsWith("//") && !path.contains("\\")
                && path.length() <= 2000 && path.chars().noneMatch(c -> c < 0x20);
    }

    private void publish(StaffPrincipal me, Change change) {
        UUID tenant = me.hasTenant() ? me.tenant().value() : null;
        events.publishEvent(new StaffUserChanged(tenant, me.userId(), change, me));
    }
}
