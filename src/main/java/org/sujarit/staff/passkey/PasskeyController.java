package org.sujarit.staff.passkey;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.shared.RuleViolation;
import org.sujarit.staff.StaffPrincipal;
import org.sujarit.staff.factor.Factors;
import org.sujarit.staff.factor.OneTimeCodes;

/**
 * {@code /account/passkeys}: a member of staff's own passkeys — add one (the browser makes it,
 * {@code static/js/passkeys.js} talks to Spring's WebAuthn endpoints), see when each was made and
 * last used, rename one, remove one (with the password, or without it right after a second factor).
 * Only the signed-in person's own passkeys are ever read or changed.
 */
@Controller
class PasskeyController {

    static final String PAGE = "/account/passkeys";

    private final Passkeys passkeys;
    private final OneTimeCodes codes;
    private final Duration stepUpValidity;
    private final Clock clock;

    PasskeyController(Passkeys passkeys, OneTimeCodes codes,
                      @Value("${sujarit.sign-in.step-up-validity:PT5M}") Duration stepUpValidity, Clock clock) {
        this.passkeys = passkeys;
        this.codes = codes;
        this.stepUpValidity = stepUpValidity;
        this.clock = clock;
    }

    @GetMapping(PAGE)
    String page(@AuthenticationPrincipal StaffPrincipal me, Authentication session, Model model) {
        return view(me, session, model);
    }

    @PostMapping(PAGE + "/{passkeyId}/label")
    String rename(@AuthenticationPrincipal StaffPrincipal me, Authentication session, @PathVariable UUID passkeyId,
                  @RequestParam(defaultValue = "") String label, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        try {
            passkeys.rename(me, passkeyId, label);
        } catch (RuleViolation violation) {
            model.addAttribute("problemOf", passkeyId);
            model.addAttribute("typedLabel", label.length() > 200 ? label.substring(0, 200) : label);
            model.addAttribute("labelProblem", violation.messageKey());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return view(me, session, model);
        }
        redirect.addFlashAttribute("notice", "passkey.renamed");
        return "redirect:" + PAGE;
    }

    @PostMapping(PAGE + "/{passkeyId}/remove")
    String remove(@AuthenticationPrincipal StaffPrincipal me, Authentication session, @PathVariable UUID passkeyId,
                  @RequestParam(defaultValue = "") String password, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        try {
            passkeys.remove(me, passkeyId, password, Factors.fresh(session, clock.instant(), stepUpValidity));
        } catch (RuleViolation violation) {
            model.addAttribute("problemOf", passkeyId);
            model.addAttribute("passwordProblem", violation.messageKey());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return view(me, session, model);
        }
        redirect.addFlashAttribute("notice", "passkey.removed");
        return "redirect:" + PAGE;
    }

    private String view(StaffPrincipal me, Authentication session, Model model) {
        var mine = passkeys.of(me.userId());
        model.addAttribute("passkeys", mine);
        model.addAttribute("maxLength", PasskeyLabel.MAX_LENGTH);
        // An account with a second factor (a passkey, one-time codes) adds a passkey only after a
        // second factor in this session (PasskeyRegistrationGuard); the page offers to confirm first,
        // with a passkey it has or with a one-time code on the step-up page.
        model.addAttribute("confirmFirst", passkeys.anyFactorSetUp(me.userId()) && !Factors.hasSecondFactor(session));
        model.addAttribute("confirmWithPasskey", !mine.isEmpty());
        model.addAttribute("confirmWithCode", codes.active(me.userId()));
        model.addAttribute("fresh", Factors.fresh(session, clock.instant(), stepUpValidity));
        model.addAttribute("continueUrl", PAGE);
        return "staff/passkeys";
    }
}
