package org.sujarit.complaint.open311;

import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Open311's errors in the specification's own shape, {@code [{"code":400,"description":"…"}]},
 * with the same HTTP status; the description in Thai, or in English with {@code lang=en}. Never
 * a stack trace, never an HTML page.
 */
@RestControllerAdvice(assignableTypes = {Open311ServicesController.class, Open311RequestsController.class,
        Open311Fallback.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class Open311Errors {

    private static final Logger log = LoggerFactory.getLogger(Open311Errors.class);

    private final MessageSource messages;

    Open311Errors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(Open311Problem.class)
    ResponseEntity<List<GeoReport.Error>> problem(Open311Problem problem, Locale locale) {
        return error(problem.status(), messages.getMessage(problem.messageKey(), problem.arguments(), locale));
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<List<GeoReport.Error>> failure(RuntimeException failure, Locale locale) {
        log.error("Open311 request failed", failure);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, messages.getMessage("open311.error.server", null, locale));
    }

    /** Always JSON, whatever the client accepts: Open311 has no other error format. */
    static ResponseEntity<List<GeoReport.Error>> error(HttpStatus status, String description) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(List.of(new GeoReport.Error(status.value(), description)));
    }
}
