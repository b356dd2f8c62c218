package org.sujarit.shared;

import java.util.Optional;

/**
 * A Thai tax identification number or citizen ID: 13 digits, the last a check digit (the sum of
 * the first twelve, each times 13 down to 2, taken mod 11, subtracted from 11, mod 10). People
 * write it with dashes or spaces ({@code 0-1055-12345-67-8}) and in Thai digits; it is kept as the
 * 13 Arabic digits.
 */
public record ThaiTaxId(String digits) {

    public ThaiTaxId {
        if (digits == null || !digits.matches("[0-9]{13}") || checkDigit(digits) != digits.charAt(12) - '0') {
            throw new IllegalArgumentException("Not a valid Thai tax ID: " + digits);
        }
    }

    /**
     * Reads a typed ID: Thai or Arabic digits, with dashes and spaces anywhere. Empty when it is
     * not 13 digits or the check digit is wrong.
     */
    public static Optional<ThaiTaxId> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String digits = ThaiDigits.toArabic(typed).replaceAll("[\\s\\-]", "");
        if (!digits.matches("[0-9]{13}") || checkDigit(digits) != digits.charAt(12) - '0') {
            return Optional.empty();
        }
        return Optional.of(new ThaiTaxId(digits));
    }

    /** The check digit the first twelve digits call for. */
    static int checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (digits.charAt(i) - '0') * (13 - i);
        }
        return (11 - sum % 11) % 10;
    }

    /** As it is printed on Thai documents: {@code 0-1055-12345-67-8}. */
    public String formatted() {
        return digits.charAt(0) + "-" + digits.substring(1, 5) + "-" + digits.substring(5, 10) + "-"
                + digits.substring(10, 12) + "-" + digits.charAt(12);
    }

    @Override
    public String toString() {
        return digits;
    }
}
