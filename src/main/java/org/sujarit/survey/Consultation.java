package org.sujarit.survey;

import java.time.LocalDate;
import java.util.UUID;

import org.sujarit.shared.RuleViolation;

/**
 * What a consultation is about and what came of it: the draft citizens comment on (its text, or the
 * address where it can be read), then the summary of what was said and what the local government
 * did about it, published once the consultation has closed.
 */
public record Consultation(UUID surveyId, Subject subject, String draftText, String draftLink, String summary,
                           String actions, LocalDate summaryPublishedOn) {

    /** What is put to the citizens. */
    public enum Subject { PLAN, BUDGET, PROJECT, OTHER }

    static final int MAX_TEXT = 20_000;
    static final int MAX_LINK = 500;

    public boolean summaryPublished() {
        return summaryPublishedOn != null;
    }

    /** The draft put to comment: a subject, and a text or an address (http or https) to read it at. */
    static void checkDraft(Subject subject, String text, String link) {
        if (subject == null) {
            throw new RuleViolation("subject", "validation.required");
        }
        if (text == null && link == null) {
            throw new RuleViolation("draftText", "consultation.draft.required");
        }
        if (text != null && text.length() > MAX_TEXT) {
            throw new RuleViolation("draftText", "survey.text.tooLong");
        }
        if (link != null && (link.length() > MAX_LINK || !link.matches("https?://[^\\s<>\"]+"))) {
            throw new RuleViolation("draftLink", "consultation.draft.link");
        }
    }

    /** The summary: what was said, and what was done about it, both written. */
    static void checkSummary(String summary, String actions) {
        if (summary == null) {
            throw new RuleViolation("summary", "validation.required");
        }
        if (actions == null) {
            throw new RuleViolation("actions", "validation.required");
        }
        if (summary.length() > MAX_TEXT || actions.length() > MAX_TEXT) {
            throw new RuleViolation("summary", "survey.text.tooLong");
        }
    }
}
