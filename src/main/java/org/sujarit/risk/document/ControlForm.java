package org.sujarit.risk.document;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.sujarit.infrastructure.document.Table;
import org.sujarit.infrastructure.document.Table.Cell;
import org.sujarit.infrastructure.document.Table.Row;
import org.sujarit.risk.AssessmentView;
import org.sujarit.risk.RiskTypes.Mission;
import org.sujarit.risk.RiskView;
import org.sujarit.shared.NumeralStyle;

/**
 * The internal-control forms of the Ministry of Finance standard 2561 made from the register:
 * ปค.๕ (the evaluation of the controls and their improvement at the end of the fiscal year) and
 * its follow-up (how each improvement went in a monitoring round). Rows are grouped under the
 * three missions. Internal: existing controls and monitoring are what these forms are for.
 */
record ControlForm(NumeralStyle numerals, String formName, List<String> header, Table table, List<String> signature) {

    /** The form's signature block, left blank to be signed on paper. */
    static final List<String> SIGNATURE = List.of("ชื่อผู้รายงาน ...................................................",
            "ตำแหน่ง ...................................................",
            "วันที่ ....... เดือน ........................ พ.ศ. ..........");

    /** ปค.๕: each risk with its control, the control's evaluation, what risk remains and how the control improves. */
    static ControlForm evaluation(AssessmentView assessment, String organisation, NumeralStyle digits) {
        List<Row> rows = new ArrayList<>();
        for (Mission mission : Mission.values()) {
            rows.add(Row.group(Labels.mission(mission)));
            List<RiskView> risks = assessment.risks().stream().filter(risk -> risk.mission() == mission).toList();
            if (risks.isEmpty()) {
                rows.add(Row.of(Cell.text("ไม่มีความเสี่ยงในด้านนี้"), Cell.text(null), Cell.text(null), Cell.text(null),
                        Cell.text(null), Cell.text(null), Cell.text(null)));
            }
            for (RiskView risk : risks) {
                rows.add(Row.of(objective(risk, digits), Cell.text(digits.apply(risk.event())),
                        Cell.text(digits.apply(risk.existingControl())), evaluation(risk), remaining(risk, digits),
                        Cell.lines(risk.measures().stream().map(m -> "- " + measure(m, digits)).toList()),
                        Cell.lines(units(risk).stream().map(digits::apply).toList())));
            }
        }
        Table table = new Table(null, Table.widths(15, 16, 15, 14, 12, 17, 11),
                Table.heads("ภารกิจ/วัตถุประสงค์", "ความเสี่ยง", "การควบคุมภายในที่มีอยู่", "การประเมินผลการควบคุมภายใน",
                        "ความเสี่ยงที่ยังมีอยู่", "การปรับปรุงการควบคุมภายใน", "หน่วยงานที่รับผิดชอบ"),
                rows);
        return new ControlForm(digits, digits.apply("แบบ ปค.5"), List.of(digits.apply(organisation),
                "รายงานการประเมินผลและการปรับปรุงการควบคุมภายใน",
                digits.apply("ณ วันที่ 30 กันยายน " + assessment.fiscalYear())), table, SIGNATURE);
    }

    /**
     * The follow-up of ปค.๕ after a round (1 = six months, to 31 March; 2 = twelve, to 30
     * September): each improvement with the latest monitoring up to that round.
     */
    static ControlForm followUp(AssessmentView assessment, String organisation, int round, NumeralStyle digits) {
        List<Row> rows = new ArrayList<>();
        for (Mission mission : Mission.values()) {
            rows.add(Row.group(Labels.mission(mission)));
            List<RiskView> risks = assessment.risks().stream()
                    .filter(risk -> risk.mission() == mission && !risk.measures().isEmpty()).toList();
            if (risks.isEmpty()) {
                rows.add(Row.of(Cell.text("ไม่มีการปรับปรุงการควบคุมภายในในด้านนี้"), Cell.text(null), Cell.text(null),
                        Cell.text(null), Cell.text(null), Cell.text(null)));
            }
            for (RiskView risk : risks) {
                int span = risk.measures().size();
                for (int i = 0; i < span; i++) {
                    RiskView.Measure measure = risk.measures().get(i);
                    List<Cell> cells = new ArrayList<>();
                    if (i == 0) {
                        cells.add(objective(risk, digits).spanning(span));
                        cells.add(remainingOf(risk, digits).spanning(span));
                    }
                    cells.add(Cell.text(measure(measure, digits)));
                    cells.add(Cell.text(digits.apply(AssessmentReport.unit(measure, risk))));
                    RiskView.Monitoring monitoring = latest(measure, round);
                    cells.add(progress(monitoring, round, digits));
                    cells.add(problems(monitoring, digits));
                    rows.add(Row.of(cells));
                }
            }
        }
        Table table = new Table(null, Table.widths(16, 15, 20, 12, 19, 18),
                Table.heads("ภารกิจ/วัตถุประสงค์", "ความเสี่ยงที่ยังมีอยู่", "การปรับปรุงการควบคุมภายใน",
                        "หน่วยงานที่รับผิดชอบ", "สถานการณ์ดำเนินการ/ร้อยละความคืบหน้า", "ปัญหาอุปสรรคและแนวทางแก้ไข"),
                rows);
        String asOf = round == 1 ? "ณ วันที่ 31 มีนาคม " : "ณ วันที่ 30 กันยายน ";
        return new ControlForm(digits, digits.apply("แบบติดตาม ปค.5"), List.of(digits.apply(organisation),
                "รายงานการติดตามการปฏิบัติตามแผนการปรับปรุงการควบคุมภายใน",
                digits.apply(Labels.round(round) + " " + asOf + assessment.fiscalYear())), table, SIGNATURE);
    }

