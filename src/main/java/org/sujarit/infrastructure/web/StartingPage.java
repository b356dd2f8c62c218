package org.sujarit.infrastructure.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Until the start-up work is done (checklists, the vault's backfill, the demo — the application
 * runners and what listens for the application being ready), every request is answered 503 with a
 * page in Thai and English that reloads itself, instead of pages that do not exist yet (a newcomer's
 * first click on the demo's portal answered 404 for seconds) or data half loaded.
 * <p>
 * The work is done when Spring Boot first declares the application ready to take traffic
 * ({@link ReadinessState#ACCEPTING_TRAFFIC}, after every runner and every listener of the ready
 * event): the very state {@code /actuator/health/readiness} reports, so the page and the probe never
 * disagree. The actuator's own paths pass, so that probes see that state rather than this page, and
 * a liveness probe sees a live application that is still starting. Readiness falling again when the
 * application shuts down does not bring the page back: the application is stopping, not starting.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StartingPage extends OncePerRequestFilter {

    private static final int RETRY_SECONDS = 2;

    private static final String ACTUATOR = "/actuator/";

    private final byte[] page;
    private volatile boolean started;

    StartingPage() {
        try (InputStream in = new ClassPathResource("infrastructure/starting.html").getInputStream()) {
            this.page = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @EventListener
    void readiness(AvailabilityChangeEvent<ReadinessState> change) {
        if (change.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
            started = true;
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (started || request.getRequestURI().startsWith(request.getContextPath() + ACTUATOR)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_SECONDS));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
    }
}
