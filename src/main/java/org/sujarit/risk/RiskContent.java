package org.sujarit.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.sujarit.risk.RiskTypes.Area;
import org.sujarit.risk.RiskTypes.Change;
import org.sujarit.risk.RiskTypes.ControlQuality;
import org.sujarit.risk.RiskTypes.FactorKind;
import org.sujarit.risk.RiskTypes.Mission;
import org.sujarit.risk.RiskTypes.TrafficLight;
import org.sujarit.shared.RuleViolation;

/**
 * A risk as entered or loaded: identification (step 1), status and rating (steps 2–4) and its
 * measures (step 5). {@code unit} is a unit path ("กองคลัง") or {@code null}. {@code sourceTables}
 * keeps what an imported document's own tables said, for the consistency checks.
 */
public record RiskContent(Area area, Mission mission, String process, String event, String behaviour,
                          FactorKind factorKind, String factorEvidence, String riskFactors, String existingControl,
                          String unit, TrafficLight trafficLight, Integer likelihood, Integer impact,
                          ControlQuality controlQuality, Change change, Map<String, Object> sourceTables,
                          List<MeasureContent> measures) {

    public RiskContent {
        measures = measures == null ? List.of() : List.copyOf(measures);
        mission = mission == null ? Mission.CORE : mission;
        change = change == null ? Change.NEW : change;
    }

    /** What a risk must be to be registered: of an area, with an event, rated on both axes of the matrix or not at all. */
    void check(RiskMatrix matrix) {
        if (area == null) {
            throw new RuleViolation("area", "validation.required");
        }
        if (event == null || event.isBlank()) {
            throw new RuleViolation("event", "validation.required");
        }
        if ((likelihood == null) != (impact == null)) {
            throw new RuleViolation("impact", "risk.rating.both");
        }
        if (likelihood != null && !matrix.accepts(likelihood, impact)) {
            throw new RuleViolation("likelihood", "risk.rating.range");
        }
    }

    /** A measure: what, when (text and dates), who, and the plan item it is carried out by (by name or key). */
    public record MeasureContent(String measure, String periodText, LocalDate periodFrom, LocalDate periodTo, String unit,
                                 String unitText, String planItem) {

        /** A measure says what is done, and its period does not end before it starts. */
        void check() {
            if (measure == null || measure.isBlank()) {
                throw new RuleViolation("measure", "validation.required");
            }
            if (periodFrom != null && periodTo != null && periodFrom.isAfter(periodTo)) {
                throw new RuleViolation("periodTo", "risk.period.order");
            }
        }
    }
}
