package org.sujarit.support;

import java.util.Arrays;
import java.util.List;

/** Checks of a text's numeral style, as {@link org.sujarit.shared.NumeralStyle} writes it. */
public final class Numerals {

    private Numerals() {
    }

    /**
     * The words of a text written with Arabic digits, leaving out words with Latin letters (case
     * numbers, Open311, the fixtures' markers), which keep their digits in Thai text.
     */
    public static List<String> arabicNumbers(String text) {
        return Arrays.stream(text.split("\\s+")).filter(word -> word.matches(".*[0-9].*"))
                .filter(word -> !word.matches(".*[A-Za-z].*")).toList();
    }
}
