package org.sujarit.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.sujarit.risk.RiskTypes.Band;
import org.sujarit.shared.BuddhistYears;
import org.sujarit.shared.FiscalYear;

/**
 * The consistency checks of an assessment, like the plan's quality checks: a score that
 * disagrees with its levels (as a source document's tables may state them), a treatment period
 * outside the assessment's fiscal year, a measure with no unit, a high residual risk with no
 * measure, and risks not yet classified or rated.
 */
public final class RiskChecks {

    private RiskChecks() {
    }

    public static List<RiskFinding> check(AssessmentView assessment) {
        List<RiskFinding> findings = new ArrayList<>();
        FiscalYear year = new FiscalYear(assessment.fiscalYear());
        for (RiskView risk : assessment.risks()) {
            sourceTables(findings, risk);
            if (risk.trafficLight() == null) {
                findings.add(finding(risk, null, "risk.check.noStatus", null));
            }
            if (risk.factorKind() == null) {
                findings.add(finding(risk, null, "risk.check.noFactorKind", null));
            }
            if (!risk.rated()) {
                findings.add(finding(risk, null, "risk.check.notRated", null));
            }
            if (risk.residual() == Band.HIGH && risk.measures().isEmpty()) {
                findings.add(finding(risk, null, "risk.check.highWithoutMeasure", null));
            }
            for (RiskView.Measure measure : risk.measures()) {
                if (measure.unitId() == null) {
                    findings.add(finding(risk, measure, "risk.check.measureNoUnit", measure.unitText()));
                }
                if (outside(measure, year)) {
                    findings.add(finding(risk, measure, "risk.check.periodOutside", measure.periodText()));
                }
            }
        }
        return findings;
    }

    /** Table 3's score against its own levels, and its levels against tables 3.1 and 3.2. */
    @SuppressWarnings("unchecked")
    private static void sourceTables(List<RiskFinding> findings, RiskView risk) {
        Map<String, Object> tables = risk.sourceTables();
        if (tables == null || tables.isEmpty()) {
            return;
        }
        Map<String, Object> scoring = (Map<String, Object>) tables.getOrDefault("table3", Map.of());
        Integer necessity = number(scoring.get("necessity"));
        Integer severity = number(scoring.get("severity"));
        Integer total = number(scoring.get("total"));
        if (necessity != null && severity != null && total != null && necessity * severity != total) {
            findings.add(finding(risk, null, "risk.check.scoreArithmetic", necessity + " × " + severity + " = " + total));
        }
        Integer mustShould = number(((Map<String, Object>) tables.getOrDefault("table3_1", Map.of())).get("necessity"));
        Integer marked = number(((Map<String, Object>) tables.getOrDefault("table3_2", Map.of())).get("severity"));
        boolean necessityDiffers = mustShould != null && necessity != null && !mustShould.equals(necessity);
        boolean severityDiffers = marked != null && severity != null && !marked.equals(severity);
        if (necessityDiffers || severityDiffers) {
            findings.add(finding(risk, null, "risk.check.levelsDisagree",
                    "3: " + necessity + " × " + severity + " · 3.1: " + mustShould + " · 3.2: " + marked));
        }
        if (risk.rated() && necessity != null && severity != null
                && (!Objects.equals(risk.likelihood(), necessity) || !Objects.equals(risk.impact(), severity))) {
            findings.add(finding(risk, null, "risk.check.ratingDiffersFromSource",
                    risk.likelihood() + " × " + risk.impact() + " ≠ " + necessity + " × " + severity));
        }
    }

    private static boolean outside(RiskView.Measure measure, FiscalYear year) {
        if (measure.periodFrom() != null && measure.periodFrom().isBefore(year.firstDay())) {
            return true;
        }
        if (measure.periodTo() != null && measure.periodTo().isAfter(year.lastDay())) {
            return true;
        }
        // "ต.ค. ๖๓ – ก.ย. ๖๕": calendar years; the fiscal year FY runs from October of FY-1.
        return BuddhistYears.in(measure.periodText()).stream()
                .anyMatch(y -> y < year.buddhistYear() - 1 || y > year.buddhistYear());
    }

    private static Integer number(Object value) {
        return value instanceof Number n ? n.intValue() : null;
    }

    private static RiskFinding finding(RiskView risk, RiskView.Measure measure, String key, String detail) {
        return new RiskFinding(risk.id(), risk.position(), measure == null ? null : measure.id(), key, detail);
    }
}
