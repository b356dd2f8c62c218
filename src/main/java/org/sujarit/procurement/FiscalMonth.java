package org.sujarit.procurement;

import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.ThaiDates;

/**
 * A month of a fiscal year, numbered from its start: 1 is October, 12 is September. Its summary
 * is due on the 15th of the month after it.
 */
public record FiscalMonth(FiscalYear year, int number) {

    public static final int DUE_DAY = 15;

    public FiscalMonth {
        if (number < 1 || number > 12) {
            throw new ProcurementNotFound("month " + number);
        }
    }

    public static FiscalMonth of(int buddhistYear, int number) {
        if (buddhistYear < 2500 || buddhistYear > 2700) {
            throw new ProcurementNotFound("fiscal year " + buddhistYear);
        }
        return new FiscalMonth(new FiscalYear(buddhistYear), number);
    }

    public static FiscalMonth containing(LocalDate date) {
        FiscalYear year = FiscalYear.containing(date);
        return new FiscalMonth(year, (date.getMonthValue() + 2) % 12 + 1);
    }

    public static Stream<FiscalMonth> of(FiscalYear year) {
        return IntStream.rangeClosed(1, 12).mapToObj(n -> new FiscalMonth(year, n));
    }

    public LocalDate firstDay() {
        return year.firstDay().plusMonths(number - 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(1).minusDays(1);
    }

    /** The 15th of the next month. */
    public LocalDate dueDate() {
        return firstDay().plusMonths(1).withDayOfMonth(DUE_DAY);
    }

    public boolean overdueOn(LocalDate today) {
        return today.isAfter(dueDate());
    }

    public boolean begunOn(LocalDate today) {
        return !today.isBefore(firstDay());
    }

    /** The period as the disclosure checklist names it: M01 … M12. */
    public String period() {
        return String.format("M%02d", number);
    }

    /** The anchor of the month on the public page: m-01 … m-12. */
    public String anchor() {
        return String.format("m-%02d", number);
    }

    /** "ตุลาคม 2569", "October 2569 BE": the calendar month, in the Buddhist Era. */
    public String name(Locale locale) {
        LocalDate first = firstDay();
        String year = Integer.toString(ThaiDates.buddhistYear(first));
        return ThaiDates.monthName(first.getMonthValue(), locale) + " " + year + ("th".equals(locale.getLanguage()) ? "" : " BE");
    }

    public String nameTh() {
        return name(Locale.forLanguageTag("th"));
    }

    public String nameEn() {
        return name(Locale.ENGLISH);
    }
}
