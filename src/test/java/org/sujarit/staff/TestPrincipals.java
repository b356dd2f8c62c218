package org.sujarit.staff;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
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

    public Authentication authentication(String username) {
        StaffPrincipal principal = principal(username);
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }
}
