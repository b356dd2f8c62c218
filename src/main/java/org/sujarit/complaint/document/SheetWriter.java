package org.sujarit.complaint.document;

import java.util.List;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.sujarit.infrastructure.document.SheetStyles;
import org.sujarit.complaint.document.ReportTable.Cell;
import org.sujarit.complaint.document.ReportTable.Row;

/**
 * Writes a {@link ReportTable} as a sheet the way the platform's workbooks look: title lines,
 * the header row frozen and repeated on every printed page, group headings across the columns,
 * Sarabun 14 pt with wrapped text, numbers as numbers (shares and medians with one decimal).
 */
final class SheetWriter {


    private final XSSFWorkbook workbook;
    private final XSSFCellStyle title;
    private final XSSFCellStyle header;
    private final XSSFCellStyle group;
    private final XSSFCellStyle text;
    private final XSSFCellStyle whole;
    private final XSSFCellStyle decimal;
    private final XSSFCellStyle totalText;
    private final XSSFCellStyle totalWhole;
    private final XSSFCellStyle totalDecimal;

    SheetWriter(XSSFWorkbook workbook) {
        this.workbook = workbook;
        SheetStyles styles = new SheetStyles(workbook);
        XSSFFont regular = styles.regular();
        XSSFFont bold = styles.bold();
        title = styles.title();
        header = styles.header();
        group = styles.group();
        text = styles.bordered(regular);
        whole = styles.numeric(regular, "0");
        decimal = styles.numeric(regular, "0.0");
        totalText = styles.bordered(bold);
        totalWhole = styles.numeric(bold, "0");
        totalDecimal = styles.numeric(bold, "0.0");
    }

    /** @param widths each column's width in characters */
    void write(String name, List<String> titles, ReportTable table, int[] widths) {
        XSSFSheet sheet = workbook.createSheet(name);
        int columns = table.columns();
        int r = 0;
        for (String line : titles) {
            XSSFCell cell = sheet.createRow(r).createCell(0);
            cell.setCellValue(line);
            cell.setCellStyle(title);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, columns - 1));
            r++;
        }
        r++;
        int headerRow = r;
        XSSFRow head = sheet.createRow(r++);
        for (int c = 0; c < table.head().size(); c++) {
            XSSFCell cell = head.createCell(c);
            cell.setCellValue(table.head().get(c));
            cell.setCellStyle(header);
        }
        for (Row body : table.rows()) {
            XSSFRow row = sheet.createRow(r);
            if (body.group() != null) {
                for (int c = 0; c < columns; c++) {
                    row.createCell(c).setCellStyle(group);
                }
                row.getCell(0).setCellValue(body.group());
                sheet.addMergedRegion(new CellRangeAddress(r, r, 0, columns - 1));
            } else {
                for (int c = 0; c < body.cells().size(); c++) {
                    put(row.createCell(c), body.cells().get(c), body.total());
                }
            }
            r++;
        }
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, Math.min(255, widths[c]) * 256);
        }
        sheet.createFreezePane(0, headerRow + 1);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
    }

    private void put(XSSFCell cell, Cell value, boolean total) {
        if (value.number() != null) {
            cell.setCellValue(value.number());
            boolean fraction = value.number() != Math.rint(value.number()) || value.text().contains(".");
            cell.setCellStyle(fraction ? (total ? totalDecimal : decimal) : (total ? totalWhole : whole));
        } else {
            if (!value.text().isEmpty() && !value.text().equals(ReportWords.NOT_APPLICABLE)) {
                cell.setCellValue(value.text());
            }
            cell.setCellStyle(total ? totalText : text);
        }
    }
}
