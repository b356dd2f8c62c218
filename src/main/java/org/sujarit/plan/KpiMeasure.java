package org.sujarit.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.TenantId;

/**
 * A figure another module computes that a KPI can be linked to, so that the KPI's actual in a
 * progress round comes from the records behind it instead of being typed: "ร้อยละของบุคลากรที่
 * ลงนามข้อตกลง" from the signed agreements, a survey's share of satisfied respondents from its
 * answers. The plan module lists the measures, stores the link and asks for the value; it does
 * not depend on the modules that compute them.
 *
 * @param key      stable identifier, {@code module.name} (e.g. {@code registers.agreements-signed})
 * @param titleTh  what it measures, in Thai
 * @param titleEn  the same in English
 * @param type     the kind of KPI it can fill (a percentage, a count …)
 */
public record KpiMeasure(String key, String titleTh, String titleEn, KpiType type) {

    /**
     * The value of a measure for one tenant and fiscal year, and what it was computed from, shown
     * beside the figure ("๔๒ จาก ๔๕ คน").
     *
     * @param value       the figure (a percentage from 0 to 100 for a percentage measure)
     * @param numerator   how many met it; {@code null} when the measure is not a share
     * @param denominator out of how many; {@code null} when the measure is not a share
     * @param href        the console page the figure comes from (a survey's results), or {@code null}
     */
    public record Value(BigDecimal value, Long numerator, Long denominator, String href) {

        public Value(BigDecimal value, Long numerator, Long denominator) {
            this(value, numerator, denominator, null);
        }

        /** The same figure, linked to the page it comes from. */
        public Value from(String page) {
            return new Value(value, numerator, denominator, page);
        }

        /** A percentage to one place of {@code numerator} out of {@code denominator}; nothing out of nothing. */
        public static Optional<Value> share(long numerator, long denominator) {
            if (denominator == 0) {
                return Optional.empty();
            }
            BigDecimal percent = BigDecimal.valueOf(numerator * 100).divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
            return Optional.of(new Value(percent, numerator, denominator));
        }
    }

    /**
     * Published results a measure is computed from — a survey's results on the portal — which are
     * evidence of every plan item whose KPI is linked to the measure.
     *
     * @param titleTh what it is, in Thai ("ผลการสำรวจ: …")
     * @param titleEn the same in English
     * @param path    its page on the tenant's portal, after the portal's slug (e.g. {@code /surveys/…})
     */
    public record Published(String titleTh, String titleEn, String path) {

        public Published {
            if (path == null || !path.startsWith("/")) {
                throw new IllegalArgumentException("A published page is a path on the portal: " + path);
            }
        }
    }

    /** Implemented, as a bean, by each module that offers measures. */
    public interface Source {

        /** The measures this module offers to a tenant (a survey module offers one per questionnaire). */
        List<KpiMeasure> measures(TenantId tenant);

        /** The value of one of its measures, empty when the key is not its own or nothing is there yet. */
        Optional<Value> value(TenantId tenant, String key, FiscalYear year);

        /**
         * The value over the year up to a day (a progress round's last day). A measure counted from
         * records dated through the year (a survey's answers) overrides it; the others give their
         * value for the year.
         */
        default Optional<Value> value(TenantId tenant, String key, FiscalYear year, LocalDate until) {
            return value(tenant, key, year);
        }

        /** The published results one of its measures comes from, empty when there are none (yet). */
        default Optional<Published> published(TenantId tenant, String key) {
            return Optional.empty();
        }
    }
}
