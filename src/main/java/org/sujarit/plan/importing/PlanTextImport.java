package org.sujarit.plan.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * Imports the detail sheets of an anti-corruption plan pasted or extracted as plain text. Each sheet
 * starts at a line "๑. ชื่อโครงการ : …" (or ชื่อกิจกรรม, ชื่อมาตรการ, ชื่อแนวปฏิบัติ) and runs
 * through ๒ หลักการและเหตุผล … ๙ ผลผลิต and ผลลัพธ์; text before the first sheet is ignored.
 * A sheet that cannot be read whole still gives the item with what could be read, and a problem
 * says what is missing; the import never throws on bad text. Each item also carries the dimension
 * the "มิติที่ …" lines before it name, and a budget sum without a year is left for the person
 * importing to place.
 */
public class PlanTextImport {

    /**
     * @param text      the plan, or its part ๓, as text
     * @param firstYear the plan's first fiscal year (Buddhist Era); an amount "ปีละ …" applies to each year
     * @param lastYear  the plan's last fiscal year
     * @param unitPaths the organisation's units as paths ("สำนักปลัด/ฝ่ายปกครอง/งานนิติการ") to match the
     *                  responsible unit against
     */
    public ImportResult parse(String text, int firstYear, int lastYear, List<String> unitPaths) {
        if (text == null || text.isBlank()) {
            return new ImportResult(List.of(), List.of(new ImportProblem(0, "", ImportProblem.EMPTY, "")));
        }
        List<SheetText> sheets = SheetText.split(ThaiText.normalize(text));
        if (sheets.isEmpty()) {
            return new ImportResult(List.of(), List.of(new ImportProblem(0, "", ImportProblem.NO_SHEETS, "")));
        }
        UnitMatch units = new UnitMatch(unitPaths);
        List<ImportedItem> items = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        for (SheetText sheet : sheets) {
            SheetReader reader = new SheetReader(sheet, firstYear, lastYear, units);
            try {
                items.add(reader.item());
                problems.addAll(reader.problems());
            } catch (RuntimeException unreadable) {
                problems.add(new ImportProblem(sheet.number(), "", ImportProblem.SHEET_UNREADABLE,
                        String.valueOf(unreadable.getMessage())));
            }
        }
        return new ImportResult(items, problems);
    }
}
