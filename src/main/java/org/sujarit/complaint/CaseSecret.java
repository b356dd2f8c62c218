package org.sujarit.complaint;

import java.security.SecureRandom;
import java.util.Optional;

import org.sujarit.shared.ThaiDigits;

/**
 * The secret a citizen follows a case with: 16 digits, the last a Luhn check digit so that a typo
 * is caught before any look-up, shown once in groups of four. Only its Argon2id hash is stored.
 */
public final class CaseSecret {

    public static final int DIGITS = 16;

    private static final SecureRandom RANDOM = new SecureRandom();

    private CaseSecret() {
    }

    /** A new secret: 15 random digits and the check digit. */
    public static String generate() {
        StringBuilder digits = new StringBuilder(DIGITS);
        for (int i = 0; i < DIGITS - 1; i++) {
            digits.append((char) ('0' + RANDOM.nextInt(10)));
        }
        return digits.append(checkDigit(digits)).toString();
    }

    /** "1234 5678 9012 3456". */
    public static String grouped(String secret) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < secret.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                out.append(' ');
            }
            out.append(secret.charAt(i));
        }
        return out.toString();
    }

    /**
     * The 16 digits of what a citizen typed — Thai or Arabic digits, with spaces or dashes — when
     * they are 16 digits with a correct check digit; anything longer than a secret typed with
     * generous spacing is refused before it is read.
     */
    public static Optional<String> normalise(String typed) {
        if (typed == null || typed.length() > CaseNumber.TYPED_MAX) {
            return Optional.empty();
        }
        String digits = ThaiDigits.toArabic(typed).replaceAll("[\\s\\-]", "");
        if (!digits.matches("[0-9]{" + DIGITS + "}")) {
            return Optional.empty();
        }
        return checkDigit(digits.substring(0, DIGITS - 1)) == digits.charAt(DIGITS - 1) ? Optional.of(digits) : Optional.empty();
    }

    /** Luhn: from the right of the payload, double every other digit starting with the rightmost. */
    static char checkDigit(CharSequence payload) {
        int sum = 0;
        boolean doubled = true;
        for (int i = payload.length() - 1; i >= 0; i--) {
            int d = payload.charAt(i) - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }
}
