package org.sujarit.plan.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import org.sujarit.plan.Kpi;
import org.sujarit.plan.KpiType;
import org.sujarit.plan.MeasurementMethod;
import org.sujarit.plan.Result;

/** One output or outcome row of the item form; a blank text means no row. */
record ResultForm(@Size(max = 2000, message = "{validation.tooLong}") String text, KpiType kpiType,
                  @DecimalMin(value = "0", message = "{plan.kpi.negative}") BigDecimal kpiTarget,
                  @Size(max = 100, message = "{validation.tooLong}") String kpiUnit, MeasurementMethod kpiMethod) {

    static ResultForm blank() {
        return new ResultForm("", null, null, "", null);
    }

    static ResultForm of(Result result) {
        Kpi kpi = result.kpi();
        return kpi == null ? new ResultForm(result.text(), null, null, "", null)
                : new ResultForm(result.text(), kpi.type(), kpi.target(), kpi.unit(), kpi.method());
    }

    boolean isBlank() {
        return text == null || text.isBlank();
    }

    /** The problem with this row's KPI, as a message key, or {@code null}. */
    String kpiProblem() {
        if (kpiType == null) {
            return null;
        }
        if (kpiType != KpiType.YES_NO && kpiTarget == null) {
            return "plan.kpi.targetRequired";
        }
        if (kpiType == KpiType.PERCENT_AT_LEAST && kpiTarget.compareTo(BigDecimal.valueOf(100)) > 0) {
            return "progress.kpi.overHundred";
        }
        return null;
    }

    Result toResult() {
        Kpi kpi = kpiType == null ? null : new Kpi(kpiType, kpiType == KpiType.YES_NO ? null : kpiTarget,
                kpiUnit == null || kpiUnit.isBlank() ? null : kpiUnit.trim(),
                kpiMethod == null ? MeasurementMethod.COUNT : kpiMethod);
        return new Result(text.trim(), kpi);
    }
}
