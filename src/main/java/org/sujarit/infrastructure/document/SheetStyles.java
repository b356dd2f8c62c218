package org.sujarit.infrastructure.document;

import java.util.HexFormat;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * How every workbook of the platform looks (plan, risk register, complaint statistics): Sarabun
 * 14 pt as the workbook's default font, bordered cells with wrapped text aligned to the top, bold
 * centred headings, shaded header and group rows.
 */
public final class SheetStyles {

    public static final String FONT = "Sarabun";

    private final XSSFWorkbook workbook;
    private final XSSFFont regular;
    private final XSSFFont bold;

    public SheetStyles(XSSFWorkbook workbook) {
        this.workbook = workbook;
        XSSFFont normal = workbook.getFontAt(0);
        normal.setFontName(FONT);
        normal.setFontHeightInPoints((short) 14);
        regular = newFont(false);
        bold = newFont(true);
    }

    public XSSFFont regular() {
        return regular;
    }

    public XSSFFont bold() {
        return bold;
    }

    public XSSFFont font(boolean isBold) {
        return isBold ? bold : regular;
    }

    /** A cell with a thin border all round, wrapped text, aligned to the top. */
    public XSSFCellStyle bordered(XSSFFont font) {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    /** A bordered, centred number in an Excel format such as {@code 0} or {@code 0.0}. */
    public XSSFCellStyle numeric(XSSFFont font, String format) {
        XSSFCellStyle style = bordered(font);
        style.setAlignment(HorizontalAlignment.CENTER);
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    /** A sheet's title line: bold, centred, no border. */
    public XSSFCellStyle title() {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        style.setAlignment(HorizontalAlignment.CENTER);
        return style;
    }

    /** A header cell: bold, centred both ways, shaded grey. */
    public XSSFCellStyle header() {
        XSSFCellStyle style = bordered(bold);
        style.setAlignment(HorizontalAlignment.CENTER);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        fill(style, "D9D9D9");
        return style;
    }

    /** A group heading across the columns: bold, lightly shaded. */
    public XSSFCellStyle group() {
        XSSFCellStyle style = bordered(bold);
        fill(style, "ECECEC");
        return style;
    }

    /** Fills the cell with a colour given as six hex digits. */
    public static void fill(XSSFCellStyle style, String rgb) {
        style.setFillForegroundColor(new XSSFColor(HexFormat.of().parseHex(rgb), null));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    private XSSFFont newFont(boolean isBold) {
        XSSFFont font = workbook.createFont();
        font.setFontName(FONT);
        font.setFontHeightInPoints((short) 14);
        font.setBold(isBold);
        return font;
    }
}
