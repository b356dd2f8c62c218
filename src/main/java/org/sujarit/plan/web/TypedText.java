package org.sujarit.plan.web;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.UUID;

import org.sujarit.shared.ThaiDigits;

/** Reading values typed into list rows of a form, where Spring's conversion would fail the whole form. */
final class TypedText {

    private TypedText() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null ? null : Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A number typed with Arabic or Thai digits and thousands separators, or {@code null}. */
    static BigDecimal number(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(ThaiDigits.toArabic(value.strip()).replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Integer integer(String value) {
        BigDecimal number = number(value);
        try {
            return number == null ? null : number.intValueExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    static UUID uuid(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
