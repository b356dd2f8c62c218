package org.sujarit.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The figures one module gives oversight about each local government's programme, per fiscal
 * year: what the province, the NACC region and the nation compare. A module that holds data
 * implements it (the module knows its own rules: the E-PlanNACC score, the 15-day rule, what makes
 * a disclosure item current); {@code oversight} keeps the values as the module changes and
 * aggregates them across places. A figure is never personal data and never a single record.
 */
public interface IndicatorSource {

    /** The source's name, the first part of its indicators' keys: {@code complaint}, {@code plan}, … */
    String name();

    /** The indicators, in the order the oversight pages show them. */
    List<Indicator> indicators();

    /**
     * Whether an audited change (its action, e.g. {@code complaint.filed}) can change this source's
     * figures for the tenant it happened in.
     */
    boolean affectedBy(String auditAction);

    /**
     * Every indicator of this source for these tenants, for each fiscal year the tenant has data
     * for, as the data stands on {@code today}. Set-based where it can be: the full rebuild asks for
     * hundreds of tenants at a time. A figure that does not apply (no plan, nothing received) is
     * left out or has a null value; a count of zero is a zero.
     */
    List<Value> compute(Collection<UUID> tenants, LocalDate today);

    /** How values of many local governments combine into one figure for a place. */
    enum Kind {
        /** A count: the place's figure is the sum. */
        COUNT,
        /** A share in per cent of {@code numerator / denominator}: pooled over the place. */
        SHARE,
        /** A mean of {@code numerator / denominator} (e.g. total rating over ratings): pooled. */
        MEAN,
        /** A median, a score or days: the place shows the median of its local governments' values. */
        MEDIAN,
        /** 1 or 0 (published or not): the place shows the share of its local governments with 1. */
        YES_NO
    }

    /**
     * One indicator. Its name and how it is computed are the message keys {@code indicator.<key>}
     * and {@code indicator.<key>.how}, in Thai and English.
     *
     * @param key        {@code <source>.<name>}, e.g. {@code complaint.received-general}
     * @param kind       how it combines across places
     * @param higherIsBetter true, false, or null when neither (a count of complaints received)
     * @param smallCount a count of complaints (or people) that could single out a person when 1–4:
     *                   shown as "fewer than 5" and protected by complementary suppression
     * @param base       for a figure computed over such a count (a median of days, a share of
     *                   cases), that count's key: the figure is withheld when its base is; else null
     * @param partOf     for a count that is one part of another (one channel of all received),
     *                   the total's key; else null
     * @param evidence   the public portal page that shows what the figure counts, relative to the
     *                   local government's portal ({@code /plan}, {@code /complaints/statistics?year={year}});
     *                   {@code {year}} is the fiscal year; null when no public page shows it
     */
    record Indicator(String key, Kind kind, Boolean higherIsBetter, boolean smallCount, String base, String partOf,
                     String evidence) {

        private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+");

        public Indicator {
            Objects.requireNonNull(kind);
            if (key == null || !KEY.matcher(key).matches()) {
                throw new IllegalArgumentException("Not an indicator key: " + key);
            }
        }

        public String source() {
            return key.substring(0, key.indexOf('.'));
        }

        public String messageKey() {
            return "indicator." + key;
        }

        public String howMessageKey() {
            return "indicator." + key + ".how";
        }

        /** The evidence page for a fiscal year, relative to the local government's portal. */
        public String evidenceFor(int fiscalYear) {
            return evidence == null ? null : evidence.replace("{year}", Integer.toString(fiscalYear));
        }
    }

    /**
     * One local government's figure for one fiscal year. A {@link Kind#SHARE} or {@link Kind#MEAN}
     * carries its numerator and denominator (so places pool them); a {@link Kind#MEDIAN} may carry
     * how many it was taken over as its denominator.
     */
    record Value(UUID tenantId, int fiscalYear, String key, BigDecimal value, BigDecimal numerator,
                 BigDecimal denominator) {

        public static Value of(UUID tenant, int fiscalYear, String key, long count) {
            return new Value(tenant, fiscalYear, key, BigDecimal.valueOf(count), null, null);
        }

        public static Value yesNo(UUID tenant, int fiscalYear, String key, boolean yes) {
            return new Value(tenant, fiscalYear, key, yes ? BigDecimal.ONE : BigDecimal.ZERO, null, null);
        }

        /** A share in per cent (two decimals) of part over whole; no value when the whole is zero. */
        public static Value share(UUID tenant, int fiscalYear, String key, long part, long whole) {
            BigDecimal value = whole == 0 ? null : BigDecimal.valueOf(part * 100L)
                    .divide(BigDecimal.valueOf(whole), 2, java.math.RoundingMode.HALF_UP);
            return new Value(tenant, fiscalYear, key, value, BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
        }
    }
}
