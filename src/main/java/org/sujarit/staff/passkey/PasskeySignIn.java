package org.sujarit.staff.passkey;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.sujarit.staff.SignInCustomizer;
import org.sujarit.staff.SignedInUsers;
import org.sujarit.staff.StaffPrincipal;
import org.sujarit.staff.factor.Factors;

/**
 * Spring Security's WebAuthn support on the staff chain, set for Sujarit:
 * <ul>
 * <li>the relying party of {@link PasskeyRelyingParty} (user verification required, passkeys in
 * PostgreSQL);</li>
 * <li>{@code POST /login/webauthn} goes through {@link PasskeyAuthentication} (principal
 * {@link StaffPrincipal}, same-account rule in a signed-in session), changes the session id, and
 * answers the script with where to go next;</li>
 * <li>Spring's own registration page is off: passkeys are managed at {@code /account/passkeys}.</li>
 * </ul>
 */
@Component
class PasskeySignIn implements SignInCustomizer {

    private final Webauthn4JRelyingPartyOperations relyingParty;
    private final String rpId;
    private final String origin;
    private final UserDetailsService accounts;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Passkeys passkeys;
    private final PasskeyAnswers answers;
    private final SignedInUsers signedIn;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    PasskeySignIn(PasskeyRelyingParty relyingParty, UserDetailsService accounts, JdbcClient jdbc,
                  ApplicationEventPublisher events, Clock clock, Passkeys passkeys, MessageSource messages,
                  LocaleResolver locales, SignedInUsers signedIn) {
        this.relyingParty = relyingParty.operations();
        this.rpId = relyingParty.rpId();
        this.origin = relyingParty.origin();
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.passkeys = passkeys;
        this.answers = new PasskeyAnswers(messages, locales);
        this.signedIn = signedIn;
    }

    @Override
    public void customize(HttpSecurity http) throws Exception {
        http.addFilterAfter(new PasskeyRegistrationGuard(passkeys, answers, events, contexts), LogoutFilter.class);
        http.webAuthn(webAuthn -> webAuthn
                .rpName("Sujarit")
                .rpId(rpId)
                .allowedOrigins(origin)
                .disableDefaultRegistrationPage(true)
                .creationOptionsRepository(new PasskeyCreationOptions())
                .withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
                    @Override
                    public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
                        filter.setAuthenticationManager(new ProviderManager(new PasskeyAuthentication(relyingParty,
                                accounts, jdbc, events, contexts, clock)));
                        filter.setSessionAuthenticationStrategy(new ChangeSessionIdAuthenticationStrategy());
                        filter.setAuthenticationSuccessHandler(new Success(signedIn));
                        filter.setAuthenticationFailureHandler((request, response, e) -> failure(request, response, e));
                        return filter;
                    }
                }));
    }

    private void failure(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        answers.refuse(request, response, HttpServletResponse.SC_UNAUTHORIZED,
                e instanceof DisabledException ? "passkey.signIn.disabled" : "passkey.signIn.failed");
    }

    /** Where to go: the page asked for before signing in, else the person's home; the script follows it. */
    private static final class Success implements org.springframework.security.web.authentication.AuthenticationSuccessHandler {

        private final SignedInUsers signedIn;
        private final RequestCache requests = new HttpSessionRequestCache();

        Success(SignedInUsers signedIn) {
            this.signedIn = signedIn;
        }

        @Override
        public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                            Authentication authentication) throws IOException {
            StaffPrincipal principal = (StaffPrincipal) authentication.getPrincipal();
            request.getSession().removeAttribute(SignedInUsers.TYPED_USERNAME);
            // A factor added to a signed-in session (second factor, step-up) leaves the page asked for
            // before to the page that asked for the factor, which sends the person on (continueUrl).
            boolean addedToSession = authentication.getAuthorities().stream().anyMatch(a ->
                    a instanceof FactorGrantedAuthority && !Factors.FACTOR_WEBAUTHN.equals(a.getAuthority()));
            SavedRequest saved = requests.getRequest(request, response);
            String next = signedIn.homeOf(principal);
            if (saved != null && !principal.mustChangePassword()) {
                URI target = URI.create(saved.getRedirectUrl());
                next = target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
            }
            if (!addedToSession) {
                requests.removeRequest(request, response);
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("authenticated", true);
            body.put("redirectUrl", next);
            PasskeyAnswers.write(response, HttpServletResponse.SC_OK, body);
        }
    }
}
