package org.sujarit.staff;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;

/**
 * Where the anti-forgery token of every form is kept: a cookie of its own, not the session. A
 * citizen who writes a complaint for longer than a session lasts (30 minutes) would otherwise send
 * a form whose token died with the session — a bare 403, and what they wrote gone. The cookie is
 * HttpOnly (forms carry the token; no script reads it), SameSite=Lax, and lives as long as the
 * browser's session. Over HTTPS it takes the {@code __Host-} prefix, which browsers accept only
 * from this very host, secure, for path {@code /}: a sibling sub-domain (another service under the
 * same provincial domain) cannot plant a token of its choosing, the known weakness of tokens kept
 * in cookies. Spring Security still masks the token in each page (BREACH) and renews it at sign-in.
 */
final class FormTokens implements CsrfTokenRepository {

    static final String COOKIE = "SUJARIT_CSRF";

    private final CsrfTokenRepository plain = repository(COOKIE, false);
    private final CsrfTokenRepository hostOnly = repository("__Host-" + COOKIE, true);

    private static CsrfTokenRepository repository(String name, boolean secure) {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookieName(name);
        tokens.setCookiePath("/");
        tokens.setCookieCustomizer(cookie -> {
            cookie.httpOnly(true).sameSite("Lax");
            if (secure) {
                cookie.secure(true);
            }
        });
        return tokens;
    }

    private CsrfTokenRepository of(HttpServletRequest request) {
        return request.isSecure() ? hostOnly : plain;
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return of(request).generateToken(request);
    }

    @Override
    public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        of(request).saveToken(token, request, response);
    }

    @Override
    public CsrfToken loadToken(HttpServletRequest request) {
        return of(request).loadToken(request);
    }
}
