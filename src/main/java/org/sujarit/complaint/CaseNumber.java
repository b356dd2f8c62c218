package org.sujarit.complaint;

import java.util.Locale;
import java.util.regex.Pattern;

import org.sujarit.shared.ThaiDigits;

/** A case's number: the tenant's prefix, the Buddhist fiscal year and a sequence ({@code BT-2570-0001}). */
public final class CaseNumber {

    /** The most a citizen may type for a case number or a secret, spaces and dashes included. */
    public static final int TYPED_MAX = 64;

    private static final Pattern NUMBER = Pattern.compile("^[A-Z][A-Z0-9]{0,7}-[0-9]{4}-[0-9]{4,}$");

    private CaseNumber() {
    }

    static String of(String prefix, int fiscalYear, int sequence) {
        return String.format("%s-%d-%04d", prefix, fiscalYear, sequence);
    }

    /**
     * "bt-2568-0042", with Thai digits or spaces → "BT-2568-0042"; null when it cannot be a case number (as anything
     * longer than {@value #TYPED_MAX} characters cannot: it is refused before it is read).
     */
    public static String normalise(String typed) {
        if (typed == null || typed.length() > TYPED_MAX) {
            return null;
        }
        String n = ThaiDigits.toArabic(typed).strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
        return NUMBER.matcher(n).matches() ? n : null;
    }
}
