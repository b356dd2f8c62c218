package org.sujarit.complaint.web;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The complaint pages of every portal leave no traces in the citizen's browser or in the sites a
 * link leads to: nothing is cached, no referrer is sent. (The application logs no addresses or
 * user agents anywhere; the rate limits know an address only as a keyed hash.)
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class NoTracesFilter extends OncePerRequestFilter {

    private static final Pattern COMPLAINT_PAGES = Pattern.compile("^/[a-z][a-z0-9-]*/complaints(/.*)?$");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !COMPLAINT_PAGES.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Pragma", "no-cache");
        response.setHeader("Referrer-Policy", "no-referrer");
        chain.doFilter(request, response);
    }
}
