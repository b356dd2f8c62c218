package org.sujarit.infrastructure.web;

import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error, whatever its status, is shown on one page with a plain message in the user's
 * language (never a stack trace), keyed by status in the message bundles.
 */
@Component
class ErrorPages implements ErrorViewResolver {

    private static final Set<Integer> EXPLAINED = Set.of(400, 403, 404, 405, 409, 413, 415, 422, 429, 500, 503);

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        int code = status.value();
        String key = EXPLAINED.contains(code) ? Integer.toString(code) : (code >= 500 ? "5xx" : "4xx");
        return new ModelAndView("error/page", Map.of("status", code, "messageKey", key), status);
    }
}
