package org.sujarit.survey.web;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.validation.BindingResult;
import org.springframework.web.util.UriComponentsBuilder;
import org.sujarit.infrastructure.web.FormErrors;
import org.sujarit.shared.FiscalYear;
import org.sujarit.survey.SurveyResults;

/**
 * The period a results page or file covers: days typed in the Buddhist Era (either end may be left
 * open), or a fiscal year, or — the default — every answer. Days typed win over the year. The days
 * stay as typed, so that a page sent back with an error shows them.
 */
record ResultsPeriodForm(String from, String to, Integer year) {

    static final int FIRST_YEAR = 2500;
    static final int LAST_YEAR = 2700;

    /** The period asked for, with any problem rejected on its field; {@code ALL} when there is one. */
    SurveyResults.Period period(BindingResult binding) {
        LocalDate first = FormErrors.date(binding, "from", from);
        LocalDate last = FormErrors.date(binding, "to", to);
        if (year != null && (year < FIRST_YEAR || year > LAST_YEAR)) {
            binding.rejectValue("year", "surveyResults.period.year");
        }
        if (first != null && last != null && first.isAfter(last)) {
            binding.rejectValue("to", "surveyResults.period.order");
        }
        if (binding.hasErrors()) {
            return SurveyResults.Period.ALL;
        }
        if (first != null || last != null) {
            return new SurveyResults.Period(first, last);
        }
        return year == null ? SurveyResults.Period.ALL
                : new SurveyResults.Period(new FiscalYear(year).firstDay(), new FiscalYear(year).lastDay());
    }

    /** Whether the days were typed (the year is then not the one chosen). */
    public boolean typed() {
        return (from != null && !from.isBlank()) || (to != null && !to.isBlank());
    }

    /** The same period as a query string for the files' links ("" for every answer). */
    String query() {
        UriComponentsBuilder query = UriComponentsBuilder.newInstance();
        if (typed()) {
            query.queryParamIfPresent("from", Optional.ofNullable(from).filter(f -> !f.isBlank()))
                    .queryParamIfPresent("to", Optional.ofNullable(to).filter(t -> !t.isBlank()));
        } else if (year != null) {
            query.queryParam("year", year);
        }
        return query.encode().build().toUriString();
    }
}
