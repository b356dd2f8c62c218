package org.sujarit.complaint.statistics;

import org.springframework.stereotype.Component;
import org.sujarit.complaint.ComplaintNotFound;
import org.sujarit.complaint.statistics.ComplaintStatistics;
import org.sujarit.shared.FiscalYear;

/** The fiscal year a statistics page asks for: the current one when none is given, never one to come. */
@Component
class StatisticsYears {

    private final ComplaintStatistics statistics;

    StatisticsYears(ComplaintStatistics statistics) {
        this.statistics = statistics;
    }

    FiscalYear resolve(Integer year) {
        FiscalYear current = statistics.current();
        if (year == null) {
            return current;
        }
        if (year < 2500 || year > current.buddhistYear()) {
            throw new ComplaintNotFound("fiscal year " + year);
        }
        return new FiscalYear(year);
    }
}
