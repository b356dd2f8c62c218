package org.sujarit.shared;

import java.time.LocalDate;
import java.time.Month;

/**
 * A Thai government fiscal year (ปีงบประมาณ), named by its Buddhist-Era year: FY 2568 runs from
 * 1 October 2567 to 30 September 2568 BE (1 Oct 2024 – 30 Sep 2025 CE).
 */
public record FiscalYear(int buddhistYear) implements Comparable<FiscalYear> {

    public static final int BUDDHIST_ERA_OFFSET = 543;

    public FiscalYear {
        if (buddhistYear < 2500 || buddhistYear > 2700) {
            throw new IllegalArgumentException("Not a plausible Buddhist-Era fiscal year: " + buddhistYear);
        }
    }

    public static FiscalYear containing(LocalDate date) {
        int christianYear = date.getMonthValue() >= Month.OCTOBER.getValue() ? date.getYear() + 1 : date.getYear();
        return new FiscalYear(christianYear + BUDDHIST_ERA_OFFSET);
    }

    public static FiscalYear ofChristianYear(int christianYear) {
        return new FiscalYear(christianYear + BUDDHIST_ERA_OFFSET);
    }

    public int christianYear() {
        return buddhistYear - BUDDHIST_ERA_OFFSET;
    }

    public LocalDate firstDay() {
        return LocalDate.of(christianYear() - 1, Month.OCTOBER, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(christianYear(), Month.SEPTEMBER, 30);
    }

    /** The last day of the first half (the E-PlanNACC 6-month round): 31 March. */
    public LocalDate lastDayOfFirstHalf() {
        return LocalDate.of(christianYear(), Month.MARCH, 31);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    public FiscalYear next() {
        return new FiscalYear(buddhistYear + 1);
    }

    public FiscalYear previous() {
        return new FiscalYear(buddhistYear - 1);
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(buddhistYear, other.buddhistYear);
    }

    @Override
    public String toString() {
        return Integer.toString(buddhistYear);
    }
}
