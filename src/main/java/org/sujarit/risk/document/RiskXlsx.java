package org.sujarit.risk.document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.stereotype.Component;
import org.sujarit.infrastructure.document.SheetWriter;
import org.sujarit.infrastructure.document.Table;
import org.sujarit.infrastructure.document.Table.Cell;
import org.sujarit.infrastructure.document.Table.Row;
import org.sujarit.infrastructure.document.XlsxFile;
import org.sujarit.risk.AssessmentView;
import org.sujarit.risk.RiskMatrix;
import org.sujarit.risk.RiskView;
import org.sujarit.shared.NumeralStyle;

/**
 * The risk documents as workbooks to work with, their text in the tenant's numeral style and their
 * numbers as numbers: the assessment (the register
 * with every field of steps 1–5, the summary by colour, the measures one per row) and the
 * internal-control forms (ปค.๕ and its follow-up for both rounds). The assessment workbook holds
 * no internal notes; existing controls and monitoring are only in the control forms.
 */
@Component
public class RiskXlsx {

    public byte[] assessment(AssessmentView assessment, String organisation, NumeralStyle numerals) {
        String year = "ปีงบประมาณ พ.ศ. " + assessment.fiscalYear();
        return XlsxFile.of(numerals, workbook -> {
            SheetWriter sheets = new SheetWriter(workbook);
            Table register = register(assessment);
            sheets.write("ทะเบียนความเสี่ยง", List.of("ทะเบียนความเสี่ยงการทุจริต " + organisation + " " + year),
                    register, register.widths().stream().mapToInt(Integer::intValue).toArray(), true);
            Table summary = AssessmentReport.of(assessment, organisation, numerals).tables().stream()
                    .filter(table -> AssessmentReport.SUMMARY.equals(table.caption())).findFirst().orElseThrow();
            sheets.write("สรุประดับสี", List.of(AssessmentReport.SUMMARY + " " + organisation + " " + year),
                    summary.withoutCaption(), new int[] {8, 70, 10, 10, 10, 10}, false);
            Table measures = measures(assessment);
            sheets.write("มาตรการ", List.of("มาตรการป้องกันการทุจริต " + organisation + " " + year), measures,
                    measures.widths().stream().mapToInt(Integer::intValue).toArray(), true);
        });
    }

    /** ปค.๕ and its follow-up after round 1 and round 2, one sheet each. */
    public byte[] controlForms(AssessmentView assessment, String organisation, NumeralStyle numerals) {
        return XlsxFile.of(numerals, workbook -> {
            SheetWriter sheets = new SheetWriter(workbook);
            control(sheets, "ปค.5", ControlForm.evaluation(assessment, organisation, numerals));
            control(sheets, "ติดตาม ปค.5 รอบ 1", ControlForm.followUp(assessment, organisation, 1, numerals));
            control(sheets, "ติดตาม ปค.5 รอบ 2", ControlForm.followUp(assessment, organisation, 2, numerals));
        });
    }

    private static void control(SheetWriter sheets, String name, ControlForm form) {
        List<String> titles = new ArrayList<>(List.of(form.formName()));
        titles.addAll(form.header());
        sheets.write(name, titles, form.table(), SheetWriter.widths(form.table(), 190), false);
    }

