package org.sujarit.oversight.followup;

import java.time.LocalDate;
import java.util.regex.Pattern;

import org.sujarit.shared.RuleViolation;

/**
 * A request as the overseer typed it. Plain text, limited in length; the indicator, when given, is
 * a key as {@link org.sujarit.shared.IndicatorSource.Indicator} writes them. Whether the due date
 * lies ahead is checked on sending, against the day.
 */
public record RequestDraft(String indicator, Integer fiscalYear, String subject, String message, LocalDate dueOn) {

    static final int MAX_SUBJECT = 200;
    static final int MAX_MESSAGE = 4000;
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+");

    public RequestDraft {
        indicator = indicator == null || indicator.isBlank() ? null : indicator.strip();
        subject = subject == null ? "" : subject.strip();
        message = message == null ? "" : message.strip();
        if (indicator != null && (indicator.length() > 100 || !KEY.matcher(indicator).matches())) {
            throw new RuleViolation("indicator", "followup.indicator.invalid");
        }
        if (fiscalYear != null && (fiscalYear < 2500 || fiscalYear > 2700)) {
            throw new RuleViolation("fiscalYear", "followup.fiscalYear.invalid");
        }
        if (subject.length() < 2) {
            throw new RuleViolation("subject", subject.isEmpty() ? "followup.subject.required" : "followup.subject.tooShort");
        }
        if (subject.length() > MAX_SUBJECT) {
            throw new RuleViolation("subject", "followup.subject.tooLong");
        }
        if (message.length() < 2) {
            throw new RuleViolation("message", message.isEmpty() ? "followup.message.required" : "followup.message.tooShort");
        }
        if (message.length() > MAX_MESSAGE) {
            throw new RuleViolation("message", "followup.message.tooLong");
        }
        if (dueOn == null) {
            throw new RuleViolation("dueOn", "followup.dueOn.required");
        }
    }
}
