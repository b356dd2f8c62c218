package org.sujarit.plan.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sujarit.plan.Budget;
import org.sujarit.plan.ItemView;
import org.sujarit.shared.NumeralStyle;

class PlanXlsxTest {

    private static final int FIRST_YEAR_COLUMN = 6;
    private static byte[] xlsx;

    @BeforeAll
    static void render() throws IOException {
        xlsx = new PlanXlsx().partTwo(RenderedPlan.PLAN, NumeralStyle.THAI);
        Files.createDirectories(RenderedPlan.OUTPUT);
        Files.write(RenderedPlan.OUTPUT.resolve("plan-part-two.xlsx"), xlsx);
    }

    @Test
    void hasAFrozenHeaderAndOneRowPerItem() throws IOException {
        try (XSSFWorkbook workbook = open()) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            List<ItemView> items = RenderedPlan.PLAN.allItems().toList();

            assertThat(texts(sheet.getRow(0))).startsWith("มิติ", "ชื่อมิติ", "ภารกิจตามมิติ", "ลำดับ", "ประเภท",
                    "โครงการ/กิจกรรม/มาตรการ", "งบประมาณ ปี ๒๕๖๖ (บาท)").endsWith("หมายเหตุ", "หน่วยงานรับผิดชอบ");
            assertThat(sheet.getSheetName()).as("text in the tenant's digits").isEqualTo("ส่วนที่ ๒");
            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
            List<String> names = IntStream.rangeClosed(1, sheet.getLastRowNum()).mapToObj(sheet::getRow)
                    .map(row -> row.getCell(5).getStringCellValue()).filter(name -> !name.startsWith("รวม")).toList();
            assertThat(names).containsExactlyElementsOf(items.stream().map(item -> NumeralStyle.THAI.apply(item.content().name())).toList());
            assertThat(workbook.getFontAt(sheet.getRow(1).getCell(5).getCellStyle().getFontIndex()).getFontName())
                    .isEqualTo("Sarabun");
            assertThat(sheet.getColumnWidth(5)).isGreaterThan(sheet.getColumnWidth(0) * 5);
        }
    }

    @Test
    void marksItemsWithoutBudgetAndKeepsAmountsAsNumbers() throws IOException {
        try (XSSFWorkbook workbook = open()) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            int remark = FIRST_YEAR_COLUMN + 5;
            XSSFRow ethics = row(sheet, "มาตรการ \"ส่งเสริมการปฏิบัติงานตามประมวลจริยธรรมของเทศบาลตำบลบ้านต๋อม\"");
            XSSFRow manual = row(sheet, "โครงการจัดทำคู่มือสำหรับประชาชนผ่านสื่ออิเล็กทรอนิกส์");

            assertThat(ethics.getCell(remark).getStringCellValue()).isEqualTo(Budget.NONE_TH);
            assertThat(ethics.getCell(FIRST_YEAR_COLUMN).getCellType()).isEqualTo(CellType.BLANK);
            XSSFCell amount = manual.getCell(FIRST_YEAR_COLUMN);
            assertThat(amount.getNumericCellValue()).isEqualTo(15_500.50);
            assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(new DataFormatter().formatCellValue(amount)).isEqualTo("15,500.50");
            assertThat(manual.getCell(remark + 1).getStringCellValue()).isEqualTo("กองคลัง");
        }
    }

    @Test
    void totalsAreFormulasAndTheGrandTotalIsTheSumOfAllItems() throws IOException {
        try (XSSFWorkbook workbook = open()) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
            List<XSSFRow> totals = IntStream.rangeClosed(1, sheet.getLastRowNum()).mapToObj(sheet::getRow)
                    .filter(row -> row.getCell(5).getStringCellValue().startsWith("รวม")).toList();

            assertThat(totals).hasSize(RenderedPlan.PLAN.dimensions().size() + 1);
            XSSFRow grand = totals.get(totals.size() - 1);
            assertThat(grand.getCell(5).getStringCellValue()).isEqualTo("รวมทั้งสิ้น");
            List<Integer> years = RenderedPlan.PLAN.years();
            for (int y = 0; y < years.size(); y++) {
                int year = years.get(y);
                int column = FIRST_YEAR_COLUMN + y;
                assertThat(totals).allSatisfy(row -> assertThat(row.getCell(column).getCellType()).isEqualTo(CellType.FORMULA));
                assertThat(totals.get(0).getCell(column).getCellFormula()).startsWith("SUM(");
                BigDecimal expected = RenderedPlan.PLAN.allItems().map(item -> item.content().budget())
                        .filter(budget -> !budget.none()).map(budget -> budget.in(year))
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(grand.getCell(column).getNumericCellValue()).as("grand total %d", year)
                        .isEqualTo(expected.doubleValue());
                double dimensions = totals.subList(0, totals.size() - 1).stream()
                        .mapToDouble(row -> row.getCell(column).getNumericCellValue()).sum();
                assertThat(grand.getCell(column).getNumericCellValue()).isEqualTo(dimensions);
            }
            assertThat(grand.getCell(FIRST_YEAR_COLUMN).getNumericCellValue()).isEqualTo(80_500.50);
        }
    }

    private static XSSFWorkbook open() throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    private static XSSFRow row(XSSFSheet sheet, String name) {
        return IntStream.rangeClosed(1, sheet.getLastRowNum()).mapToObj(sheet::getRow)
                .filter(row -> row.getCell(5).getStringCellValue().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> texts(XSSFRow row) {
        return IntStream.range(0, row.getLastCellNum()).mapToObj(i -> row.getCell(i).getStringCellValue()).toList();
    }
}
