package org.sujarit.plan;

import java.time.LocalDate;

import org.sujarit.shared.FiscalYear;

/**
 * A reporting round of a fiscal year: round 1 covers the first six months (October–March),
 * round 2 the twelve months. A round's report is due a month after it ends (30 April, 31 October).
 */
public record Round(int fiscalYear, int number) {

    public Round {
        if (number != 1 && number != 2) {
            throw new IllegalArgumentException("A round is 1 (six months) or 2 (twelve months)");
        }
        new FiscalYear(fiscalYear);
    }

    public LocalDate lastDay() {
        FiscalYear year = new FiscalYear(fiscalYear);
        return number == 1 ? year.lastDayOfFirstHalf() : year.lastDay();
    }

    public LocalDate dueDate() {
        return lastDay().plusMonths(1).withDayOfMonth(lastDay().plusMonths(1).lengthOfMonth());
    }

    /** The round running on a date, or the one just ended while its report is due. */
    public static Round reportingOn(LocalDate date) {
        FiscalYear year = FiscalYear.containing(date);
        Round first = new Round(year.buddhistYear(), 1);
        if (!date.isAfter(first.dueDate())) {
            Round previous = new Round(year.buddhistYear() - 1, 2);
            return date.isAfter(previous.dueDate()) ? first : previous;
        }
        return new Round(year.buddhistYear(), 2);
    }
}
