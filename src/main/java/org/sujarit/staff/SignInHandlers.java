package org.sujarit.staff;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.sujarit.staff.StaffUserChanged.Change;

/**
 * Where sign-in leads. Success: the page the user asked for, else their home (console, their own
 * records for the basic staff role, platform admin, oversight), or first the password page when a new password is due. Failure: back to
 * the sign-in form with the typed user name kept, and a message saying why.
 */
final class SignInHandlers {

    static final String TYPED_USERNAME = SignedInUsers.TYPED_USERNAME;

    private SignInHandlers() {
    }

    static String homeOf(StaffPrincipal principal) {
        if (principal.mustChangePassword()) {
            return "/account/password";
        }
        if (principal.has(Role.PLATFORM_ADMIN)) {
            return "/admin";
        }
        if (principal.has(Role.OVERSIGHT)) {
            return "/oversight";
        }
        if (principal.roles().stream().noneMatch(Role.TENANT_ROLES::contains)) {
            return "/console/me";
        }
        return "/console";
    }

    static final class Success extends SavedRequestAwareAuthenticationSuccessHandler {

        private final ApplicationEventPublisher events;
        private final RequestCache requests = new HttpSessionRequestCache();

        Success(ApplicationEventPublisher events) {
            this.events = events;
        }

        @Override
        public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                            Authentication authentication) throws IOException, jakarta.servlet.ServletException {
            StaffPrincipal principal = (StaffPrincipal) authentication.getPrincipal();
            request.getSession().removeAttribute(TYPED_USERNAME);
            events.publishEvent(new StaffUserChanged(principal.hasTenant() ? principal.tenant().value() : null,
                    principal.userId(), Change.SIGNED_IN, principal));
            SavedRequest saved = requests.getRequest(request, response);
            if (principal.mustChangePassword() || saved == null) {
                requests.removeRequest(request, response);
                getRedirectStrategy().sendRedirect(request, response, homeOf(principal));
                return;
            }
            super.onAuthenticationSuccess(request, response, authentication);
        }
    }

    static final class Failure implements AuthenticationFailureHandler {

        @Override
        public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                            AuthenticationException exception) throws IOException {
            String typed = request.getParameter("username");
            if (typed != null && typed.length() <= 64) {
                request.getSession().setAttribute(TYPED_USERNAME, typed);
            }
            String target = exception instanceof SignInLocked locked
                    ? "/login?locked=" + locked.minutes()
                    : "/login?error=credentials";
            response.sendRedirect(request.getContextPath() + target);
        }
    }
}
