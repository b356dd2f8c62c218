package org.sujarit.infrastructure.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.ThaiDates;

/**
 * Formatting for the views, in the request's language and always in the Buddhist Era:
 * {@code ${@thai.date(d)}}, {@code ${@thai.dateTime(t)}}, {@code ${@thai.fiscalYear()}}.
 */
@Component("thai")
public class ThaiFormats {

    private final Clock clock;

    ThaiFormats(Clock clock) {
        this.clock = clock;
    }

    public String date(LocalDate date) {
        return date == null ? "" : ThaiDates.longDate(date, locale());
    }

    public String shortDate(LocalDate date) {
        return date == null ? "" : ThaiDates.shortDate(date, locale());
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : ThaiDates.dateTime(instant.atZone(clock.getZone()).toLocalDateTime(), locale());
    }

    public String dateTime(OffsetDateTime dateTime) {
        return dateTime == null ? "" : dateTime(dateTime.toInstant());
    }

    public String today() {
        return date(LocalDate.now(clock));
    }

    public FiscalYear fiscalYear() {
        return FiscalYear.containing(LocalDate.now(clock));
    }

    public String month(int month) {
        return ThaiDates.monthName(month, locale());
    }

    /** A text's paragraphs (split at line breaks, blank ones dropped), for views that print them as &lt;p&gt;. */
    public java.util.List<String> paragraphs(String text) {
        return text == null ? java.util.List.of()
                : java.util.Arrays.stream(text.split("\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
