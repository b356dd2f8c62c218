package org.sujarit.disclosure;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.ThaiDates;

/**
 * How often an item is published, and the periods of a fiscal year it is published for: months
 * {@code M01}…{@code M12} (M01 is October), quarters {@code Q1}…{@code Q4}, halves {@code H1}/{@code H2},
 * the {@code YEAR}; what is published once or on change has the one period {@code ONCE}.
 */
public enum Frequency {
    ONCE, ON_CHANGE, MONTHLY, QUARTERLY, HALF_YEARLY, YEARLY;

    private static final Locale THAI = Locale.forLanguageTag("th");

    public List<String> periods() {
        return switch (this) {
            case ONCE, ON_CHANGE -> List.of("ONCE");
            case MONTHLY -> IntStream.rangeClosed(1, 12).mapToObj(m -> "M%02d".formatted(m)).toList();
            case QUARTERLY -> List.of("Q1", "Q2", "Q3", "Q4");
            case HALF_YEARLY -> List.of("H1", "H2");
            case YEARLY -> List.of("YEAR");
        };
    }

    public boolean allows(String period) {
        return periods().contains(period);
    }

    public String messageKey() {
        return "disclosure.frequency." + name();
    }

    /** A period's name for a mail or a file, where the message bundles are not at hand. */
    public static String label(String period, boolean english) {
        return switch (period.charAt(0)) {
            case 'M' -> ThaiDates.monthName((Integer.parseInt(period.substring(1)) + 8) % 12 + 1,
                    english ? Locale.ENGLISH : THAI);
            case 'Q' -> (english ? "quarter " : "ไตรมาส ") + period.charAt(1);
            case 'H' -> english ? (period.charAt(1) == '1' ? "first half" : "second half")
                    : (period.charAt(1) == '1' ? "ครึ่งปีแรก" : "ครึ่งปีหลัง");
            case 'Y' -> english ? "the year" : "ทั้งปี";
            default -> english ? "in force" : "ฉบับที่ใช้อยู่";
        };
    }

    /** The first day of a period of a fiscal year. */
    public static LocalDate start(FiscalYear year, String period) {
        return year.firstDay().plusMonths(monthsBefore(period));
    }

    /** The last day of a period of a fiscal year. */
    public static LocalDate end(FiscalYear year, String period) {
        return year.firstDay().plusMonths(monthsBefore(period) + length(period)).minusDays(1);
    }

    private static int monthsBefore(String period) {
        return switch (period.charAt(0)) {
            case 'M' -> Integer.parseInt(period.substring(1)) - 1;
            case 'Q' -> (period.charAt(1) - '1') * 3;
            case 'H' -> (period.charAt(1) - '1') * 6;
            default -> 0;
        };
    }

    private static int length(String period) {
        return switch (period.charAt(0)) {
            case 'M' -> 1;
            case 'Q' -> 3;
            case 'H' -> 6;
            default -> 12;
        };
    }
}
