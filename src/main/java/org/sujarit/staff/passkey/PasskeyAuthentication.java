package org.sujarit.staff.passkey;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.sujarit.staff.StaffPrincipal;
import org.sujarit.staff.StaffUserChanged;
import org.sujarit.staff.StaffUserChanged.Change;
import org.sujarit.staff.factor.Factors;

/**
 * A passkey's assertion checked by Spring's relying-party operations (webauthn4j: signature,
 * challenge, origin, relying party, user verification required), then turned into a Sujarit session:
 * <ul>
 * <li>nobody signed in — a new session of the passkey's account, whose principal is its
 * {@link StaffPrincipal} with the {@code FACTOR_WEBAUTHN} authority; a deactivated account is
 * refused;</li>
 * <li>somebody signed in (the second-factor and step-up pages) — the same session with a new
 * {@code FACTOR_WEBAUTHN} beside its earlier factors, when the passkey is that person's own; a passkey
 * of any other account is refused and changes nothing (never merged, Spring Security issue 18112).</li>
 * </ul>
 * Every outcome is audited: a passkey sign-in, a second factor or step-up passed or failed, and a
 * refused sign-in on the account whose passkey it was, when the passkey is known.
 */
final class PasskeyAuthentication implements AuthenticationProvider {

    private final WebAuthnRelyingPartyOperations relyingParty;
    private final UserDetailsService accounts;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final SecurityContextHolderStrategy contexts;
    private final Clock clock;
    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

    PasskeyAuthentication(WebAuthnRelyingPartyOperations relyingParty, UserDetailsService accounts, JdbcClient jdbc,
                          ApplicationEventPublisher events, SecurityContextHolderStrategy contexts, Clock clock) {
        this.relyingParty = relyingParty;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.events = events;
        this.contexts = contexts;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        WebAuthnAuthenticationRequestToken request = (WebAuthnAuthenticationRequestToken) authentication;
        Authentication current = contexts.getContext().getAuthentication();
        StaffPrincipal signedIn = trust.isAuthenticated(current) && current.getPrincipal() instanceof StaffPrincipal p
                ? p : null;
        boolean stepUp = signedIn != null && Factors.hasSecondFactor(current);
        PublicKeyCredentialUserEntity owner;
        try {
            owner = relyingParty.authenticate(userVerificationRequired(request.getWebAuthnRequest()));
        } catch (RuntimeException refused) {
            if (signedIn != null) {
                refuse(signedIn, stepUp);
            } else {
                ownerOf(request.getWebAuthnRequest().getPublicKey().getRawId()).ifPresent(this::signInFailed);
            }
            throw new BadCredentialsException("Passkey refused", refused);
        }
        StaffPrincipal principal;
        try {
            principal = (StaffPrincipal) accounts.loadUserByUsername(owner.getName());
        } catch (UsernameNotFoundException gone) {
            throw new BadCredentialsException("Passkey of no account", gone);
        }
        FactorGrantedAuthority factor = FactorGrantedAuthority.withAuthority(Factors.FACTOR_WEBAUTHN)
                .issuedAt(clock.instant()).build();
        if (signedIn != null) {
            if (!signedIn.userId().equals(principal.userId())) {
                refuse(signedIn, stepUp);
                throw new BadCredentialsException("Passkey of another account");
            }
            events.publishEvent(new StaffUserChanged(Passkeys.tenantOf(signedIn), signedIn.userId(),
                    stepUp ? Change.STEP_UP_PASSED : Change.SECOND_FACTOR_PASSED, signedIn));
            return current.toBuilder()
                    .authorities(authorities -> {
                        authorities.removeIf(a -> Factors.FACTOR_WEBAUTHN.equals(a.getAuthority()));
                        authorities.add(factor);
                    })
                    .build();
        }
        if (!principal.isEnabled()) {
            signInFailed(principal.userId());
            throw new DisabledException("Account deactivated");
        }
        principal.eraseCredentials();
        Set<GrantedAuthority> authorities = new HashSet<>(principal.getAuthorities());
        authorities.add(factor);
        events.publishEvent(new StaffUserChanged(Passkeys.tenantOf(principal), principal.userId(),
                Change.SIGNED_IN_PASSKEY, principal));
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
    }

    /**
     * The request with its options saying, again, that user verification is required. The options
     * come back from the session (PostgreSQL) deserialised, and Spring's relying-party operations
     * compare the requirement by identity ({@code == UserVerificationRequirement.REQUIRED}), which a
     * deserialised copy never is: without this, an assertion without user verification would pass.
     */
    private static RelyingPartyAuthenticationRequest userVerificationRequired(RelyingPartyAuthenticationRequest request) {
        PublicKeyCredentialRequestOptions kept = request.getRequestOptions();
        PublicKeyCredentialRequestOptions.PublicKeyCredentialRequestOptionsBuilder options =
                PublicKeyCredentialRequestOptions.builder()
                        .challenge(kept.getChallenge())
                        .timeout(kept.getTimeout())
                        .allowCredentials(kept.getAllowCredentials())
                        .userVerification(UserVerificationRequirement.REQUIRED)
                        .extensions(kept.getExtensions());
        if (kept.getRpId() != null) {
            options.rpId(kept.getRpId());
        }
        return new RelyingPartyAuthenticationRequest(options.build(), request.getPublicKey());
    }

    private void refuse(StaffPrincipal signedIn, boolean stepUp) {
        events.publishEvent(new StaffUserChanged(Passkeys.tenantOf(signedIn), signedIn.userId(),
                stepUp ? Change.STEP_UP_FAILED : Change.SECOND_FACTOR_FAILED, signedIn));
    }

    private java.util.Optional<UUID> ownerOf(Bytes credentialId) {
        return jdbc.sql("select user_id from passkey where credential_id = ?").param(credentialId.getBytes())
                .query(UUID.class).optional();
    }

    private void signInFailed(UUID userId) {
        java.util.List<UUID> tenant = jdbc.sql("select tenant_id from app_user where id = ?").param(userId)
                .query((rs, n) -> rs.getObject(1, UUID.class)).list();
        if (tenant.isEmpty()) {
            return;
        }
        events.publishEvent(new StaffUserChanged(tenant.get(0), userId, Change.SIGN_IN_FAILED));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return WebAuthnAuthenticationRequestToken.class.isAssignableFrom(authentication);
    }
}
