package org.sujarit.procurement;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.sujarit.shared.ThaiDigits;

/** Baht amounts as people type them ("12,500", "๑๒๕๐๐.๕๐") and as the summary prints them. */
public final class Amounts {

    private Amounts() {
    }

    /**
     * The amount typed, {@code null} when blank.
     *
     * @throws NumberFormatException when it is no amount of baht and satang (at most 2 decimals, not negative)
     */
    public static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String plain = ThaiDigits.toArabic(text.strip()).replace(",", "").replace("บาท", "").strip();
        if (!plain.matches("\\d{1,12}(\\.\\d{1,2})?")) {
            throw new NumberFormatException("Not an amount of baht: " + text);
        }
        return new BigDecimal(plain).setScale(2);
    }

    /** "12,500.00". */
    public static String format(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(amount);
    }
}
