package org.sujarit.plan.document;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.sujarit.shared.ThaiDigits;

/**
 * How a document writes numbers: in Thai digits (๐–๙) for an official copy, otherwise in Arabic
 * digits. Numbers the document makes up (years, amounts, numbering) follow the choice; text typed
 * by users is converted only when Thai digits are asked for, and otherwise printed as typed.
 */
record Numerals(boolean thaiDigits) {

    String number(Object value) {
        return generated(String.valueOf(value));
    }

    String generated(String text) {
        return thaiDigits ? ThaiDigits.toThai(text) : text;
    }

    String typed(String text) {
        if (text == null) {
            return "";
        }
        return thaiDigits ? ThaiDigits.toThai(text) : text;
    }

    /** Baht with thousands separators; satang only when there are any: "50,000", "1,250.50". */
    String baht(BigDecimal amount) {
        boolean whole = amount.stripTrailingZeros().scale() <= 0;
        DecimalFormat format = new DecimalFormat(whole ? "#,##0" : "#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return generated(format.format(amount));
    }

    /** An amount, or "-" when there is none. */
    String bahtOrDash(BigDecimal amount) {
        return amount == null || amount.signum() == 0 ? "-" : baht(amount);
    }
}
