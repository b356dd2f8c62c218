package org.sujarit.infrastructure.document;

/** A document could not be produced: the renderer is missing, failed or timed out. */
public class DocumentUnavailable extends RuntimeException {

    public DocumentUnavailable(String message) {
        super(message);
    }

    public DocumentUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
