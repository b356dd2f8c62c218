package org.sujarit.shared;

/** Converts between Arabic digits (0–9) and Thai digits (๐–๙); other characters pass through. */
public final class ThaiDigits {

    private static final char THAI_ZERO = '\u0E50';

    private ThaiDigits() {
    }

    public static String toThai(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        text.chars().forEach(c -> out.append(c >= '0' && c <= '9' ? (char) (THAI_ZERO + (c - '0')) : (char) c));
        return out.toString();
    }

    public static String toArabic(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        text.chars().forEach(c -> out.append(c >= THAI_ZERO && c <= THAI_ZERO + 9 ? (char) ('0' + (c - THAI_ZERO)) : (char) c));
        return out.toString();
    }
}
