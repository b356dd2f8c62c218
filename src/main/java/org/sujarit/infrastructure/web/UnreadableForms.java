package org.sujarit.infrastructure.web;

import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A form the container cannot read — larger than any form of the application carries (its text
 * fields over {@code server.tomcat.max-http-form-post-size}, the whole of it over
 * {@code spring.servlet.multipart.max-request-size}), or malformed — ends on the application's own
 * error page in the user's language (413, or 400), never on the container's. Nothing of it is read:
 * the request goes no further than this filter (its CSRF token cannot be read either), and on the
 * error page's own dispatch it shows no parameters, so that nothing on the way to the page trips
 * over the unreadable body again.
 *
 * <p>A parameter holding a NUL character (in a form or the query string) is refused the same way,
 * with 400: no text of the application holds one, and PostgreSQL would refuse to store it.
 *
 * <p>A form that can be read but says too much — a text over its field's limit, a photo over 10 MB
 * — is the form's business: it comes back with what was typed and a message next to the field.
 */
@Component
@Order(UnreadableForms.ORDER)
class UnreadableForms extends OncePerRequestFilter {

    /** Right after Spring Boot's character encoding filter (the form is read as UTF-8), before sessions and security. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParameterMap();
        } catch (IllegalStateException unreadable) {
            if (request.getDispatcherType() == DispatcherType.ERROR) {
                chain.doFilter(new WithoutForm(request), response);
            } else {
                response.sendError(unreadable instanceof InvalidParameterException invalid ? invalid.getErrorCode()
                        : HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            }
            return;
        }
        if (holdsNul(request)) {
            // No text of the application holds a NUL character, and PostgreSQL refuses to store one.
            if (request.getDispatcherType() == DispatcherType.ERROR) {
                chain.doFilter(new WithoutForm(request), response);
            } else {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean holdsNul(HttpServletRequest request) {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (parameter.getKey().indexOf('\0') >= 0) {
                return true;
            }
            for (String value : parameter.getValue()) {
                if (value != null && value.indexOf('\0') >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The request as the error page sees it: no parameters, no parts. */
    private static final class WithoutForm extends HttpServletRequestWrapper {

        WithoutForm(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public Collection<Part> getParts() {
            return List.of();
        }

        @Override
        public Part getPart(String name) {
            return null;
        }
    }
}
