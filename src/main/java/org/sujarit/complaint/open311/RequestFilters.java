package org.sujarit.complaint.open311;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.sujarit.complaint.CaseNumber;
import org.sujarit.complaint.PublicCases;

/**
 * The standard filters of {@code GET requests.json} turned into a query: service_request_id
 * (comma-separated, overriding every other filter), service_code (comma-separated), start_date and
 * end_date (ISO 8601; at most 90 days apart; the last 90 days when neither is given) and status
 * (open, closed or both).
 */
final class RequestFilters {

    static final Duration SPAN = Duration.ofDays(90);
    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    private RequestFilters() {
    }

    /** Null when service_request_id named only numbers that cannot be case numbers: nothing matches then. */
    static PublicCases.Query query(String ids, String codes, String startDate, String endDate, String status, Instant now) {
        if (!blank(ids)) {
            List<String> numbers = split(ids).stream().map(CaseNumber::normalise).filter(Objects::nonNull).toList();
            return numbers.isEmpty() ? null : new PublicCases.Query(numbers, List.of(), null, null, null);
        }
        Instant from = blank(startDate) ? null : time(startDate, false, "open311.error.startDate");
        Instant to = blank(endDate) ? null : time(endDate, true, "open311.error.endDate");
        if (from == null && to == null) {
            from = now.minus(SPAN);
        } else if (from == null) {
            from = to.minus(SPAN);
        } else if (to == null) {
            to = from.plus(SPAN);
        } else if (to.isBefore(from)) {
            throw Open311Problem.badRequest("open311.error.dates.order");
        } else if (Duration.between(from, to).compareTo(SPAN) > 0) {
            throw Open311Problem.badRequest("open311.error.dates.span");
        }
        return new PublicCases.Query(List.of(), blank(codes) ? List.of() : split(codes), from, to, open(status));
    }

    private static Boolean open(String status) {
        if (blank(status)) {
            return null;
        }
        Set<String> wanted = split(status).stream().map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        if (!Set.of("open", "closed").containsAll(wanted)) {
            throw Open311Problem.badRequest("open311.error.status");
        }
        return wanted.size() == 2 ? null : wanted.contains("open");
    }

    /**
     * A W3C date-time with an offset; without one, Bangkok's time is meant. A date alone means the
     * start of that day, or its end when it closes a period.
     */
    static Instant time(String text, boolean endOfDay, String errorKey) {
        String t = text.strip();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            try {
                return LocalDateTime.parse(t).atZone(BANGKOK).toInstant();
            } catch (DateTimeParseException notLocal) {
                try {
                    LocalDate day = LocalDate.parse(t);
                    return endOfDay ? day.plusDays(1).atStartOfDay(BANGKOK).toInstant().minusMillis(1)
                            : day.atStartOfDay(BANGKOK).toInstant();
                } catch (DateTimeParseException notADate) {
                    throw Open311Problem.badRequest(errorKey);
                }
            }
        }
    }

    private static List<String> split(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
