package org.sujarit.staff;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.sujarit.infrastructure.guard.RateLimiter;
import org.sujarit.infrastructure.guard.RateLimiter.Limit;
import tools.jackson.databind.json.JsonMapper;

/**
 * A limit per address on the anonymous requests that start a sign-in without a password and keep
 * something in a new session: a passkey's sign-in options and its assertion, and the redirect to a
 * single sign-on provider. Each stores a session row in PostgreSQL before anyone is known, so without
 * a limit one address could fill the session table (the password form has its own throttle per user
 * name). The passkey script is answered in JSON with a message it shows; the provider redirect with
 * the plain 429 page.
 */
@Component
class SignInStartLimits implements SignInCustomizer {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();
    private static final RequestMatcher PASSKEY = new OrRequestMatcher(
            PATHS.matcher(HttpMethod.POST, "/webauthn/authenticate/options"),
            PATHS.matcher(HttpMethod.POST, "/login/webauthn"));
    private static final RequestMatcher PROVIDER = PATHS.matcher(HttpMethod.GET, "/oauth2/authorization/*");

    private final RateLimiter limiter;
    private final Limit starts;
    private final MessageSource messages;
    private final LocaleResolver locales;

    SignInStartLimits(RateLimiter limiter, MessageSource messages, LocaleResolver locales,
                      @Value("${sujarit.sign-in.starts-per-10-minutes:120}") int startsPer10Minutes) {
        this.limiter = limiter;
        this.messages = messages;
        this.locales = locales;
        this.starts = new Limit("sign-in-start", startsPer10Minutes, Duration.ofMinutes(10));
    }

    @Override
    public void customize(HttpSecurity http) {
        http.addFilterBefore(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                boolean passkey = PASSKEY.matches(request);
                if ((passkey || PROVIDER.matches(request)) && !limiter.tryAcquire(starts, request.getRemoteAddr())) {
                    refuse(request, response, passkey);
                    return;
                }
                chain.doFilter(request, response);
            }
        }, CsrfFilter.class);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, boolean json) throws IOException {
        if (!json) {
            response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
            return;
        }
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        String message = messages.getMessage("signIn.tooManyStarts", null, locales.resolveLocale(request));
        response.getWriter().write(JSON.writeValueAsString(Map.of("authenticated", false, "success", false,
                "message", message)));
    }
}
