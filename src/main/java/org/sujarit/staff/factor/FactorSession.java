package org.sujarit.staff.factor;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.sujarit.staff.StaffPrincipal;

/**
 * Adds a passed factor to the signed-in session: the same principal, its earlier factors kept, the
 * new factor's authority with the moment it was passed (an older one of the same factor replaced).
 * Only for the person already signed in; the session id changes, as at any sign-in.
 */
@Component
public class FactorSession {

    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();
    private final Clock clock;

    FactorSession(Clock clock) {
        this.clock = clock;
    }

    /** The signed-in staff person, if any. */
    public StaffPrincipal current() {
        Authentication authentication = holder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof StaffPrincipal p ? p : null;
    }

    public void add(String factor, StaffPrincipal who, HttpServletRequest request, HttpServletResponse response) {
        Authentication current = holder.getContext().getAuthentication();
        if (current == null || !(current.getPrincipal() instanceof StaffPrincipal signedIn) || !signedIn.equals(who)) {
            throw new IllegalStateException("A factor is added only to its own person's session");
        }
        FactorGrantedAuthority passed = FactorGrantedAuthority.withAuthority(factor).issuedAt(clock.instant()).build();
        Authentication updated = current.toBuilder()
                .authorities(authorities -> {
                    authorities.removeIf(a -> factor.equals(a.getAuthority()));
                    authorities.add(passed);
                })
                .build();
        request.changeSessionId();
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(updated);
        holder.setContext(context);
        repository.saveContext(context, request, response);
    }
}
