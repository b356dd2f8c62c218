package org.sujarit.portal.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.sujarit.audit.AuditableEvent;

/**
 * A short-lived cache of the public portal pages as an anonymous visitor gets them — the same HTML
 * for every citizen who has no session and no language cookie. It answers before the security and
 * session filters, with the headers the page was first sent with, for at most
 * {@code sujarit.portal.cache-ttl} (5 seconds by default; 0 switches it off; an expired page is
 * renewed by one request while the others still get it), and is emptied
 * whenever a change is committed anywhere (every change is an audited event), so that what an
 * officer publishes shows at once on this instance and within the time to live on the others.
 * Complaint pages, the console, files and anything with a cookie, a form or an error are never
 * cached.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class PublicPageCache extends OncePerRequestFilter {

    /** Portal pages: a tenant's home, and its plan, risk, disclosure and open-data pages. */
    private static final Pattern PUBLIC_PAGES = Pattern.compile(
            "^/[a-z][a-z0-9-]*(/(plan|risk|disclosure|open-data|procurement)(/[A-Za-z0-9._-]+)*)?/?$");
    private static final int MAX_ENTRIES = 2000;

    private record Entry(Instant expires, int status, String contentType, List<String[]> headers, byte[] body) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Map<String, Boolean> renewals = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration ttl;

    PublicPageCache(Clock clock, @Value("${sujarit.portal.cache-ttl:PT5S}") Duration ttl) {
        this.clock = clock;
        this.ttl = ttl;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return ttl.isZero() || !"GET".equals(request.getMethod()) || request.getCookies() != null
                || request.getHeader("Authorization") != null
                || !PUBLIC_PAGES.matcher(request.getRequestURI()).matches()
                || request.getParameter("lang") != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = key(request);
        Entry cached = entries.get(key);
        Instant now = clock.instant();
        // An expired page is renewed by one request; the others keep getting it meanwhile.
        boolean renewing = cached != null && !cached.expires().isAfter(now) && renewals.putIfAbsent(key, Boolean.TRUE) == null;
        if (cached != null && !renewing) {
            response.setStatus(cached.status());
            response.setContentType(cached.contentType());
            for (String[] header : cached.headers()) {
                response.addHeader(header[0], header[1]);
            }
            response.setContentLength(cached.body().length);
            response.getOutputStream().write(cached.body());
            return;
        }
        try {
            render(request, response, chain, key, now);
        } finally {
            if (renewing) {
                renewals.remove(key);
            }
        }
    }

    private void render(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String key, Instant now)
            throws ServletException, IOException {
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        if (wrapper.getStatus() == 200 && wrapper.getHeader("Set-Cookie") == null
                && wrapper.getContentType() != null && wrapper.getContentType().startsWith("text/html")
                && request.getSession(false) == null) {
            List<String[]> headers = new ArrayList<>();
            for (String name : wrapper.getHeaderNames()) {
                if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")
                        && !name.equalsIgnoreCase("Date") && !name.equalsIgnoreCase("Transfer-Encoding")) {
                    wrapper.getHeaders(name).forEach(value -> headers.add(new String[] {name, value}));
                }
            }
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entries.put(key, new Entry(now.plus(ttl), 200, wrapper.getContentType(), List.copyOf(headers),
                    wrapper.getContentAsByteArray()));
        }
        wrapper.copyBodyToResponse();
    }

    /** The page and every parameter, whether it came in the query string or not, in a fixed order. */
    private static String key(HttpServletRequest request) {
        StringBuilder key = new StringBuilder(request.getRequestURI()).append('?');
        new java.util.TreeMap<>(request.getParameterMap()).forEach((name, values) -> {
            for (String value : values) {
                key.append(name).append('=').append(value).append('&');
            }
        });
        return key.toString();
    }

    /** A committed change anywhere: what is cached may be out of date. */
    @TransactionalEventListener(fallbackExecution = true)
    void changed(AuditableEvent event) {
        entries.clear();
    }
}
