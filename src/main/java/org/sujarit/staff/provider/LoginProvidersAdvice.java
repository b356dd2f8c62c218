package org.sujarit.staff.provider;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.sujarit.staff.roster.ActivationLinks;
import org.sujarit.staff.roster.Invitations;

/**
 * What the sign-in page ({@code staff/login-providers :: providers}) and the activation page
 * ({@code staff/login-providers :: activation}) show of single sign-on: the providers to sign in
 * with or to link, and after a sign-out the provider's own sign-out, once.
 */
@ControllerAdvice(basePackages = "org.sujarit.staff.web")
class LoginProvidersAdvice {

    private final Providers providers;
    private final Invitations invitations;
    private final ProviderRegistrations registrations;

    LoginProvidersAdvice(Providers providers, Invitations invitations, ProviderRegistrations registrations) {
        this.registrations = registrations;
        this.providers = providers;
        this.invitations = invitations;
    }

    @ModelAttribute
    void providers(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response, org.springframework.ui.Model model) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("/login".equals(path)) {
            model.addAttribute("signInProviders", providers.offeredAtSignIn(request.getParameter("org")));
            HttpSession session = request.getSession(false);
            if (session != null && session.getAttribute(ProviderSignIn.SIGN_OUT_OFFER) instanceof ProviderSignIn.SignOutOffer offer) {
                session.removeAttribute(ProviderSignIn.SIGN_OUT_OFFER);
                providers.byRegistrationId(offer.registrationId()).ifPresent(p -> {
                    model.addAttribute("signOutProvider", p);
                    model.addAttribute("signOutUrl", offer.url());
                });
            }
        } else if (ActivationLinks.PAGE.equals(path) && "GET".equals(request.getMethod())) {
            String token = request.getParameter("token");
            List<Provider> offered = token == null ? List.of()
                    : invitations.invitedByLink(token).map(i -> providers.offeredTo(i.tenantId())).orElse(List.of());
            model.addAttribute("linkProviders", offered);
            ProviderForms.allowFormsTo(response, registrations, offered);
        }
    }
}
