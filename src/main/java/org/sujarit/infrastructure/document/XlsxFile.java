package org.sujarit.infrastructure.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.sujarit.shared.NumeralStyle;

/** A workbook as the bytes of an .xlsx file, the text of its cells and sheet names in the tenant's numeral style. */
public final class XlsxFile {

    private XlsxFile() {
    }

    /** @param content writes the sheets into the new workbook */
    public static byte[] of(NumeralStyle numerals, Consumer<XSSFWorkbook> content) {
        return RenderTimes.XLSX.time(() -> write(numerals, content));
    }

    private static byte[] write(NumeralStyle numerals, Consumer<XSSFWorkbook> content) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.accept(workbook);
            SheetNumerals.apply(workbook, numerals);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the workbook", e);
        }
    }
}