    /** The round asked for or, when it is not reported yet, the latest before it. */
    static RiskView.Monitoring latest(RiskView.Measure measure, int round) {
        for (int r = round; r >= 1; r--) {
            RiskView.Monitoring monitoring = measure.round(r);
            if (monitoring != null) {
                return monitoring;
            }
        }
        return null;
    }

    /** The work or process at risk; for a risk named without one, the scope it belongs to. */
    private static Cell objective(RiskView risk, NumeralStyle digits) {
        boolean named = risk.process() != null && !risk.process().isBlank();
        return Cell.text(digits.apply(named ? risk.process() : Labels.area(risk.area())));
    }

    private static Cell evaluation(RiskView risk) {
        if (risk.controlQuality() == null) {
            return Cell.text(Labels.NOT_ASSESSED);
        }
        return Cell.lines(List.of(Labels.quality(risk.controlQuality()), Labels.qualityMeaning(risk.controlQuality())));
    }

    /**
     * The residual rating from the matrix when the risk is scored and its control rated; else its
     * traffic light, which is all the seed's published risks have.
     */
    private static Cell remaining(RiskView risk, NumeralStyle digits) {
        if (risk.residual() != null) {
            return Cell.lines(List.of("ความเสี่ยงระดับ" + Labels.band(risk.residual()),
                    digits.apply("(ค่าความเสี่ยงรวม " + risk.score() + " การควบคุม" + Labels.quality(risk.controlQuality()) + ")")));
        }
        if (risk.trafficLight() != null) {
            return Cell.lines(List.of("สถานะสี" + Labels.light(risk.trafficLight()),
                    "(ความเสี่ยงระดับ" + Labels.lightLevel(risk.trafficLight()) + ")"));
        }
        return Cell.text(Labels.NOT_ASSESSED);
    }

    /** The follow-up has no column for the risk itself: its remaining risk names it. */
    private static Cell remainingOf(RiskView risk, NumeralStyle digits) {
        List<String> lines = new ArrayList<>(List.of(digits.apply(risk.event())));
        lines.addAll(remaining(risk, digits).lines());
        return Cell.lines(lines);
    }

    private static String measure(RiskView.Measure measure, NumeralStyle digits) {
        String period = measure.periodText() == null || measure.periodText().isBlank() ? ""
                : " (" + measure.periodText() + ")";
        return digits.apply(measure.measure() + period);
    }

    private static Set<String> units(RiskView risk) {
        Set<String> units = new LinkedHashSet<>();
        if (risk.unitName() != null) {
            units.add(risk.unitName());
        }
        risk.measures().forEach(measure -> {
            String unit = AssessmentReport.unit(measure, risk);
            if (unit != null) {
                units.add(unit);
            }
        });
        return units;
    }

    private static Cell progress(RiskView.Monitoring monitoring, int round, NumeralStyle digits) {
        if (monitoring == null) {
            return Cell.text("ยังไม่รายงานผล");
        }
        List<String> lines = new ArrayList<>();
        lines.add(Labels.status(monitoring.status()));
        lines.add(digits.apply("ร้อยละ " + monitoring.progressPct()));
        if (monitoring.round() != round) {
            lines.add(digits.apply("(ผล" + Labels.round(monitoring.round()) + ")"));
        }
        if (monitoring.result() != null) {
            lines.add(digits.apply(monitoring.result()));
        }
        if (monitoring.controlQuality() != null) {
            lines.add("คุณภาพการจัดการหลังดำเนินการ: " + Labels.quality(monitoring.controlQuality()));
        }
        return Cell.lines(lines);
    }

    private static Cell problems(RiskView.Monitoring monitoring, NumeralStyle digits) {
        if (monitoring == null || monitoring.problems() == null && monitoring.fixes() == null) {
            return Cell.text("-");
        }
        List<String> lines = new ArrayList<>();
        if (monitoring.problems() != null) {
            lines.add("ปัญหาอุปสรรค: " + digits.apply(monitoring.problems()));
        }
        if (monitoring.fixes() != null) {
            lines.add("แนวทางแก้ไข: " + digits.apply(monitoring.fixes()));
        }
        return Cell.lines(lines);
    }
}
