package org.sujarit.plan;

import java.math.BigDecimal;

/**
 * A measurable target on an output or outcome.
 *
 * @param target  the number to reach (count, percent, times per year); {@code null} for yes/no
 * @param unit    what is counted, as the plan writes it ("ช่องทาง", "ครั้ง", "ฉบับ")
 * @param measure the key of the {@link KpiMeasure} its actual is computed from, or {@code null} when typed
 */
public record Kpi(KpiType type, BigDecimal target, String unit, MeasurementMethod method, String measure) {

    /** A KPI whose actual is typed in each progress round. */
    public Kpi(KpiType type, BigDecimal target, String unit, MeasurementMethod method) {
        this(type, target, unit, method, null);
    }

    public Kpi {
        measure = measure == null || measure.isBlank() ? null : measure.strip();
        target = plain(target);
        if (type == null) {
            throw new IllegalArgumentException("A KPI needs a type");
        }
        if (type != KpiType.YES_NO && (target == null || target.signum() < 0)) {
            throw new IllegalArgumentException("A " + type + " KPI needs a target of zero or more");
        }
        if (type == KpiType.PERCENT_AT_LEAST && target.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("A percentage cannot exceed 100");
        }
    }

    /** 80.00 as stored reads back as 80: a target compares and prints the same however it was written. */
    private static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Whether the actual is computed from a measure rather than typed. */
    public boolean linked() {
        return measure != null;
    }

    /** Whether an actual value meets the target (yes/no: any value of 1 or more is "yes"). */
    public boolean isMetBy(BigDecimal actual) {
        if (actual == null) {
            return false;
        }
        return type == KpiType.YES_NO ? actual.signum() > 0 : actual.compareTo(target) >= 0;
    }
}
