package org.sujarit.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One step in the history of a linked KPI's actual in a report: the integrity officer replaced the
 * computed figure with a typed one for a written reason, or removed the replacement so that the
 * computed figure counts again. Both keep what the figure computed to at the time.
 *
 * @param computed the computed figure then; {@code null} when the measure had no value yet
 * @param actual   the figure typed instead; {@code null} when this step removed the override
 * @param reason   why it was typed; {@code null} for a removal
 * @param by       who did it, by name
 */
public record KpiOverride(UUID resultKey, BigDecimal computed, BigDecimal actual, String reason, String by, Instant at) {

    /** 85.00 as stored reads back as 85, as it was typed. */
    public KpiOverride {
        computed = plain(computed);
        actual = plain(actual);
    }

    /** Whether this step removed an override rather than made one. */
    public boolean removal() {
        return actual == null;
    }

    private static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
