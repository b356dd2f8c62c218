package org.sujarit.risk.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.sujarit.risk.RiskContent.MeasureContent;
import org.sujarit.risk.RiskView;

/** A measure of the risk management plan, optionally carried out by an item of the action plan. */
record MeasureForm(@NotBlank(message = "{validation.required}") @Size(max = 4000, message = "{validation.tooLong}") String measure,
                   @Size(max = 200, message = "{validation.tooLong}") String periodText,
                   LocalDate periodFrom,
                   LocalDate periodTo,
                   UUID unitId,
                   UUID planItemKey) {

    static MeasureForm blank() {
        return new MeasureForm("", "", null, null, null, null);
    }

    static MeasureForm of(RiskView.Measure m) {
        return new MeasureForm(m.measure(), m.periodText(), m.periodFrom(), m.periodTo(), m.unitId(), m.planItemKey());
    }

    MeasureContent toContent(String unitText) {
        return new MeasureContent(measure.strip(), periodText == null || periodText.isBlank() ? null : periodText.strip(),
                periodFrom, periodTo, null, unitText, null);
    }
}
