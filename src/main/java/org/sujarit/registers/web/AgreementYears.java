package org.sujarit.registers.web;

import java.time.Clock;
import java.time.LocalDate;

import org.sujarit.registers.AgreementNotFound;
import org.sujarit.shared.FiscalYear;

/** The fiscal year a page asks for: the current one when none is given; 404 for one that is no year. */
final class AgreementYears {

    private AgreementYears() {
    }

    static int resolve(Integer year, Clock clock) {
        if (year == null) {
            return FiscalYear.containing(LocalDate.now(clock)).buddhistYear();
        }
        if (!plausible(year)) {
            throw new AgreementNotFound();
        }
        return year;
    }

    static boolean plausible(Integer year) {
        return year != null && year >= 2500 && year <= 2700;
    }
}
