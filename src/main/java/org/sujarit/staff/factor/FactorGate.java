package org.sujarit.staff.factor;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.sujarit.staff.StaffPrincipal;

/**
 * Holds a signed-in person to the second factor: when their roles or tenant require one and the
 * session has none, every page but those of signing in and of setting a factor up sends them to the
 * second-factor page, or, with no factor set up yet, to setting one up. Then, for the actions of
 * {@link StepUpRules}, asks for a fresh second factor.
 */
class FactorGate extends OncePerRequestFilter {

    /** Pages open to a session still owing its second factor. */
    private static final List<String> OPEN = List.of("/login", "/logout", "/account/two-factor", "/account/passkeys",
            "/webauthn", "/error", "/css", "/js", "/img", "/images", "/fonts", "/favicon", "/robots.txt",
            "/actuator/health");

    private final SecondFactorRequirement requirement;
    private final FactorKinds kinds;
    private final Clock clock;
    private final Duration validity;

    FactorGate(SecondFactorRequirement requirement, FactorKinds kinds, Clock clock, Duration validity) {
        this.requirement = requirement;
        this.kinds = kinds;
        this.clock = clock;
        this.validity = validity;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (authentication == null || !(authentication.getPrincipal() instanceof StaffPrincipal me) || open(path)) {
            chain.doFilter(request, response);
            return;
        }
        if (!Factors.hasSecondFactor(authentication) && requirement.requires(me)) {
            String back = "GET".equals(request.getMethod()) ? withQuery(path, request) : null;
            redirect(request, response, kinds.anySetUp(me.userId())
                    ? "/login/second-factor" + continueParam(back)
                    : "/account/two-factor?required");
            return;
        }
        String back = StepUpRules.stepUpFor(request, path, me);
        if (back != null && !Factors.fresh(authentication, clock.instant(), validity)) {
            if ("GET".equals(request.getMethod())) {
                back = withQuery(path, request);
            }
            redirect(request, response, kinds.anySetUp(me.userId())
                    ? "/login/step-up" + continueParam(back)
                    : "/account/two-factor?stepUp");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean open(String path) {
        return OPEN.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/")
                || (prefix.startsWith("/favicon") && path.startsWith(prefix)));
    }

    private static String withQuery(String path, HttpServletRequest request) {
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    private static String continueParam(String back) {
        return back == null ? "" : "?continue=" + URLEncoder.encode(back, StandardCharsets.UTF_8);
    }

    private static void redirect(HttpServletRequest request, HttpServletResponse response, String target) throws IOException {
        response.sendRedirect(request.getContextPath() + target);
    }
}
