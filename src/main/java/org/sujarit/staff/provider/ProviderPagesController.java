package org.sujarit.staff.provider;

import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.sujarit.staff.roster.ActivationLinks;
import org.sujarit.staff.roster.Invitations;

/**
 * The public pages of single sign-on: the start of a sign-in (the provider is asked for its
 * discovery document before the person is sent there, so that a provider that is down is said
 * here, not at the provider), the start of a link through a mailed invitation, and the page
 * that says why a sign-in was refused and what to do.
 */
@Controller
class ProviderPagesController {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ProviderPagesController.class);

    static final String START = "/login/provider/";
    static final Set<String> REASONS = Set.of("unlinked", "token", "replayed", "unavailable", "unknown", "cancelled",
            "inactive", "wrongTenant", "alreadyLinked", "invitationGone", "noSubject", "failed");

    private final Providers providers;
    private final ProviderRegistrations registrations;
    private final Invitations invitations;
    private final ApplicationEventPublisher events;

    ProviderPagesController(Providers providers, ProviderRegistrations registrations, Invitations invitations,
                            ApplicationEventPublisher events) {
        this.providers = providers;
        this.registrations = registrations;
        this.invitations = invitations;
        this.events = events;
    }

    @GetMapping(START + "{registrationId}")
    String start(@PathVariable String registrationId, HttpServletRequest request) {
        Optional<Provider> provider = providers.byRegistrationId(registrationId).filter(Provider::enabled);
        String reason = null;
        if (provider.isEmpty()) {
            reason = "unknown";
        } else {
            try {
                registrations.registration(provider.get());
            } catch (ProviderRegistrations.Unavailable e) {
                log.warn("Sign-in provider {} unavailable: {}", registrationId, e.getMessage(), e.getCause());
                reason = "unavailable";
            }
        }
        if (reason != null) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.removeAttribute(PendingLink.ATTRIBUTE);
            }
            events.publishEvent(new ProviderSignInRefused(provider.map(Provider::tenantId).orElse(null),
                    provider.map(Provider::registrationId).orElse(null), reason));
            return "redirect:" + ProviderSignIn.PROBLEM_PAGE + "?reason=" + reason
                    + provider.map(p -> "&provider=" + p.registrationId()).orElse("");
        }
        return "redirect:/oauth2/authorization/" + provider.get().registrationId();
    }

    /** From the activation page: link an identity at this provider instead of setting a password. */
    @PostMapping(ActivationLinks.PAGE + "/provider")
    String linkByInvitation(@RequestParam(required = false) String token, @RequestParam(required = false) String registrationId,
                            HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        Optional<Invitations.Invited> invited = invitations.invitedByLink(token);
        if (invited.isEmpty()) {
            response.setStatus(HttpStatus.GONE.value());
            return "staff/activate-gone";
        }
        Optional<Provider> provider = providers.byRegistrationId(registrationId)
                .filter(Provider::enabled).filter(p -> p.serves(invited.get().tenantId()));
        if (provider.isEmpty()) {
            return "redirect:" + ProviderSignIn.PROBLEM_PAGE + "?reason=unknown";
        }
        request.getSession().setAttribute(PendingLink.ATTRIBUTE, PendingLink.invitation(provider.get().registrationId(), token));
        return "redirect:" + START + provider.get().registrationId();
    }

    @GetMapping(ProviderSignIn.PROBLEM_PAGE)
    String problem(@RequestParam(required = false) String reason, @RequestParam(required = false) String provider,
                   Model model, HttpServletResponse response, java.util.Locale locale) {
        String known = reason != null && REASONS.contains(reason) ? reason : "failed";
        response.setStatus(switch (known) {
            case "unavailable" -> HttpStatus.SERVICE_UNAVAILABLE.value();
            case "unknown" -> HttpStatus.NOT_FOUND.value();
            default -> HttpStatus.FORBIDDEN.value();
        });
        model.addAttribute("reason", known);
        model.addAttribute("messageKey", "provider.problem." + known);
        model.addAttribute("todoKey", "provider.problem." + known + ".todo");
        model.addAttribute("providerName", providers.byRegistrationId(provider).map(p -> p.name(locale))
                .orElse("en".equals(locale.getLanguage()) ? "the identity provider" : "ผู้ให้บริการยืนยันตัวตน"));
        return "staff/provider-problem";
    }
}
