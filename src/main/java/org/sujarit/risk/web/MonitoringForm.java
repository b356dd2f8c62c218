package org.sujarit.risk.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.sujarit.plan.ProgressStatus;
import org.sujarit.risk.RiskAssessments.Monitoring;
import org.sujarit.risk.RiskTypes.ControlQuality;
import org.sujarit.risk.RiskView;

/** A monitoring round of a measure (steps 6–9). */
record MonitoringForm(@NotNull(message = "{validation.required}") ProgressStatus status,
                      @NotNull(message = "{validation.required}") @Min(value = 0, message = "{risk.progress.range}") @Max(value = 100, message = "{risk.progress.range}") Integer progressPct,
                      @Size(max = 4000, message = "{validation.tooLong}") String result,
                      @Size(max = 4000, message = "{validation.tooLong}") String problems,
                      @Size(max = 4000, message = "{validation.tooLong}") String fixes,
                      ControlQuality controlQuality) {

    static MonitoringForm of(RiskView.Monitoring m) {
        return m == null ? new MonitoringForm(ProgressStatus.NOT_STARTED, 0, "", "", "", null)
                : new MonitoringForm(ProgressStatus.valueOf(m.status()), m.progressPct(), m.result(), m.problems(), m.fixes(),
                m.controlQuality());
    }

    Monitoring toMonitoring() {
        return new Monitoring(status.name(), progressPct, result, problems, fixes, controlQuality);
    }
}
