package org.sujarit.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.sujarit.risk.RiskTypes.Area;
import org.sujarit.risk.RiskTypes.Band;
import org.sujarit.risk.RiskTypes.Change;
import org.sujarit.risk.RiskTypes.ControlQuality;
import org.sujarit.risk.RiskTypes.FactorKind;
import org.sujarit.risk.RiskTypes.Mission;
import org.sujarit.risk.RiskTypes.TrafficLight;

/**
 * A stored risk with its rating and measures. {@code score} comes from the database's generated
 * column; {@code band} and {@code residual} are computed from the assessment's matrix.
 */
public record RiskView(UUID id, int position, Area area, Mission mission, String process, String event,
                       String behaviour, FactorKind factorKind, String factorEvidence, String riskFactors,
                       String existingControl, UUID unitId, String unitName, TrafficLight trafficLight,
                       Integer likelihood, Integer impact, Integer score, ControlQuality controlQuality,
                       Band band, Band residual, Change change, Map<String, Object> sourceTables,
                       List<Measure> measures) {

    public boolean rated() {
        return score != null;
    }

    /** A measure of the risk management plan (step 5) and its monitoring rounds. */
    public record Measure(UUID id, int position, String measure, String periodText, LocalDate periodFrom,
                          LocalDate periodTo, UUID unitId, String unitName, String unitText, UUID planItemKey,
                          String planItemName, List<Monitoring> rounds) {

        public Monitoring round(int number) {
            return rounds.stream().filter(r -> r.round() == number).findFirst().orElse(null);
        }
    }

    /** A monitoring round of a measure (steps 6–9). */
    public record Monitoring(int round, String status, int progressPct, String result, String problems, String fixes,
                             ControlQuality controlQuality, String updatedBy) {
    }
}
