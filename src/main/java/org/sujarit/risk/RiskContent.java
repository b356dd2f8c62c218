package org.sujarit.risk;

import java.util.List;
import java.util.Map;

import org.sujarit.risk.RiskTypes.Area;
import org.sujarit.risk.RiskTypes.Change;
import org.sujarit.risk.RiskTypes.ControlQuality;
import org.sujarit.risk.RiskTypes.FactorKind;
import org.sujarit.risk.RiskTypes.Mission;
import org.sujarit.risk.RiskTypes.TrafficLight;

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

    /** A measure: what, when (text and dates), who, and the plan item it is carried out by (by name or key). */
    public record MeasureContent(String measure, String periodText, java.time.LocalDate periodFrom,
                                 java.time.LocalDate periodTo, String unit, String unitText, String planItem) {
    }
}
