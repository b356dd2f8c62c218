package org.sujarit.staff.provider;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import java.time.Duration;

import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.web.OAuth2LoginAuthenticationFilter;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.web.client.RestClient;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import org.sujarit.shared.RuleViolation;
import org.sujarit.staff.SignInCustomizer;
import org.sujarit.staff.SignedInUsers;
import org.sujarit.staff.StaffPrincipal;
import org.sujarit.staff.StaffUserChanged;
import org.sujarit.staff.StaffUserChanged.Change;

/**
 * Single sign-on on the staff chain: Spring Security's {@code oauth2Login} against the providers of
 * {@link ProviderRegistrations}, with this class deciding what a person who came back from the
 * provider gets. The provider's word alone opens nothing: the identity must be linked to an
 * account (or be linked now, through the invitation or the signed-in session that sent the person
 * to the provider), the account active and served by that provider. The session then holds the
 * same kind of sign-in as the password form — a {@link StaffPrincipal} — with the factor
 * {@code FACTOR_AUTHORIZATION_CODE}, so that a role that needs a second factor still asks for it.
 * Every refusal empties the session's sign-in, leaves a line in the audit trail and shows a page
 * that says what to do.
 */
@Component
class ProviderSignIn implements SignInCustomizer {

    static final String PROBLEM_PAGE = "/login/provider-problem";
    /** Session attribute: through which provider this session signed in, with its ID token, for the provider's sign-out. */
    static final String SIGNED_IN_WITH = "sujarit.provider.signedInWith";
    /** Session attribute after sign-out: the provider's sign-out address to offer on the sign-in page. */
    static final String SIGN_OUT_OFFER = "sujarit.provider.signOutOffer";

    record SignedInWith(String registrationId, String idToken) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    record SignOutOffer(String registrationId, String url) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    private static final Logger log = LoggerFactory.getLogger(ProviderSignIn.class);

    private final Providers providers;
    private final ProviderRegistrations registrations;
    private final Identities identities;
    private final Linking linking;
    private final SignedInUsers users;
    private final ApplicationEventPublisher events;
    private final ProviderTokenDecoders decoders;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    ProviderSignIn(Providers providers, ProviderRegistrations registrations, Identities identities, Linking linking,
                   SignedInUsers users, ApplicationEventPublisher events, ProviderTokenDecoders decoders) {
        this.decoders = decoders;
        this.providers = providers;
        this.registrations = registrations;
        this.identities = identities;
        this.linking = linking;
        this.users = users;
        this.events = events;
    }

