package org.sujarit.disclosure;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sujarit.shared.FiscalYear;

/**
 * When a period's publication is due: the START or END of the period plus an ISO-8601 period, e.g.
 * {@code END+P15D} — the monthly procurement summary by the 15th of the next month.
 */
public record DueRule(boolean fromEnd, Period offset) {

    private static final Pattern FORM = Pattern.compile("(START|END)\\+(P[0-9YMWD]+)");

    public static DueRule parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("A due rule is START+P… or END+P…: " + text);
        }
        try {
            return new DueRule(m.group(1).equals("END"), Period.parse(m.group(2)));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Not an ISO-8601 period: " + m.group(2), e);
        }
    }

    public LocalDate dueDate(FiscalYear year, String period) {
        LocalDate anchor = fromEnd ? Frequency.end(year, period) : Frequency.start(year, period);
        return anchor.plus(offset);
    }

    @Override
    public String toString() {
        return (fromEnd ? "END+" : "START+") + offset;
    }
}
