package org.sujarit.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

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

    /**
     * The rounds whose reports a reminder on this date concerns: the one before the reporting
     * round (overdue by now) and the reporting round itself once its due date is at most
     * {@code noticeDays} away.
     */
    public static List<Round> toRemindOn(LocalDate date, int noticeDays) {
        Round current = reportingOn(date);
        Round previous = current.number() == 2 ? new Round(current.fiscalYear(), 1) : new Round(current.fiscalYear() - 1, 2);
        return Stream.of(previous, current).filter(round -> !round.dueDate().isAfter(date.plusDays(noticeDays))).toList();
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