    @Override
    public void customize(HttpSecurity http) throws Exception {
        AuthenticationFailureHandler failure = this::failed;
        http.oauth2Login(login -> login
                .loginPage("/login")
                .clientRegistrationRepository(registrations)
                // tokens stay in the session, not in a process-wide map
                .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                .successHandler((AuthenticationSuccessHandler) this::succeeded)
                .failureHandler(failure)
                .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                    @Override
                    public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                        filter.setAuthenticationFailureHandler(failure);
                        return filter;
                    }
                })
                // The staff chain's authentication manager knows passwords only (SecurityConfiguration sets it
                // without a parent, so that a locked account stays locked): the callback gets its own.
                .withObjectPostProcessor(new ObjectPostProcessor<OAuth2LoginAuthenticationFilter>() {
                    @Override
                    public <O extends OAuth2LoginAuthenticationFilter> O postProcess(O filter) {
                        filter.setAuthenticationManager(new ProviderManager(codeExchange()));
                        return filter;
                    }
                }));
        http.logout(logout -> logout
                .addLogoutHandler(this::rememberProvider)
                .logoutSuccessHandler(this::signedOut));
    }

    /**
     * Exchanges the code at the provider's token endpoint (with timeouts: a provider that hangs
     * must not hold a request thread) and checks the ID token with {@link ProviderTokenDecoders}.
     */
    private OidcAuthorizationCodeAuthenticationProvider codeExchange() {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                java.net.http.HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
        requests.setReadTimeout(Duration.ofSeconds(10));
        RestClient rest = RestClient.builder().requestFactory(requests)
                .configureMessageConverters(converters -> converters
                        .addCustomConverter(new FormHttpMessageConverter())
                        .addCustomConverter(new OAuth2AccessTokenResponseHttpMessageConverter()))
                .defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
                .build();
        RestClientAuthorizationCodeTokenResponseClient tokens = new RestClientAuthorizationCodeTokenResponseClient();
        tokens.setRestClient(rest);
        OidcAuthorizationCodeAuthenticationProvider provider = new OidcAuthorizationCodeAuthenticationProvider(tokens, new OidcUserService());
        provider.setJwtDecoderFactory(decoders);
        return provider;
    }

    private void succeeded(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        HttpSession session = request.getSession();
        PendingLink pending = (PendingLink) session.getAttribute(PendingLink.ATTRIBUTE);
        session.removeAttribute(PendingLink.ATTRIBUTE);
        // Whatever happens next, the provider's token is not a sign-in to Sujarit.
        Authentication previous = pending != null && !pending.byInvitation() ? pending.signedIn() : null;
        save(previous, request, response);

        OAuth2AuthenticationToken token = (OAuth2AuthenticationToken) authentication;
        String registrationId = token.getAuthorizedClientRegistrationId();
        Optional<Provider> found = providers.byRegistrationId(registrationId).filter(Provider::enabled);
        if (found.isEmpty()) {
            refuse(null, registrationId, "unknown", request, response);
            return;
        }
        Provider provider = found.get();
        OidcUser person = (OidcUser) token.getPrincipal();
        Object claim = person.getClaims().get(provider.subjectClaim());
        String subject = claim == null ? "" : claim.toString().strip();
        if (subject.isEmpty() || subject.length() > 255) {
            refuse(provider, registrationId, "noSubject", request, response);
            return;
        }
        String key = identities.keyOf(provider, subject);

        if (pending != null && pending.registrationId().equals(registrationId)) {
            linkThen(provider, key, pending, person, request, response);
            return;
        }
        Optional<Identities.Account> account = identities.accountOf(provider, key);
        if (account.isEmpty()) {
            refuse(provider, registrationId, "unlinked", request, response);
            return;
        }
        signIn(provider, account.get(), person, request, response);
    }

    private void linkThen(Provider provider, String key, PendingLink pending, OidcUser person,
                          HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (pending.byInvitation()) {
            Identities.Account account;
            try {
                account = linking.byInvitation(provider, key, pending.invitationToken());
            } catch (RuleViolation violation) {
                refuse(provider, provider.registrationId(), reasonOf(violation), request, response);
                return;
            }
            signIn(provider, account, person, request, response);
            return;
        }
        StaffPrincipal me = pending.signedIn() != null && pending.signedIn().getPrincipal() instanceof StaffPrincipal p ? p : null;
        Optional<Identities.Account> account = me == null ? Optional.empty() : identities.account(me.userId());
        if (account.isEmpty() || !account.get().userId().equals(pending.userId())) {
            refuse(provider, provider.registrationId(), "failed", request, response);
            return;
        }
        try {
            identities.link(provider, key, account.get(), me);
        } catch (RuleViolation violation) {
            refuse(provider, provider.registrationId(), reasonOf(violation), request, response);
            return;
        }
        response.sendRedirect(request.getContextPath() + AccountIdentityController.PAGE + "?linked=" + provider.registrationId());
    }

    private void signIn(Provider provider, Identities.Account account, OidcUser person,
                        HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!provider.serves(account.tenantId())) {
            refuse(provider, provider.registrationId(), "wrongTenant", request, response);
            return;
        }
        if (!account.active()) {
            events.publishEvent(new StaffUserChanged(account.tenantId(), account.userId(), Change.SIGN_IN_FAILED,
                    new Self(account.userId(), account.username())));
            refuse(provider, provider.registrationId(), "inactive", request, response);
            return;
        }
        StaffPrincipal principal = users.load(account.username());
        List<GrantedAuthority> authorities = new ArrayList<>(principal.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY));
        save(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities), request, response);
        request.getSession().setAttribute(SIGNED_IN_WITH,
                new SignedInWith(provider.registrationId(), person.getIdToken().getTokenValue()));
        events.publishEvent(new StaffUserChanged(account.tenantId(), account.userId(), Change.SIGNED_IN_PROVIDER, principal));
        response.sendRedirect(request.getContextPath() + users.homeOf(principal));
    }

    private void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        HttpSession session = request.getSession(false);
        PendingLink pending = session == null ? null : (PendingLink) session.getAttribute(PendingLink.ATTRIBUTE);
        if (session != null) {
            session.removeAttribute(PendingLink.ATTRIBUTE);
        }
        String registrationId = registrationIdOf(request);
        Provider provider = registrationId == null ? null : providers.byRegistrationId(registrationId).orElse(null);
        String reason = reasonOf(exception, provider);
        log.info("Sign-in through provider {} refused: {} ({})", registrationId, reason, exception.getMessage());
        if (pending != null && !pending.byInvitation()) {
            save(pending.signedIn(), request, response);
        }
        refuse(provider, registrationId, reason, request, response);
    }

    private static String reasonOf(AuthenticationException exception, Provider provider) {
        Throwable cause = exception.getCause();
        if (exception instanceof OAuth2AuthenticationException oauth) {
            String code = oauth.getError().getErrorCode();
            return switch (code) {
                case "authorization_request_not_found", "invalid_state_parameter" -> "replayed";
                case "invalid_id_token", "invalid_nonce" -> "token";
                case "client_registration_not_found" -> provider == null || !provider.enabled() ? "unknown" : "unavailable";
                case "invalid_token_response", "invalid_user_info_response" -> "unavailable";
                case "access_denied", "login_required", "consent_required", "interaction_required" -> "cancelled";
                default -> "failed";
            };
        }
        if (cause instanceof IllegalArgumentException) {
            // the authorization request could not be made: no such provider, or it could not be asked
            return provider == null || !provider.enabled() ? "unknown" : "unavailable";
        }
        return "failed";
    }

    private static String reasonOf(RuleViolation violation) {
        String key = violation.messageKey();
        return key.startsWith("provider.problem.") ? key.substring("provider.problem.".length()) : "failed";
    }

    /** The registration id in /oauth2/authorization/{id} or /login/oauth2/code/{id}. */
    private static String registrationIdOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (String prefix : List.of(OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI + "/",
                "/login/oauth2/code/")) {
            if (path.startsWith(prefix)) {
                String id = path.substring(prefix.length());
                return id.matches("[a-z0-9-]{1,40}") ? id : null;
            }
        }
        return null;
    }

    private void refuse(Provider provider, String registrationId, String reason, HttpServletRequest request,
                        HttpServletResponse response) throws IOException {
        events.publishEvent(new ProviderSignInRefused(provider == null ? null : provider.tenantId(),
                provider == null ? null : registrationId, reason));
        String target = UriComponentsBuilder.fromPath(PROBLEM_PAGE).queryParam("reason", reason)
                .queryParamIfPresent("provider", Optional.ofNullable(provider).map(Provider::registrationId))
                .build().toUriString();
        response.sendRedirect(request.getContextPath() + target);
    }

    private void save(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        if (authentication != null) {
            context.setAuthentication(authentication);
        }
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        if (authentication == null) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.removeAttribute(SIGNED_IN_WITH);
                session.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            }
        }
    }

    /** Before the session ends: note through which provider it signed in. */
    private void rememberProvider(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SIGNED_IN_WITH) instanceof SignedInWith with) {
            request.setAttribute(SIGNED_IN_WITH, with);
        }
    }

    /** After it ended: offer the provider's own sign-out on the sign-in page, where the provider has one. */
    private void signedOut(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        if (request.getAttribute(SIGNED_IN_WITH) instanceof SignedInWith with) {
            offerSignOut(with, request);
        }
        response.sendRedirect(request.getContextPath() + "/login?loggedOut");
    }

    private void offerSignOut(SignedInWith with, HttpServletRequest request) {
        try {
            Optional<Provider> provider = providers.byRegistrationId(with.registrationId()).filter(Provider::enabled);
            if (provider.isEmpty()) {
                return;
            }
            ClientRegistration registration = registrations.registration(provider.get());
            registrations.endSessionEndpoint(registration).ifPresent(endpoint -> {
                String back = UriComponentsBuilder.fromUriString(request.getRequestURL().toString())
                        .replacePath(request.getContextPath() + "/login").replaceQuery("loggedOut").build().toUriString();
                String url = UriComponentsBuilder.fromUriString(endpoint)
                        .queryParam("id_token_hint", with.idToken())
                        .queryParam("client_id", registration.getClientId())
                        .queryParam("post_logout_redirect_uri", back)
                        .encode().build().toUriString();
                request.getSession(true).setAttribute(SIGN_OUT_OFFER, new SignOutOffer(with.registrationId(), url));
            });
        } catch (ProviderRegistrations.Unavailable e) {
            log.info("No sign-out offered for {}: {}", with.registrationId(), e.getMessage());
        }
    }

    private record Self(UUID actorId, String actorLabel) implements org.sujarit.audit.Actor {
    }
}
