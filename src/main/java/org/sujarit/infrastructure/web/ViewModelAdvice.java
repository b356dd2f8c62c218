package org.sujarit.infrastructure.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: the current path, for the language switch, and who is looking. */
@ControllerAdvice
class ViewModelAdvice {

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    /** On an error page, the path the user asked for rather than {@code /error}. */
    @ModelAttribute("requestPath")
    String requestPath(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = original instanceof String path ? path : request.getRequestURI();
        return uri.substring(Math.min(request.getContextPath().length(), uri.length()));
    }

    /**
     * Who is looking, for the layout's menus: read once per page from the security context rather
     * than with {@code sec:authorize}, which parses and evaluates an expression every time a page
     * is rendered (a tenth of a citizen's case page).
     */
    @ModelAttribute("viewer")
    Viewer viewer() {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        if (who == null || !who.isAuthenticated() || TRUST.isAnonymous(who)) {
            return new Viewer(false, false, false);
        }
        boolean admin = false;
        boolean oversight = false;
        for (GrantedAuthority authority : who.getAuthorities()) {
            admin |= "ROLE_PLATFORM_ADMIN".equals(authority.getAuthority());
            oversight |= "ROLE_OVERSIGHT".equals(authority.getAuthority());
        }
        return new Viewer(true, admin, oversight);
    }
}
