package org.sujarit.shared;

/**
 * A command broke a domain rule. Carries the form field it concerns (or {@code null} for the
 * whole form) and a message key, so that a controller can show it next to what the user typed.
 */
public class RuleViolation extends RuntimeException {

    private final String field;
    private final String messageKey;

    public RuleViolation(String field, String messageKey) {
        super(messageKey + (field == null ? "" : " (" + field + ")"));
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
