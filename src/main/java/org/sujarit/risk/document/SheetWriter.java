package org.sujarit.risk.document;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.sujarit.infrastructure.document.SheetStyles;
import org.sujarit.risk.document.DocTable.Cell;
import org.sujarit.risk.document.DocTable.Head;
import org.sujarit.risk.document.DocTable.Row;
import org.sujarit.risk.document.DocTable.Style;

/**
 * Writes a {@link DocTable} as a sheet: title lines, the header rows frozen and repeated on every
 * printed page, group headings across the columns, spanning cells merged, Sarabun 14 pt with
 * wrapped text, numbers as numbers, and traffic-light columns tinted as in the PDF.
 */
final class SheetWriter {

    private static final Map<Style, String> TINTS = Map.of(Style.GREEN, "B9E3B2", Style.YELLOW, "FDF0A0",
            Style.ORANGE, "FCCF98", Style.RED, "F4A9A9");

    private final XSSFWorkbook workbook;
    private final XSSFCellStyle title;
    private final XSSFCellStyle header;
    private final XSSFCellStyle group;
    private final XSSFCellStyle text;
    private final XSSFCellStyle centre;
    private final Map<Style, XSSFCellStyle> tinted;

    SheetWriter(XSSFWorkbook workbook) {
        this.workbook = workbook;
        SheetStyles styles = new SheetStyles(workbook);
        XSSFFont regular = styles.regular();
        title = styles.title();
        header = styles.header();
        group = styles.group();
        text = styles.bordered(regular);
        centre = styles.bordered(regular);
        centre.setAlignment(HorizontalAlignment.CENTER);
        tinted = Map.of(Style.GREEN, tint(styles, Style.GREEN), Style.YELLOW, tint(styles, Style.YELLOW),
                Style.ORANGE, tint(styles, Style.ORANGE), Style.RED, tint(styles, Style.RED));
    }

    /**
     * @param widths each column's width in characters
     * @param filter whether the header gets filter buttons (for one-row headers of flat lists)
     */
    void write(String name, List<String> titles, DocTable table, int[] widths, boolean filter) {
        XSSFSheet sheet = workbook.createSheet(name);
        int columns = table.columns();
        int r = 0;
        for (String line : titles) {
            XSSFCell cell = sheet.createRow(r).createCell(0);
            cell.setCellValue(line);
            cell.setCellStyle(title);
            if (columns > 1) {
                sheet.addMergedRegion(new CellRangeAddress(r, r, 0, columns - 1));
            }
            r++;
        }
        if (!titles.isEmpty()) {
            r++;
        }
        int headerStart = r;
        Set<Long> taken = new HashSet<>();
        for (List<Head> heads : table.head()) {
            XSSFRow row = row(sheet, r);
            int column = 0;
            for (Head head : heads) {
                column = free(taken, r, column);
                put(sheet, row, r, column, head.text(), null, header, head.rowspan(), head.colspan(), taken);
                column += head.colspan();
            }
            r++;
        }
        int headerEnd = r - 1;
        for (Row body : table.rows()) {
            XSSFRow row = row(sheet, r);
            if (body.group() != null) {
                put(sheet, row, r, 0, body.group(), null, group, 1, columns, taken);
            } else {
                int column = 0;
                for (Cell cell : body.cells()) {
                    column = free(taken, r, column);
                    put(sheet, row, r, column, cell.text(), cell.number(), style(cell), cell.rowspan(), 1, taken);
                    column++;
                }
            }
            r++;
        }
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, Math.min(255, widths[c]) * 256);
        }
        sheet.createFreezePane(0, headerEnd + 1);
        sheet.setRepeatingRows(new CellRangeAddress(headerStart, headerEnd, -1, -1));
        if (filter) {
            sheet.setAutoFilter(new CellRangeAddress(headerEnd, Math.max(headerEnd, r - 1), 0, columns - 1));
        }
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
    }

    /** Widths in characters from a table's widths in per cent, spread over {@code total} characters. */
    static int[] widths(DocTable table, int total) {
        return table.widths().stream().mapToInt(percent -> Math.max(6, percent * total / 100)).toArray();
    }

    private void put(XSSFSheet sheet, XSSFRow row, int r, int column, String value, Integer number,
                     XSSFCellStyle style, int rowspan, int colspan, Set<Long> taken) {
        XSSFCell cell = row.createCell(column);
        if (number != null) {
            cell.setCellValue(number);
        } else if (value != null && !value.isEmpty()) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
        int rows = Math.max(1, rowspan);
        int columns = Math.max(1, colspan);
        for (int dr = 0; dr < rows; dr++) {
            XSSFRow spanned = row(sheet, r + dr);
            for (int dc = 0; dc < columns; dc++) {
                taken.add(key(r + dr, column + dc));
                if (dr > 0 || dc > 0) {
                    spanned.createCell(column + dc).setCellStyle(style);
                }
            }
        }
        if (rows > 1 || columns > 1) {
            sheet.addMergedRegion(new CellRangeAddress(r, r + rows - 1, column, column + columns - 1));
        }
    }

    private static XSSFRow row(XSSFSheet sheet, int r) {
        return sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
    }

    /** The first column at or after {@code column} that no cell above spans into. */
    private static int free(Set<Long> taken, int r, int column) {
        while (taken.contains(key(r, column))) {
            column++;
        }
        return column;
    }

    private static long key(int row, int column) {
        return (long) row << 16 | column;
    }

    private XSSFCellStyle style(Cell cell) {
        return switch (cell.style()) {
            case TEXT -> text;
            case CENTRE -> centre;
            default -> tinted.get(cell.style());
        };
    }

    private static XSSFCellStyle tint(SheetStyles styles, Style light) {
        XSSFCellStyle style = styles.bordered(styles.regular());
        style.setAlignment(HorizontalAlignment.CENTER);
        SheetStyles.fill(style, TINTS.get(light));
        return style;
    }
}
