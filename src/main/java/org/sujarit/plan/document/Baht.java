package org.sujarit.plan.document;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Amounts as the plan's documents write them, before the document's numeral style is applied. */
final class Baht {

    private Baht() {
    }

    /** Baht with thousands separators; satang only when there are any: "50,000", "1,250.50". */
    static String of(BigDecimal amount) {
        boolean whole = amount.stripTrailingZeros().scale() <= 0;
        return new DecimalFormat(whole ? "#,##0" : "#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount);
    }

    /** An amount, or "-" when there is none. */
    static String orDash(BigDecimal amount) {
        return amount == null || amount.signum() == 0 ? "-" : of(amount);
    }
}
