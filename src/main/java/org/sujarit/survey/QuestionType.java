package org.sujarit.survey;

import java.util.List;

/**
 * The kinds of question a questionnaire may ask. The scales carry their own labels, the ones Thai
 * questionnaires use, from the highest level down; an answer on a scale is stored as the level's
 * place in that list (0 = the highest), and its value is the level counted from the bottom (5 … 1).
 */
public enum QuestionType {
    SINGLE, MULTIPLE, LIKERT_5, LIKERT_4, RATING, NUMBER, SHORT_TEXT, LONG_TEXT;

    private static final List<Choice> FIVE = List.of(new Choice("มากที่สุด", "Very much"), new Choice("มาก", "Much"),
            new Choice("ปานกลาง", "Moderately"), new Choice("น้อย", "Little"), new Choice("น้อยที่สุด", "Very little"));
    private static final List<Choice> FOUR = List.of(new Choice("มากที่สุด", "Very much"), new Choice("มาก", "Much"),
            new Choice("น้อย", "Little"), new Choice("น้อยที่สุดหรือไม่มีเลย", "Very little or not at all"));
    private static final List<Choice> STARS = List.of(new Choice("๕", "5"), new Choice("๔", "4"), new Choice("๓", "3"),
            new Choice("๒", "2"), new Choice("๑", "1"));

    /** The scale's own levels, highest first; empty for questions whose choices are written by the author. */
    public List<Choice> scale() {
        return switch (this) {
            case LIKERT_5 -> FIVE;
            case LIKERT_4 -> FOUR;
            case RATING -> STARS;
            default -> List.of();
        };
    }

    /** A question answered by picking from a list (the author's or the scale's). */
    public boolean choosing() {
        return this == SINGLE || this == MULTIPLE || isScale();
    }

    public boolean isScale() {
        return this == LIKERT_5 || this == LIKERT_4 || this == RATING;
    }

    public boolean isText() {
        return this == SHORT_TEXT || this == LONG_TEXT;
    }

    /** The longest text an answer may have. */
    public int maxLength() {
        return this == LONG_TEXT ? 2000 : 200;
    }
}
