package org.sujarit.infrastructure.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.sujarit.infrastructure.document.Table.Cell;
import org.sujarit.infrastructure.document.Table.Head;
import org.sujarit.infrastructure.document.Table.Row;
import org.sujarit.shared.NumeralStyle;

/** A table as a sheet and as printed rows: spans, groups, numbers, totals and colours. */
class SheetWriterTest {

    /** Two header rows (a heading over two columns), a group, a cell spanning two rows, a total. */
    private static final Table TABLE = new Table("ตาราง 1", Table.widths(20, 40, 40),
            List.of(List.of(new Head("ที่", 2, 1), new Head("ผล", 1, 2)), List.of(Head.of("ปี 2568"), Head.of("ปี 2569"))),
            List.of(Row.group("กลุ่ม 1"),
                    Row.of(Cell.text("เรื่อง 1").spanning(2), Cell.number(3, "3", "0"), Cell.tinted(List.of("/"), "B9E3B2")),
                    Row.of(Cell.number(null, "–", "0.0"), Cell.centred("ไม่มี")),
                    Row.total(List.of(Cell.text("รวม"), Cell.number(1.5, "1.5", "0.0"), Cell.text(null)))));

    @Test
    void aTableBecomesASheetWithItsSpansNumbersTotalsAndColours() throws IOException {
        byte[] file = XlsxFile.of(NumeralStyle.THAI, workbook -> new SheetWriter(workbook)
                .write("ตาราง 1", List.of("หัวเรื่อง 2569"), TABLE, new int[] {10, 300, 20}, true));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).as("names in the numeral style").isEqualTo("ตาราง ๑");
            assertThat(text(sheet, 0, 0)).isEqualTo("หัวเรื่อง ๒๕๖๙");
            assertThat(sheet.getMergedRegions()).contains(CellRangeAddress.valueOf("A1:C1"), CellRangeAddress.valueOf("A3:A4"),
                    CellRangeAddress.valueOf("B3:C3"), CellRangeAddress.valueOf("A5:C5"), CellRangeAddress.valueOf("A6:A7"));
            assertThat(List.of(text(sheet, 3, 1), text(sheet, 3, 2))).containsExactly("ปี ๒๕๖๘", "ปี ๒๕๖๙");
            assertThat(text(sheet, 4, 0)).isEqualTo("กลุ่ม ๑");

            XSSFCell three = sheet.getRow(5).getCell(1);
            assertThat(three.getCellType()).as("numbers stay numbers").isEqualTo(CellType.NUMERIC);
            assertThat(three.getNumericCellValue()).isEqualTo(3.0);
            assertThat(three.getCellStyle().getDataFormatString()).isEqualTo("0");
            assertThat(three.getCellStyle().getAlignment()).isEqualTo(HorizontalAlignment.CENTER);
            assertThat(sheet.getRow(5).getCell(2).getCellStyle().getFillForegroundColorColor().getARGBHex()).endsWith("B9E3B2");
            XSSFCell none = sheet.getRow(6).getCell(1);
            assertThat(none.getCellType()).as("a number cell without a number stays empty").isEqualTo(CellType.BLANK);
            assertThat(text(sheet, 6, 2)).as("the row under a spanning cell starts beside it").isEqualTo("ไม่มี");

            XSSFCell total = sheet.getRow(7).getCell(1);
            assertThat(total.getNumericCellValue()).isEqualTo(1.5);
            assertThat(total.getCellStyle().getFont().getBold()).isTrue();
            assertThat(total.getCellStyle().getDataFormatString()).isEqualTo("0.0");

            assertThat((int) sheet.getPaneInformation().getHorizontalSplitPosition()).as("frozen under the header").isEqualTo(4);
            assertThat(sheet.getColumnWidth(1)).as("at most 255 characters").isEqualTo(255 * 256);
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
        }
    }

    @Test
    void forPrintASpanningCellIsJoinedByBlankCellsBelow() {
        Table printed = TABLE.unspanned();

        assertThat(printed.rows().get(1).cells()).extracting(Cell::text).containsExactly("เรื่อง 1", "3", "/");
        assertThat(printed.rows().get(1).cells().get(0).rowspan()).isEqualTo(1);
        assertThat(printed.rows().get(2).cells()).extracting(Cell::css).containsExactly("joined", "centre", "centre");
        assertThat(printed.rows().get(3).total()).isTrue();
        assertThat(printed.rows().get(0).group()).isEqualTo("กลุ่ม 1");
    }

    private static String text(XSSFSheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }
}
