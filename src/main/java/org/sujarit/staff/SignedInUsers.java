package org.sujarit.staff;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** Refreshes the signed-in principal in the session after the user changed their own account. */
@Component
public class SignedInUsers {

    /** Session attribute holding the user name of a failed sign-in, to fill the form again. */
    public static final String TYPED_USERNAME = "sujarit.signIn.typedUsername";

    private final StaffUserDetailsService userDetails;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SignedInUsers(StaffUserDetailsService userDetails) {
        this.userDetails = userDetails;
    }

    public StaffPrincipal refresh(String username, HttpServletRequest request, HttpServletResponse response) {
        StaffPrincipal fresh = load(username);
        // The factors this session passed are the same person's still (a new password asks no new code).
        List<GrantedAuthority> authorities = new ArrayList<>(fresh.getAuthorities());
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current != null && fresh.equals(current.getPrincipal())) {
            current.getAuthorities().stream().filter(FactorGrantedAuthority.class::isInstance).forEach(authorities::add);
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null, authorities));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        return fresh;
    }

    /** The account as sign-in loads it, without its password hash (issue 18: single sign-on signs in by user id). */
    public StaffPrincipal load(String username) {
        StaffPrincipal principal = userDetails.loadUserByUsername(username);
        principal.eraseCredentials();
        return principal;
    }

    public String homeOf(StaffPrincipal principal) {
        return SignInHandlers.homeOf(principal);
    }
}
