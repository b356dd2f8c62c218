package org.sujarit.complaint.open311;

import org.springframework.http.HttpStatus;

/** A request Open311 answers with an error: its status and the message key of the description. */
class Open311Problem extends RuntimeException {

    private final HttpStatus status;
    private final String messageKey;
    private final transient Object[] arguments;

    Open311Problem(HttpStatus status, String messageKey, Object... arguments) {
        super(messageKey);
        this.status = status;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    static Open311Problem badRequest(String messageKey, Object... arguments) {
        return new Open311Problem(HttpStatus.BAD_REQUEST, messageKey, arguments);
    }

    static Open311Problem notFound(String messageKey, Object... arguments) {
        return new Open311Problem(HttpStatus.NOT_FOUND, messageKey, arguments);
    }

    HttpStatus status() {
        return status;
    }

    String messageKey() {
        return messageKey;
    }

    Object[] arguments() {
        return arguments;
    }
}
