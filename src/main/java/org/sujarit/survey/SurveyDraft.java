package org.sujarit.survey;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.sujarit.shared.RuleViolation;

/** What the author sets about a survey besides its questions. */
public record SurveyDraft(Survey.Kind kind, Survey.Audience audience, UUID unitId, String titleTh, String titleEn,
                          String introTh, String introEn, LocalDate opensOn, LocalDate closesOn, BigDecimal passMark,
                          boolean showScore, UUID preTestId, Integer minAnswers) {

    static final int MAX_TITLE = 300;
    static final int MAX_INTRO = 4000;

    public SurveyDraft {
        titleTh = strip(titleTh);
        titleEn = strip(titleEn);
        introTh = strip(introTh);
        introEn = strip(introEn);
    }

    /** The rules a survey's settings keep, whatever the form they came from. */
    SurveyDraft check() {
        if (kind == null) {
            throw new RuleViolation("kind", "validation.required");
        }
        if (audience == null) {
            throw new RuleViolation("audience", "validation.required");
        }
        if (titleTh == null) {
            throw new RuleViolation("titleTh", "validation.required");
        }
        if (titleTh.length() > MAX_TITLE || (titleEn != null && titleEn.length() > MAX_TITLE)) {
            throw new RuleViolation("titleTh", "survey.text.tooLong");
        }
        if ((introTh != null && introTh.length() > MAX_INTRO) || (introEn != null && introEn.length() > MAX_INTRO)) {
            throw new RuleViolation("introTh", "survey.text.tooLong");
        }
        if (opensOn != null && closesOn != null && closesOn.isBefore(opensOn)) {
            throw new RuleViolation("closesOn", "survey.dates.order");
        }
        if (kind == Survey.Kind.TEST && (passMark == null || passMark.signum() <= 0 || passMark.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new RuleViolation("passMark", "survey.passMark.range");
        }
        if (kind != Survey.Kind.TEST && preTestId != null) {
            throw new RuleViolation("preTestId", "survey.preTest.notTest");
        }
        if (kind == Survey.Kind.CONSULTATION && audience != Survey.Audience.PUBLIC) {
            throw new RuleViolation("audience", "survey.consultation.public");
        }
        if (minAnswers != null && (minAnswers < 5 || minAnswers > 10_000)) {
            throw new RuleViolation("minAnswers", "survey.minAnswers.range");
        }
        return this;
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
