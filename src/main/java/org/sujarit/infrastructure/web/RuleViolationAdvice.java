package org.sujarit.infrastructure.web;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.sujarit.shared.RuleViolation;

/**
 * A broken rule that no form caught — e.g. opening the edit page of a plan that was published
 * meanwhile — is answered 409 with the rule's own message, never a stack trace.
 */
@ControllerAdvice
class RuleViolationAdvice {

    @ExceptionHandler(RuleViolation.class)
    ModelAndView conflict(RuleViolation violation) {
        return new ModelAndView("error/page", Map.of("status", 409, "messageKey", "409",
                "detailKey", violation.messageKey()), HttpStatus.CONFLICT);
    }
}
