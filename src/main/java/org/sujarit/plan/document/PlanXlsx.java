package org.sujarit.plan.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import org.sujarit.infrastructure.document.SheetStyles;
import org.sujarit.infrastructure.document.SheetWriter;
import org.sujarit.infrastructure.document.XlsxFile;
import org.sujarit.plan.Budget;
import org.sujarit.plan.DimensionView;
import org.sujarit.plan.ItemView;
import org.sujarit.plan.PlanView;
import org.sujarit.shared.NumeralStyle;

/**
 * ส่วนที่ ๒ as a spreadsheet to work with: one row per item with a numeric baht column per
 * fiscal year, a total row per dimension and a grand total that are formulas, so the sheet stays
 * right when someone edits an amount.
 */
@Component
public class PlanXlsx {

    private static final String BAHT = "#,##0.00";
    private static final String[] LEADING = {"มิติ", "ชื่อมิติ", "ภารกิจตามมิติ", "ลำดับ", "ประเภท", "โครงการ/กิจกรรม/มาตรการ"};
    private static final String[] TRAILING = {"หมายเหตุ", "หน่วยงานรับผิดชอบ"};
    /** Column widths in characters, for the leading and trailing columns; a year column is 14. */
    private static final int[] LEADING_WIDTHS = {6, 28, 36, 8, 10, 60};
    private static final int[] TRAILING_WIDTHS = {22, 36};
    private static final int YEAR_WIDTH = 14;

    /** @param numerals how the tenant writes numbers: the text cells follow it, amounts stay numbers */
    public byte[] partTwo(PlanView plan, NumeralStyle numerals) {
        return XlsxFile.of(numerals, workbook -> {
            Styles styles = new Styles(workbook);
            XSSFSheet sheet = workbook.createSheet("ส่วนที่ 2");
            List<Integer> years = plan.years();
            header(sheet, years, styles);
            int firstYear = LEADING.length;
            List<Integer> totalRows = new ArrayList<>();
            for (DimensionView dimension : plan.dimensions()) {
                int first = sheet.getLastRowNum() + 1;
                items(sheet, dimension, dimension, List.of(), years, styles);
                int last = sheet.getLastRowNum();
                XSSFRow total = sheet.createRow(last + 1);
                text(total, 0, dimension.number(), styles.total);
                text(total, firstYear - 1, "รวมมิติที่ " + dimension.number(), styles.total);
                for (int y = 0; y < years.size(); y++) {
                    String column = CellReference.convertNumToColString(firstYear + y);
                    XSSFCell cell = total.createCell(firstYear + y);
                    cell.setCellStyle(styles.totalBaht);
                    cell.setCellFormula(last < first ? "0" : "SUM(" + column + (first + 1) + ":" + column + (last + 1) + ")");
                }
                totalRows.add(total.getRowNum());
            }
            grandTotal(sheet, totalRows, firstYear, years.size(), styles);
            layout(sheet, years.size());
        });
    }

    private static void header(XSSFSheet sheet, List<Integer> years, Styles styles) {
        XSSFRow row = sheet.createRow(0);
        int column = 0;
        for (String title : LEADING) {
            text(row, column++, title, styles.header);
        }
        for (int year : years) {
            text(row, column++, "งบประมาณ ปี " + year + " (บาท)", styles.header);
        }
        for (String title : TRAILING) {
            text(row, column++, title, styles.header);
        }
    }

    /**
     * Items directly under the dimension take its title as their mission; items of sub-dimensions
     * the numbered titles of the sub-dimensions above them, one per line, as in the PDF.
     */
    private static void items(XSSFSheet sheet, DimensionView top, DimensionView dimension, List<String> path,
                              List<Integer> years, Styles styles) {
        String mission = path.isEmpty() ? dimension.title() : String.join("\n", path);
        dimension.items().forEach(item -> item(sheet, top, mission, item, years, styles));
        for (DimensionView child : dimension.children()) {
            List<String> childPath = new ArrayList<>(path);
            childPath.add(child.number() + " " + child.title());
            items(sheet, top, child, childPath, years, styles);
        }
    }

