package org.sujarit.risk.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.sujarit.risk.AssessmentView;
import org.sujarit.risk.RiskAssessments;
import org.sujarit.risk.RiskTypes.ControlQuality;
import org.sujarit.shared.NumeralStyle;
import org.sujarit.support.PlanFixture;
import org.sujarit.support.RiskFixture;
import org.sujarit.support.RiskFixture.TenantWithRisk;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.WebTest;
import org.sujarit.tenant.Organisations;

/** The workbooks of Ban Tom's FY 2566 and of a fixture tenant with internal notes, cell by cell. */
@WebTest
class RiskXlsxTest {

    @Autowired RiskAssessments risks;
    @Autowired Organisations organisations;
    @Autowired TenantFixture fixtures;
    @Autowired PlanFixture plans;
    @Autowired RiskFixture riskFixture;

    private final RiskXlsx xlsx = new RiskXlsx();

    @Test
    void theAssessmentWorkbookHasTheRegisterTheColoursAndTheMeasures() throws IOException {
        AssessmentView banTom = risks.published(organisations.findBySlug("bantom").orElseThrow().id(), 2566).orElseThrow();
        byte[] file = RenderedRisk.file("risk-assessment.xlsx", () -> xlsx.assessment(banTom, "เทศบาลตำบลบ้านต๋อม", NumeralStyle.THAI));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2)))
                    .containsExactly("ทะเบียนความเสี่ยง", "สรุประดับสี", "มาตรการ");

            XSSFSheet register = book.getSheetAt(0);
            assertThat(text(register, 0, 0)).as("text in the tenant's Thai digits")
                    .isEqualTo("ทะเบียนความเสี่ยงการทุจริต เทศบาลตำบลบ้านต๋อม ปีงบประมาณ พ.ศ. ๒๕๖๖");
            List<String> headings = row(register, 2);
            assertThat(headings).startsWith("ลำดับ", "ขอบเขตความเสี่ยง", "ด้านภารกิจ (ปค.๕)", "กระบวนการ/งาน")
                    .contains("ระดับความจำเป็นของการเฝ้าระวัง", "ระดับความรุนแรงของผลกระทบ", "ค่าความเสี่ยงรวม",
                            "ขั้นตอน (MUST/SHOULD)", "คุณภาพการจัดการ", "ค่าประเมินการควบคุม (ความเสี่ยงที่เหลือ)");
            Row road = register.getRow(3);
            assertThat(road.getCell(3).getStringCellValue()).contains("ถนนคอนกรีตเสริมเหล็ก หมู่ที่ ๖ ซอย ๖");
            assertThat(road.getCell(8).getStringCellValue()).isEqualTo("กองช่าง");
            for (int column : new int[] {10, 11, 12}) {
                assertThat(road.getCell(column).getCellType()).as("numbers stay numbers").isEqualTo(CellType.NUMERIC);
            }
            assertThat(List.of(road.getCell(10).getNumericCellValue(), road.getCell(11).getNumericCellValue(),
                    road.getCell(12).getNumericCellValue())).containsExactly(2.0, 2.0, 4.0);
            assertThat(List.of(text(register, 3, 13), text(register, 3, 14), text(register, 3, 15), text(register, 3, 16)))
                    .containsExactly("ต่ำ", "MUST", "พอใช้", "ต่ำ");
            assertThat(text(register, 3, 18)).contains("- ส่งโครงการเข้าร่วมโครงการความโปร่งใสในการก่อสร้างภาครัฐ")
                    .endsWith("(ต.ค. ๖๓ – ก.ย. ๖๕; กองช่าง)");
            assertThat(text(register, 4, 9)).isEqualTo("เหลือง");
            assertThat(register.getLastRowNum()).isEqualTo(3 + 11);
            layout(register, 3);
            assertThat(register.getCTWorksheet().isSetAutoFilter()).isTrue();

            XSSFSheet summary = book.getSheetAt(1);
            assertThat(row(summary, 2)).containsExactly("ลำดับ", "โอกาส/ความเสี่ยงการทุจริตและประพฤติมิชอบ", "เขียว",
                    "เหลือง", "ส้ม", "แดง");
            List<String> colours = new ArrayList<>();
            for (int r = 4; r <= 14; r++) {
                List<String> cells = row(summary, r);
                int ticked = cells.subList(2, 6).indexOf(RiskCells.MARK);
                colours.add(ticked < 0 ? "" : row(summary, 2).get(2 + ticked));
            }
            assertThat(colours).containsExactly("เหลือง", "เขียว", "เหลือง", "เขียว", "เขียว", "เหลือง", "เหลือง", "เหลือง",
                    "เหลือง", "เขียว", "เขียว");
            XSSFCell yellow = summary.getRow(4).getCell(3);
            assertThat(yellow.getCellStyle().getFillForegroundColorColor().getARGBHex()).endsWith("FDF0A0");
            layout(summary, 3);

            XSSFSheet measures = book.getSheetAt(2);
            long total = banTom.risks().stream().mapToLong(risk -> Math.max(1, risk.measures().size())).sum();
            assertThat(measures.getLastRowNum() - 2).isEqualTo((int) total);
            assertThat(row(measures, 2)).contains("มาตรการป้องกันเพื่อไม่ให้เกิดการทุจริต",
                    "ดำเนินการผ่านแผน (โครงการ/กิจกรรม/มาตรการ)");
            assertThat(allText(measures)).contains("จัดทำประกาศไม่รับของขวัญของเทศบาลตำบลบ้านต๋อม (No Gift)");
            layout(measures, 3);
        }
    }

    @Test
    void internalNotesStayOutOfTheAssessmentAndInTheControlForms() throws IOException {
        TenantWithRisk t = riskFixture.withAssessment(plans.withReportedItem(fixtures.create()));
        String marker = t.tenant().marker();
        AssessmentView view = risks.view(t.tenant().id(), RiskFixture.YEAR).orElseThrow();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.assessment(view, "อปท. " + marker, NumeralStyle.ARABIC)))) {
            String all = allText(book);
            assertThat(all).contains("ความเสี่ยงทดสอบ " + marker, "ปัจจัยเสี่ยง " + marker, "มาตรการทดสอบ " + marker)
                    .doesNotContain("หลักฐานภายใน").doesNotContain("การควบคุมภายใน " + marker).doesNotContain("ผลการติดตาม");
        }
        byte[] forms = RenderedRisk.file("risk-pk5-fixture.xlsx", () -> xlsx.controlForms(view, "อปท. " + marker, NumeralStyle.ARABIC));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(forms))) {
            assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2)))
                    .containsExactly("ปค.5", "ติดตาม ปค.5 รอบ 1", "ติดตาม ปค.5 รอบ 2");
            XSSFSheet pk5 = book.getSheetAt(0);
            assertThat(List.of(text(pk5, 0, 0), text(pk5, 1, 0), text(pk5, 2, 0), text(pk5, 3, 0)))
                    .containsExactly("แบบ ปค.5", "อปท. " + marker, "รายงานการประเมินผลและการปรับปรุงการควบคุมภายใน",
                            "ณ วันที่ 30 กันยายน 2566");
            assertThat(row(pk5, 5)).containsExactly("ภารกิจ/วัตถุประสงค์", "ความเสี่ยง", "การควบคุมภายในที่มีอยู่",
                    "การประเมินผลการควบคุมภายใน", "ความเสี่ยงที่ยังมีอยู่", "การปรับปรุงการควบคุมภายใน", "หน่วยงานที่รับผิดชอบ");
            assertThat(text(pk5, 6, 0)).isEqualTo("ด้านภารกิจหลัก");
            assertThat(pk5.getMergedRegions()).anyMatch(region -> region.getFirstRow() == 6 && region.getLastColumn() == 6);
            assertThat(row(pk5, 7)).containsExactly("การจัดซื้อจัดจ้าง " + marker, "ความเสี่ยงทดสอบ " + marker,
                    "การควบคุมภายใน " + marker, "พอใช้\n" + Labels.qualityMeaning(ControlQuality.FAIR),
                    "ความเสี่ยงระดับปานกลาง\n(ค่าความเสี่ยงรวม 6 การควบคุมพอใช้)",
                    "- มาตรการทดสอบ " + marker + " (ต.ค. 65 – ก.ย. 66)", "งาน " + marker);
            assertThat(text(pk5, 8, 0)).isEqualTo("ด้านนโยบายสำคัญ");
            layout(pk5, 6);

            XSSFSheet round1 = book.getSheetAt(1);
            assertThat(text(round1, 3, 0)).isEqualTo("รอบ 6 เดือน ณ วันที่ 31 มีนาคม 2566");
            assertThat(text(round1, 7, 1)).isEqualTo("ความเสี่ยงทดสอบ " + marker
                    + "\nความเสี่ยงระดับปานกลาง\n(ค่าความเสี่ยงรวม 6 การควบคุมพอใช้)");
            assertThat(text(round1, 7, 4)).isEqualTo("อยู่ระหว่างดำเนินการ\nร้อยละ 40\nผลการติดตาม " + marker);
            assertThat(text(book.getSheetAt(2), 7, 4)).contains("ร้อยละ 40", "(ผลรอบ 6 เดือน)");
        }
    }

    /** Sarabun, wrapped text, frozen header rows, columns sized to what they hold, landscape print. */
    private static void layout(XSSFSheet sheet, int frozenRows) {
        PaneInformation pane = sheet.getPaneInformation();
        assertThat(pane).isNotNull();
        assertThat(pane.isFreezePane()).isTrue();
        assertThat((int) pane.getHorizontalSplitPosition()).isEqualTo(frozenRows);
        XSSFCell cell = sheet.getRow(frozenRows).getCell(1);
        assertThat(cell.getCellStyle().getFont().getFontName()).isEqualTo("Sarabun");
        assertThat(cell.getCellStyle().getWrapText()).isTrue();
        int widest = 0;
        for (int c = 0; c < sheet.getRow(frozenRows - 1).getLastCellNum(); c++) {
            assertThat(sheet.getColumnWidth(c)).isGreaterThanOrEqualTo(6 * 256);
            widest = Math.max(widest, sheet.getColumnWidth(c));
        }
        assertThat(widest).isGreaterThanOrEqualTo(30 * 256);
        assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
    }

    private static String text(Sheet sheet, int row, int column) {
        Cell cell = sheet.getRow(row).getCell(column);
        return cell == null ? "" : cell.getCellType() == CellType.NUMERIC ? String.valueOf((int) cell.getNumericCellValue())
                : cell.getStringCellValue();
    }

    private static List<String> row(Sheet sheet, int row) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < sheet.getRow(row).getLastCellNum(); c++) {
            cells.add(text(sheet, row, c));
        }
        return cells;
    }

    private static String allText(XSSFWorkbook book) {
        StringBuilder all = new StringBuilder();
        book.forEach(sheet -> all.append(allText(sheet)));
        return all.toString();
    }

    private static String allText(Sheet sheet) {
        StringBuilder all = new StringBuilder();
        sheet.forEach(row -> row.forEach(cell -> all.append(cell.getCellType() == CellType.STRING
                ? cell.getStringCellValue() : "").append('\t')));
        return all.toString();
    }
}
