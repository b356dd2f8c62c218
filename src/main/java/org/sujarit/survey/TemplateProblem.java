package org.sujarit.survey;

import org.sujarit.shared.RuleViolation;

/**
 * What is wrong with a survey template file, shown to the platform admin: a message key, where in
 * the file, and the questionnaire's own rule when it is one of those that failed.
 */
public class TemplateProblem extends RuleViolation {

    private final String detail;
    private final String rule;

    TemplateProblem(String messageKey, String detail) {
        this(messageKey, detail, null);
    }

    TemplateProblem(String messageKey, String detail, String rule) {
        super("file", messageKey);
        this.detail = detail;
        this.rule = rule;
    }

    public String detail() {
        return detail;
    }

    /** The message key of the questionnaire rule the file breaks ({@code survey.question.choices} …), or {@code null}. */
    public String rule() {
        return rule;
    }

    @Override
    public String getMessage() {
        return messageKey() + " at " + detail + (rule == null ? "" : " (" + rule + ")");
    }
}
