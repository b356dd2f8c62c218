package org.sujarit.shared;

/**
 * Reads numbers typed in either digits: Thai digits (๐–๙) become Arabic (0–9), other characters
 * pass through. How pages and documents write digits is {@link NumeralStyle}.
 */
public final class ThaiDigits {

    private static final char THAI_ZERO = '\u0E50';

    private ThaiDigits() {
    }

    public static String toArabic(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        text.chars().forEach(c -> out.append(c >= THAI_ZERO && c <= THAI_ZERO + 9 ? (char) ('0' + (c - THAI_ZERO)) : (char) c));
        return out.toString();
    }
}
