package org.sujarit.infrastructure.document;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.sujarit.infrastructure.document.Table.Cell;
import org.sujarit.infrastructure.document.Table.Head;
import org.sujarit.infrastructure.document.Table.Row;

/**
 * Writes a {@link Table} as a sheet in the look of {@link SheetStyles}: title lines, the header
 * rows frozen and repeated on every printed page, group headings across the columns, spanning
 * cells merged, numbers as numbers in their format, totals in bold, tinted cells filled with their
 * colour, printed on landscape A4 one page wide.
 */
public final class SheetWriter {

    private final XSSFWorkbook workbook;
    private final SheetStyles styles;
    private final XSSFCellStyle title;
    private final XSSFCellStyle header;
    private final XSSFCellStyle group;
    private final Map<Look, XSSFCellStyle> looks = new HashMap<>();

    /** How a body cell looks; each look is one cell style of the workbook. */
    private record Look(boolean bold, boolean centred, String tint, String format) {
    }

    public SheetWriter(XSSFWorkbook workbook) {
        this.workbook = workbook;
        this.styles = new SheetStyles(workbook);
        title = styles.title();
        header = styles.header();
        group = styles.group();
    }

    /**
     * @param titles lines above the table, each across its columns, a blank row after them
     * @param widths each column's width in characters
     * @param filter whether the header gets filter buttons (for one-row headers of flat lists)
     */
    public void write(String name, List<String> titles, Table table, int[] widths, boolean filter) {
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
            int column = 0;
            for (Head head : heads) {
                column = free(taken, r, column);
                put(sheet, r, column, head.text(), header, head.rowspan(), head.colspan(), taken);
                column += head.colspan();
            }
            r++;
        }
        int headerEnd = r - 1;
        for (Row body : table.rows()) {
            if (body.group() != null) {
                put(sheet, r, 0, body.group(), group, 1, columns, taken);
            } else {
                int column = 0;
                for (Cell cell : body.cells()) {
                    column = free(taken, r, column);
                    XSSFCell written = put(sheet, r, column, cell.numeric() ? null : cell.text(), style(cell, body.total()),
                            cell.rowspan(), 1, taken);
                    if (cell.number() != null) {
                        written.setCellValue(cell.number());
                    }
                    column++;
                }
            }
            r++;
        }
        columnWidths(sheet, widths);
        sheet.createFreezePane(0, headerEnd + 1);
        sheet.setRepeatingRows(new CellRangeAddress(headerStart, headerEnd, -1, -1));
        if (filter) {
            sheet.setAutoFilter(new CellRangeAddress(headerEnd, Math.max(headerEnd, r - 1), 0, columns - 1));
        }
        printLandscape(sheet);
    }

    /** Widths in characters from a table's widths in per cent, spread over {@code total} characters. */
    public static int[] widths(Table table, int total) {
        return table.widths().stream().mapToInt(percent -> Math.max(6, percent * total / 100)).toArray();
    }

    /** Each column's width in characters (at most 255, as Excel allows). */
    public static void columnWidths(XSSFSheet sheet, int[] characters) {
        for (int c = 0; c < characters.length; c++) {
            sheet.setColumnWidth(c, Math.min(255, characters[c]) * 256);
        }
    }

    /** Printed on landscape A4, one page wide and as many pages down as it takes. */
    public static void printLandscape(XSSFSheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
    }

    /** A cell with its text (when there is any) and style, merged over the rows and columns it spans. */
    private XSSFCell put(XSSFSheet sheet, int r, int column, String value, XSSFCellStyle style, int rowspan, int colspan,
                         Set<Long> taken) {
        XSSFCell cell = row(sheet, r).createCell(column);
        if (value != null && !value.isEmpty()) {
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
        return cell;
    }

    private XSSFCellStyle style(Cell cell, boolean bold) {
        Look look = new Look(bold, cell.style() == Table.Style.CENTRE, cell.tint(), cell.format());
        return looks.computeIfAbsent(look, key -> {
            XSSFCellStyle style = key.format() != null ? styles.numeric(styles.font(key.bold()), key.format())
                    : styles.bordered(styles.font(key.bold()));
            if (key.centred()) {
                style.setAlignment(HorizontalAlignment.CENTER);
            }
            if (key.tint() != null) {
                SheetStyles.fill(style, key.tint());
            }
            return style;
        });
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
}
