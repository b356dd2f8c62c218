package org.sujarit.plan.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.Size;
import org.sujarit.plan.Kpi;
import org.sujarit.plan.KpiType;
import org.sujarit.plan.MeasurementMethod;
import org.sujarit.plan.Result;

/**
 * One output or outcome row of the item form; a blank text means no row. The KPI's fields are
 * taken as text and read here, so that a malformed value is a field error of this row rather than
 * a form that cannot be built.
 */
record ResultForm(@Size(max = 2000, message = "{validation.tooLong}") String text, String kpiType,
                  @Size(max = 30, message = "{validation.tooLong}") String kpiTarget,
                  @Size(max = 100, message = "{validation.tooLong}") String kpiUnit, String kpiMethod,
                  @Size(max = 100, message = "{validation.tooLong}") String kpiMeasure) {

    static ResultForm blank() {
        return new ResultForm("", "", "", "", "", "");
    }

    static ResultForm of(Result result) {
        Kpi kpi = result.kpi();
        return kpi == null ? new ResultForm(result.text(), "", "", "", "", "")
                : new ResultForm(result.text(), kpi.type().name(), kpi.target() == null ? "" : kpi.target().toPlainString(),
                kpi.unit(), kpi.method().name(), kpi.measure() == null ? "" : kpi.measure());
    }

    boolean isBlank() {
        return text == null || text.isBlank();
    }

    /** The problem with this row's KPI as {@code field → message key}, or {@code null}. */
    String[] kpiProblem() {
        if (blank(kpiType)) {
            return null;
        }
        KpiType type = TypedText.parse(KpiType.class, kpiType);
        if (type == null) {
            return new String[] {"kpiType", "typeMismatch"};
        }
        if (!blank(kpiMethod) && TypedText.parse(MeasurementMethod.class, kpiMethod) == null) {
            return new String[] {"kpiMethod", "typeMismatch"};
        }
        if (type == KpiType.YES_NO) {
            return null;
        }
        if (blank(kpiTarget)) {
            return new String[] {"kpiTarget", "plan.kpi.targetRequired"};
        }
        BigDecimal target = TypedText.number(kpiTarget);
        if (target == null) {
            return new String[] {"kpiTarget", "typeMismatch"};
        }
        if (target.signum() < 0) {
            return new String[] {"kpiTarget", "plan.kpi.negative"};
        }
        if (type == KpiType.PERCENT_AT_LEAST && target.compareTo(BigDecimal.valueOf(100)) > 0) {
            return new String[] {"kpiTarget", "progress.kpi.overHundred"};
        }
        return null;
    }

    Result toResult() {
        KpiType type = blank(kpiType) ? null : TypedText.parse(KpiType.class, kpiType);
        Kpi kpi = type == null ? null : new Kpi(type, type == KpiType.YES_NO ? null : TypedText.number(kpiTarget),
                blank(kpiUnit) ? null : kpiUnit.trim(),
                blank(kpiMethod) ? MeasurementMethod.COUNT : TypedText.parse(MeasurementMethod.class, kpiMethod),
                blank(kpiMeasure) ? null : kpiMeasure.strip());
        return new Result(text.trim(), kpi);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
