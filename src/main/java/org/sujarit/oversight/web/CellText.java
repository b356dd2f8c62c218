package org.sujarit.oversight.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.sujarit.oversight.Cell;
import org.sujarit.shared.IndicatorSource.Indicator;
import org.sujarit.shared.IndicatorSource.Kind;

/**
 * A figure as text, the same on the page, in the workbook, in the CSV and in the JSON's
 * {@code text}: counts with thousands separators, shares with one decimal and "%", means and
 * medians with one or two decimals; a yes/no of one local government as yes or no, of a place as
 * the share of its local governments with yes; "fewer than 5" and "withheld" for suppressed cells, a
 * dash for no data. Digits are Arabic here; the page writes them in its numeral style.
 */
@Component("oversightText")
public class CellText {

    private final MessageSource messages;

    CellText(MessageSource messages) {
        this.messages = messages;
    }

    /** @param one whether the cell is one local government's (a yes/no is then yes or no) */
    public String of(Indicator indicator, Cell cell, boolean one) {
        return of(indicator, cell, one, LocaleContextHolder.getLocale());
    }

    public String of(Indicator indicator, Cell cell, boolean one, Locale locale) {
        if (cell == null || cell.status() == Cell.Status.NONE) {
            return "–";
        }
        if (!cell.shown()) {
            return messages.getMessage(cell.status().messageKey(), null, locale);
        }
        return number(indicator.kind(), cell.value(), one, locale);
    }

    public String number(Kind kind, BigDecimal value, boolean one, Locale locale) {
        if (value == null) {
            return "–";
        }
        return switch (kind) {
            case COUNT -> format(value, 0);
            case SHARE -> format(value, 1) + " %";
            case MEAN -> format(value, 2);
            case MEDIAN -> format(value, 1);
            case YES_NO -> one ? messages.getMessage(value.signum() > 0 ? "oversight.yes" : "oversight.no", null, locale)
                    : format(value, 1) + " %";
        };
    }

    public String number(Indicator indicator, BigDecimal value) {
        return number(indicator.kind(), value, false, LocaleContextHolder.getLocale());
    }

    public String nationName() {
        return messages.getMessage("oversight.nation", null, LocaleContextHolder.getLocale());
    }

    /** The CSS class of a cell: suppressed cells look unlike a true zero and unlike no data. */
    public String css(Cell cell) {
        return cell == null ? "cell-none" : switch (cell.status()) {
            case SHOWN -> cell.value() != null && cell.value().signum() == 0 ? "cell-zero" : "cell-shown";
            case NONE -> "cell-none";
            case FEWER_THAN_FIVE -> "cell-small";
            case COMPLEMENT, WITHHELD -> "cell-withheld";
        };
    }

    private static String format(BigDecimal value, int decimals) {
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value.setScale(decimals, RoundingMode.HALF_UP));
    }
}