    /** One row per risk with every field of steps 1–5 but the internal ones; widths in characters. */
    static Table register(AssessmentView assessment) {
        RiskMatrix matrix = assessment.matrix();
        List<Row> rows = assessment.risks().stream().map(risk -> Row.of(
                RiskCells.number(risk.position(), NumeralStyle.ARABIC), Cell.text(Labels.area(risk.area())),
                Cell.text(Labels.mission(risk.mission())), Cell.text(risk.process()), Cell.text(risk.event()),
                Cell.text(risk.behaviour()), Cell.text(Labels.factor(risk.factorKind())), Cell.text(risk.riskFactors()),
                Cell.text(risk.unitName()), RiskCells.light(risk.trafficLight()), RiskCells.number(risk.likelihood(), NumeralStyle.ARABIC),
                RiskCells.number(risk.impact(), NumeralStyle.ARABIC), RiskCells.number(risk.score(), NumeralStyle.ARABIC),
                Cell.centred(Labels.band(risk.band())), Cell.centred(step(risk, matrix)),
                Cell.centred(Labels.quality(risk.controlQuality())), Cell.centred(Labels.band(risk.residual())),
                Cell.centred(Labels.change(risk.change())),
                Cell.lines(risk.measures().stream().map(m -> "- " + m.measure() + details(m, risk)).toList()))).toList();
        return new Table(null, Table.widths(7, 22, 16, 28, 45, 36, 15, 40, 18, 10, 14, 14, 12, 12, 12, 12, 16, 14, 70),
                Table.heads("ลำดับ", "ขอบเขตความเสี่ยง", "ด้านภารกิจ (ปค.5)", "กระบวนการ/งาน",
                        "โอกาส/ความเสี่ยงการทุจริต", "รูปแบบพฤติการณ์ความเสี่ยงการทุจริต", "ประเภทความเสี่ยง",
                        "ปัจจัยเสี่ยงที่อาจกระตุ้นให้เกิดการทุจริต", "หน่วยงานที่รับผิดชอบ", "สถานะสีไฟจราจร",
                        matrix.definition().likelihood().th(), matrix.definition().impact().th(), "ค่าความเสี่ยงรวม",
                        "ระดับความเสี่ยง", "ขั้นตอน (MUST/SHOULD)", "คุณภาพการจัดการ",
                        "ค่าประเมินการควบคุม (ความเสี่ยงที่เหลือ)", "เทียบกับปีก่อน",
                        "แผนบริหารความเสี่ยง: มาตรการ (ระยะเวลา; ผู้รับผิดชอบ)"),
                rows.isEmpty() ? List.of(Row.group(AssessmentReport.NO_RISKS)) : rows);
    }

    /** One row per measure, with its risk's number, colour, event and factors, so the sheet filters well. */
    static Table measures(AssessmentView assessment) {
        List<Row> rows = new ArrayList<>();
        for (RiskView risk : assessment.risks()) {
            List<RiskView.Measure> measures = risk.measures().isEmpty() ? Collections.singletonList(null)
                    : risk.measures();
            for (RiskView.Measure m : measures) {
                rows.add(Row.of(RiskCells.number(risk.position(), NumeralStyle.ARABIC), RiskCells.light(risk.trafficLight()),
                        Cell.text(risk.event()), Cell.text(risk.riskFactors()), Cell.text(m == null ? null : m.measure()),
                        Cell.text(m == null ? null : m.periodText()),
                        Cell.text(m == null ? null : AssessmentReport.unit(m, risk)),
                        Cell.text(m == null ? null : m.planItemName())));
            }
        }
        return new Table(null, Table.widths(7, 10, 45, 45, 55, 18, 20, 45),
                Table.heads("ลำดับ", "ระดับสี", "เหตุการณ์ความเสี่ยงที่อาจเกิดขึ้น",
                        "ปัจจัยเสี่ยงที่อาจมีผลกระทบ/กระตุ้นให้เกิดการทุจริต", "มาตรการป้องกันเพื่อไม่ให้เกิดการทุจริต",
                        "ระยะเวลาดำเนินการ", "หน่วยงานที่รับผิดชอบ", "ดำเนินการผ่านแผน (โครงการ/กิจกรรม/มาตรการ)"),
                rows.isEmpty() ? List.of(Row.group(AssessmentReport.NO_RISKS)) : rows);
    }

    private static String details(RiskView.Measure measure, RiskView risk) {
        List<String> parts = new ArrayList<>();
        if (measure.periodText() != null && !measure.periodText().isBlank()) {
            parts.add(measure.periodText());
        }
        String unit = AssessmentReport.unit(measure, risk);
        if (unit != null && !unit.isBlank()) {
            parts.add(unit);
        }
        return parts.isEmpty() ? "" : " (" + String.join("; ", parts) + ")";
    }

    private static String step(RiskView risk, RiskMatrix matrix) {
        if (risk.likelihood() == null) {
            return "";
        }
        return AssessmentReport.mainStep(risk.likelihood(), matrix) ? "MUST" : "SHOULD";
    }
}
