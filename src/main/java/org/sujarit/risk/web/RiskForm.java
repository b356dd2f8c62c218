package org.sujarit.risk.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.sujarit.risk.RiskContent;
import org.sujarit.risk.RiskTypes.Area;
import org.sujarit.risk.RiskTypes.Change;
import org.sujarit.risk.RiskTypes.ControlQuality;
import org.sujarit.risk.RiskTypes.FactorKind;
import org.sujarit.risk.RiskTypes.Mission;
import org.sujarit.risk.RiskTypes.TrafficLight;
import org.sujarit.risk.RiskView;

/** Steps 1–4 for one risk: identify it, give its traffic light, rate it, judge its control. */
record RiskForm(@NotNull(message = "{validation.required}") Area area,
                @NotNull(message = "{validation.required}") Mission mission,
                @Size(max = 1000, message = "{validation.tooLong}") String process,
                @NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.tooLong}") String event,
                @Size(max = 2000, message = "{validation.tooLong}") String behaviour,
                FactorKind factorKind,
                @Size(max = 2000, message = "{validation.tooLong}") String factorEvidence,
                @Size(max = 4000, message = "{validation.tooLong}") String riskFactors,
                @Size(max = 4000, message = "{validation.tooLong}") String existingControl,
                UUID unitId,
                TrafficLight trafficLight,
                @Min(value = 1, message = "{risk.rating.range}") @Max(value = 10, message = "{risk.rating.range}") Integer likelihood,
                @Min(value = 1, message = "{risk.rating.range}") @Max(value = 10, message = "{risk.rating.range}") Integer impact,
                ControlQuality controlQuality,
                @NotNull(message = "{validation.required}") Change change) {

    static RiskForm blank() {
        return new RiskForm(Area.BUDGET_RESOURCES, Mission.CORE, "", "", "", null, "", "", "", null, null, null, null,
                null, Change.NEW);
    }

    static RiskForm of(RiskView r) {
        return new RiskForm(r.area(), r.mission(), r.process(), r.event(), r.behaviour(), r.factorKind(), r.factorEvidence(),
                r.riskFactors(), r.existingControl(), r.unitId(), r.trafficLight(), r.likelihood(), r.impact(),
                r.controlQuality(), r.change());
    }

    RiskContent toContent() {
        return new RiskContent(area, mission, strip(process), event.strip(), strip(behaviour), factorKind,
                strip(factorEvidence), strip(riskFactors), strip(existingControl), null, trafficLight, likelihood, impact,
                controlQuality, change, null, List.of());
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
