package org.sujarit.staff;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.sujarit.staff.factor.Factors;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Signs a test request in as an existing account, the way the sign-in form would. */
@Component
public class TestPrincipals {

    private final StaffUserDetailsService userDetails;

    TestPrincipals(StaffUserDetailsService userDetails) {
        this.userDetails = userDetails;
    }

    public StaffPrincipal principal(String username) {
        StaffPrincipal principal = userDetails.loadUserByUsername(username);
        principal.eraseCredentials();
        return principal;
    }

    /**
     * The authentication of a session that has just passed the password and a one-time code (the
     * factors' authorities issued now), so that the second-factor gate and step-up let it through;
     * tests of the gate itself sign in through the forms (Sessions, BrowserJourney).
     */
    public Authentication authentication(String username) {
        StaffPrincipal principal = principal(username);
        List<GrantedAuthority> authorities = new ArrayList<>(principal.getAuthorities());
        authorities.add(FactorGrantedAuthority.withAuthority(Factors.FACTOR_PASSWORD).issuedAt(Instant.now()).build());
        authorities.add(FactorGrantedAuthority.withAuthority(Factors.FACTOR_TOTP).issuedAt(Instant.now()).build());
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
    }

    /** The authentication of a session that has passed the password alone. */
    public Authentication passwordOnly(String username) {
        StaffPrincipal principal = principal(username);
        List<GrantedAuthority> authorities = new ArrayList<>(principal.getAuthorities());
        authorities.add(FactorGrantedAuthority.withAuthority(Factors.FACTOR_PASSWORD).issuedAt(Instant.now()).build());
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
    }
}
