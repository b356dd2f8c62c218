package org.sujarit.infrastructure.document;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.sujarit.shared.NumeralStyle;

/**
 * A spreadsheet in the tenant's numeral style: the text of its cells and the names of its sheets.
 * Cells that hold numbers stay numbers (and formulas formulas), so that sums and formulas keep
 * working in Excel; they show as the spreadsheet program shows numbers.
 */
public final class SheetNumerals {

    private SheetNumerals() {
    }

    public static void apply(Workbook workbook, NumeralStyle numerals) {
        for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
            Sheet sheet = workbook.getSheetAt(s);
            String name = numerals.apply(sheet.getSheetName());
            if (!name.equals(sheet.getSheetName())) {
                workbook.setSheetName(s, name);
            }
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING) {
                        String text = cell.getStringCellValue();
                        String styled = numerals.apply(text);
                        if (!styled.equals(text)) {
                            cell.setCellValue(styled);
                        }
                    }
                }
            }
        }
    }
}
