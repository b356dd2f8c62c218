package org.sujarit.complaint.web;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.sujarit.infrastructure.crypto.SealedUnderAnotherKey;

/**
 * A sealed file or revealed identity that this server's content key does not open — a database
 * restored without its key file — is answered with a page that says so, not as a fault: nothing is
 * lost, and the right key file opens it again. Lists and case pages do not get here: they show
 * the case without its sealed text and a notice ({@code CaseView.sealedUnderAnotherKey}).
 */
@ControllerAdvice
class SealedUnderAnotherKeyAdvice {

    private static final Logger log = LoggerFactory.getLogger(SealedUnderAnotherKeyAdvice.class);

    @ExceptionHandler(SealedUnderAnotherKey.class)
    ModelAndView unreadable() {
        log.warn("A sealed file or identity was asked for that the content key (SUJARIT_VAULT_KEY_FILE) does not open: "
                + "restore the content key file backed up with this database (docs/deployment.md, \"Key files and their backups\")");
        return new ModelAndView("error/page", Map.of("status", 503, "messageKey", "sealedUnderAnotherKey"),
                HttpStatus.SERVICE_UNAVAILABLE);
    }
}