    private static void item(XSSFSheet sheet, DimensionView dimension, String mission, ItemView item,
                             List<Integer> years, Styles styles) {
        XSSFRow row = sheet.createRow(sheet.getLastRowNum() + 1);
        text(row, 0, dimension.number(), styles.text);
        text(row, 1, dimension.title(), styles.text);
        text(row, 2, mission, styles.text);
        text(row, 3, item.number(), styles.text);
        text(row, 4, item.content().kind() == null ? "" : PartTwo.kindName(item.content().kind()), styles.text);
        text(row, 5, item.content().name(), styles.text);
        Budget budget = item.content().budget();
        boolean none = budget == null || budget.none();
        for (int y = 0; y < years.size(); y++) {
            XSSFCell cell = row.createCell(LEADING.length + y);
            cell.setCellStyle(styles.baht);
            BigDecimal amount = none ? null : budget.perYear().get(years.get(y));
            if (amount != null) {
                cell.setCellValue(amount.doubleValue());
            }
        }
        int remark = LEADING.length + years.size();
        String note = none ? Budget.NONE_TH : budget.perYear().isEmpty() && budget.text() != null ? budget.text() : "";
        text(row, remark, note, styles.text);
        text(row, remark + 1, responsible(item), styles.text);
    }

    private static String responsible(ItemView item) {
        if (item.unitName() != null && !item.unitName().isBlank()) {
            return item.unitName();
        }
        String text = item.content().responsibleText();
        return text != null ? text : item.content().responsibleUnit() == null ? "" : item.content().responsibleUnit();
    }

    private static void grandTotal(XSSFSheet sheet, List<Integer> totalRows, int firstYear, int years, Styles styles) {
        XSSFRow row = sheet.createRow(sheet.getLastRowNum() + 1);
        text(row, firstYear - 1, "รวมทั้งสิ้น", styles.total);
        for (int y = 0; y < years; y++) {
            String column = CellReference.convertNumToColString(firstYear + y);
            List<String> cells = totalRows.stream().map(total -> column + (total + 1)).toList();
            XSSFCell cell = row.createCell(firstYear + y);
            cell.setCellStyle(styles.totalBaht);
            cell.setCellFormula(cells.isEmpty() ? "0" : "SUM(" + String.join(",", cells) + ")");
        }
    }

    private static void layout(XSSFSheet sheet, int years) {
        int column = 0;
        for (int width : LEADING_WIDTHS) {
            sheet.setColumnWidth(column++, width * 256);
        }
        for (int y = 0; y < years; y++) {
            sheet.setColumnWidth(column++, YEAR_WIDTH * 256);
        }
        for (int width : TRAILING_WIDTHS) {
            sheet.setColumnWidth(column++, width * 256);
        }
        sheet.createFreezePane(0, 1);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        SheetWriter.printLandscape(sheet);
    }

    private static void text(XSSFRow row, int column, String value, CellStyle style) {
        XSSFCell cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        cell.setCellStyle(style);
    }

    /** Sarabun 14 pt everywhere; headers and totals bold; amounts right-aligned in baht. */
    private static final class Styles {

        final XSSFCellStyle header;
        final XSSFCellStyle text;
        final XSSFCellStyle baht;
        final XSSFCellStyle total;
        final XSSFCellStyle totalBaht;

        Styles(XSSFWorkbook workbook) {
            SheetStyles styles = new SheetStyles(workbook);
            short bahtFormat = workbook.createDataFormat().getFormat(BAHT);
            header = styles.bordered(styles.bold());
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            text = styles.bordered(styles.regular());
            baht = styles.bordered(styles.regular());
            baht.setDataFormat(bahtFormat);
            total = styles.bordered(styles.bold());
            totalBaht = styles.bordered(styles.bold());
            totalBaht.setDataFormat(bahtFormat);
        }
    }
}
