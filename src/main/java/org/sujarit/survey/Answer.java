package org.sujarit.survey;

import java.math.BigDecimal;
import java.util.List;

/**
 * One question's answer: the places of the chosen options (one for single choice and scales, any
 * number for multiple choice), or a number, or a text.
 */
public record Answer(List<Integer> choices, BigDecimal number, String text) {

    public Answer {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public static Answer chose(Integer... places) {
        return new Answer(List.of(places), null, null);
    }

    public static Answer number(BigDecimal number) {
        return new Answer(List.of(), number, null);
    }

    public static Answer text(String text) {
        return new Answer(List.of(), null, text);
    }
}
