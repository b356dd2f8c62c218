package org.sujarit.oversight.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * A chart's figures as text: thousands separated by commas and a fixed number of decimals, the
 * same in Thai and English; the page's numeral style turns the digits into Thai ones.
 */
final class ChartNumbers {

    private ChartNumbers() {
    }

    static String format(BigDecimal value, int decimals) {
        String pattern = decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value.setScale(decimals, RoundingMode.HALF_UP));
    }
}
