package org.sujarit.registers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;

/**
 * The rule on gifts of the fiscal years from {@code firstYear} on, as {@code registers/gift-rules.yml}
 * states it: what a gift may be worth, how long a report beyond it may take, which gifts are not
 * held against the limit, and the value bands of the yearly report.
 */
public record GiftRule(int firstYear, BigDecimal limit, Period reportWithin, boolean relativesExcepted,
                       boolean publicAtLargeExcepted, String sourceTh, String sourceEn, List<GiftValueBand> bands) {

    public GiftRule {
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(reportWithin, "reportWithin");
        bands = List.copyOf(bands);
    }

    /** Whether the gift goes beyond the rule: worth more than the limit, and not one of the exceptions. */
    public boolean beyond(BigDecimal value, boolean fromRelative, boolean toPublicAtLarge) {
        if (fromRelative && relativesExcepted || toPublicAtLarge && publicAtLargeExcepted) {
            return false;
        }
        return value.compareTo(limit) > 0;
    }

    /** When a report of a gift received on that day is due with the head of the agency. */
    public LocalDate reportDue(LocalDate receivedOn) {
        return receivedOn.plus(reportWithin);
    }

    /** The number of days the report may take, as messages say it. */
    public int reportDays() {
        return reportWithin.getDays() + 30 * reportWithin.getMonths() + 365 * reportWithin.getYears();
    }

    /** The band a value falls in: the first whose upper bound it does not pass. */
    public GiftValueBand bandOf(BigDecimal value) {
        return bands.stream().filter(band -> band.holds(value)).findFirst().orElseThrow();
    }

    /**
     * One value band of the yearly report.
     *
     * @param upTo its highest value, {@code null} for the last band
     */
    public record GiftValueBand(BigDecimal upTo, String th, String en) {

        boolean holds(BigDecimal value) {
            return upTo == null || value.compareTo(upTo) <= 0;
        }

        public String label(java.util.Locale locale) {
            return "en".equals(locale.getLanguage()) ? en : th;
        }
    }
}
