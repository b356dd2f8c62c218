package org.sujarit.plan.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.springframework.stereotype.Component;
import org.sujarit.infrastructure.document.XlsxFile;
import org.sujarit.plan.DimensionView;
import org.sujarit.plan.ItemView;
import org.sujarit.plan.KpiOverride;
import org.sujarit.plan.PlanView;
import org.sujarit.plan.ProgressReport;
import org.sujarit.plan.ProgressStatus;
import org.sujarit.plan.RoundScore;
import org.sujarit.plan.ResultView;
import org.sujarit.plan.RoundStanding;
import org.sujarit.shared.NumeralStyle;

/**
 * The progress report of one round as a workbook, in the E-PlanNACC fields: one row per item
 * with its status, reason, money, narrative and KPI actuals (an overridden computed one with its
 * reason), then the score by dimension and overall.
 */
@Component
public class RoundXlsx {

    static final List<String> HEADINGS = List.of("ที่", "มิติ", "โครงการ/กิจกรรม/มาตรการ", "หน่วยงานผู้รับผิดชอบ",
            "สถานะ", "เหตุผลที่ดำเนินการไม่ได้", "งบตามแผนพัฒนา (บาท)", "งบตามข้อบัญญัติ (บาท)", "เบิกจ่าย (บาท)",
            "บรรจุในข้อบัญญัติ", "ผลการดำเนินงาน", "ปัญหาอุปสรรค", "แนวทางแก้ไข", "ผลตามตัวชี้วัด");

    /** @param numerals how the tenant writes numbers: the text cells follow it, amounts and counts stay numbers */
    public byte[] render(PlanView plan, RoundStanding standing, NumeralStyle numerals) {
        return XlsxFile.of(numerals, book -> {
            Font font = book.createFont();
            font.setFontName("Sarabun");
            font.setFontHeightInPoints((short) 14);
            Font bold = book.createFont();
            bold.setFontName("Sarabun");
            bold.setFontHeightInPoints((short) 14);
            bold.setBold(true);
            CellStyle text = book.createCellStyle();
            text.setFont(font);
            text.setWrapText(true);
            CellStyle money = book.createCellStyle();
            money.setFont(font);
            money.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
            CellStyle heading = book.createCellStyle();
            heading.setFont(bold);
            heading.setWrapText(true);

            Sheet sheet = book.createSheet("รอบ " + standing.round().number() + " ปี " + standing.round().fiscalYear());
            Row title = sheet.createRow(0);
            cell(title, 0, heading, plan.header().title() + " " + plan.organisationName() + " — ปีงบประมาณ "
                    + standing.round().fiscalYear() + " รอบ " + (standing.round().number() == 1 ? "6 เดือน" : "12 เดือน"));
            Row head = sheet.createRow(2);
            for (int i = 0; i < HEADINGS.size(); i++) {
                cell(head, i, heading, HEADINGS.get(i));
            }
            int r = 3;
            for (DimensionView dimension : plan.dimensions()) {
                for (ItemView item : dimension.allItems().toList()) {
                    ProgressReport report = standing.reports().get(item.key());
                    Row row = sheet.createRow(r++);
                    cell(row, 0, text, item.number());
                    cell(row, 1, text, dimension.number() + " " + dimension.title());
                    cell(row, 2, text, item.content().name());
                    cell(row, 3, text, item.unitName() != null ? item.unitName() : item.content().responsibleText());
                    cell(row, 4, text, report == null ? "รอรายงาน" : status(report.status()));
                    cell(row, 5, text, report == null ? null : reason(report));
                    amount(row, 6, money, report == null ? null : report.budgetPlan());
                    amount(row, 7, money, report == null ? null : report.budgetOrdinance());
                    amount(row, 8, money, report == null ? null : report.disbursed());
                    cell(row, 9, text, report == null || report.inOrdinance() == null ? null
                            : report.inOrdinance() ? "บรรจุ" : "ไม่บรรจุ");
                    cell(row, 10, text, report == null ? null : report.narrative());
                    cell(row, 11, text, report == null ? null : report.problems());
                    cell(row, 12, text, report == null ? null : report.fixes());
                    cell(row, 13, text, report == null ? null : kpiActuals(item, report));
                }
            }
            r++;
            Row scoreHead = sheet.createRow(r++);
            for (String label : List.of("มิติ", "รายการ", "แล้วเสร็จ", "ระหว่างดำเนินการ", "ยังไม่ดำเนินการ",
                    "ดำเนินการไม่ได้", "รอรายงาน", "คะแนน")) {
                cell(scoreHead, scoreHead.getPhysicalNumberOfCells(), heading, label);
            }
            for (RoundScore score : standing.byDimension()) {
                score(sheet.createRow(r++), text, score.dimensionNumber() + " " + score.dimensionTitle(), score);
            }
            score(sheet.createRow(r), heading, "รวมทั้งแผน", standing.overall());
            int[] widths = {8, 30, 50, 30, 18, 24, 16, 16, 16, 14, 50, 40, 40, 50};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            sheet.createFreezePane(0, 3);
        });
    }

    private static void score(Row row, CellStyle style, String label, RoundScore score) {
        cell(row, 0, style, label);
        int[] values = {score.items(), score.done(), score.inProgress(), score.notStarted(), score.cannot(), score.waiting()};
        for (int i = 0; i < values.length; i++) {
            row.createCell(i + 1).setCellValue(values[i]);
        }
        row.createCell(7).setCellValue(score.score().doubleValue());
    }

    private static String status(ProgressStatus status) {
        return switch (status) {
            case NOT_STARTED -> "ยังไม่ดำเนินการ";
            case IN_PROGRESS -> "อยู่ระหว่างดำเนินการ";
            case DONE -> "ดำเนินการแล้วเสร็จ";
            case CANNOT_DO -> "ไม่สามารถดำเนินการได้";
        };
    }

    /** One line per KPI reported: the result, its actual, and the reason when a computed actual was overridden. */
    private static String kpiActuals(ItemView item, ProgressReport report) {
        List<String> lines = new ArrayList<>();
        for (ResultView result : Stream.concat(item.outputs().stream(), item.outcomes().stream()).toList()) {
            BigDecimal actual = report.kpiActuals().get(result.key());
            if (result.result().kpi() == null || actual == null) {
                continue;
            }
            KpiOverride override = result.result().kpi().linked() ? report.overrides().get(result.key()) : null;
            lines.add(result.result().text() + ": " + actual.stripTrailingZeros().toPlainString()
                    + (override == null ? "" : " (ปรับแก้: " + override.reason() + ")"));
        }
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    private static String reason(ProgressReport report) {
        if (report.cannotReason() == null) {
            return null;
        }
        return switch (report.cannotReason()) {
            case NO_BUDGET -> "ไม่ได้รับงบประมาณ";
            case POLICY_CHANGED -> "นโยบายผู้บริหารเปลี่ยนแปลง";
            case NOT_ENOUGH_STAFF -> "บุคลากรไม่เพียงพอ";
            case OTHER -> "อื่น ๆ: " + report.cannotReasonOther();
        };
    }

    private static void cell(Row row, int column, CellStyle style, String value) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(value);
        }
    }

    private static void amount(Row row, int column, CellStyle style, BigDecimal value) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
    }
}
