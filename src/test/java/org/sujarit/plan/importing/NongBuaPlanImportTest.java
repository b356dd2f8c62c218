package org.sujarit.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.sujarit.plan.Budget;
import org.sujarit.plan.ItemContent;
import org.sujarit.plan.Result;
import org.sujarit.plan.Step;
import org.sujarit.plan.importing.DimensionHeading.Level;

/**
 * An invented plan in the usual template (src/test/resources/plan/nongbua-plan.txt): eight sheets under
 * the four dimensions, with "มิติที่ …" lines written the ways municipalities write them, sub-dimension
 * lines "๑.๑ …" between the sheets, and budgets written the usual ways.
 */
class NongBuaPlanImportTest {

    private static final List<String> UNIT_PATHS = List.of("สำนักปลัด", "กองคลัง", "กองช่าง",
            "กองการศึกษา ศาสนาและวัฒนธรรม");
    /** Words of the dimension and sub-dimension lines between the sheets; no field of an item holds them. */
    private static final List<String> SEPARATORS = List.of("มิติ", "การสร้างวัฒนธรรมสุจริต",
            "ความตระหนักแก่บุคลากร", "ความตระหนักแก่ประชาชนทุกภาคส่วน", "เจตจำนงทางการเมือง",
            "มาตรการสร้างความโปร่งใสในการปฏิบัติราชการ", "จัดให้มีและเผยแพร่ข้อมูลข่าวสาร", "โครงการที่ ๖",
            "การยกระดับกลไก", "ส่วนท้องถิ่น", "จัดวางระบบและรายงานการควบคุมภายใน", "ภาคประชาชนมีส่วนร่วมตรวจสอบ");

    private final ImportResult result = new PlanTextImport().parse(text(), 2566, 2570, UNIT_PATHS);

    static String text() {
        try (InputStream in = NongBuaPlanImportTest.class.getResourceAsStream("/plan/nongbua-plan.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private ItemContent item(int number) {
        return result.items().get(number - 1).content();
    }

    @Test
    void everySheetIsReadWithoutProblems() {
        assertThat(result.items()).extracting(i -> i.content().name()).containsExactly(
                "โครงการอบรมคุณธรรมจริยธรรมแก่ผู้บริหาร สมาชิกสภา และพนักงานส่วนตำบล",
                "มาตรการส่งเสริมการปฏิบัติงานตามประมวลจริยธรรมขององค์การบริหารส่วนตำบลหนองบัว",
                "กิจกรรมปลูกจิตสำนึกรักษ์ท้องถิ่นแก่เยาวชนตำบลหนองบัว",
                "มาตรการแสดงเจตจำนงสุจริตของผู้บริหารองค์การบริหารส่วนตำบลหนองบัว",
                "โครงการเผยแพร่ข้อมูลการจัดซื้อจัดจ้างขององค์การบริหารส่วนตำบลหนองบัว",
                "โครงการประชาคมตำบลเพื่อจัดทำแผนพัฒนาท้องถิ่น",
                "กิจกรรมติดตามประเมินผลการควบคุมภายใน",
                "โครงการอบรมชุมชนเฝ้าระวังการทุจริตตำบลหนองบัว");
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void eachSheetComesUnderTheDimensionLinesBeforeItOrElseThoseOfTheSheetBefore() {
        assertThat(result.items()).extracting(i -> i.dimension().number())
                .containsExactly("1.1", "1.1", "1.2", "2.1", "2.2", "3.1", "4.1", "4.2");
        assertThat(result.items().get(0).dimension().levels()).containsExactly(
                new Level("1", "มิติที่ ๑ การสร้างวัฒนธรรมสุจริต"),
                new Level("1.1", "๑.๑ การสร้างจิตสำนึกและความตระหนักแก่บุคลากรทั้งข้าราชการการเมืองฝ่ายบริหาร "
                        + "ข้าราชการการเมืองฝ่ายสภาท้องถิ่นและฝ่ายประจำขององค์กรปกครองส่วนท้องถิ่น"));
        // A sub-dimension line alone keeps the dimension above it.
        assertThat(result.items().get(2).dimension().levels()).extracting(Level::number).containsExactly("1", "1.2");
        assertThat(result.items().get(3).dimension().levels()).extracting(Level::text)
                .containsExactly("มิติที่ 2", "๒.๑ แสดงเจตจำนงทางการเมืองในการต่อต้านการทุจริตของผู้บริหาร");
        assertThat(result.items().get(4).dimension().levels()).extracting(Level::text)
                .containsExactly("มิติที่ ๒", "๒.๒ มาตรการสร้างความโปร่งใสในการปฏิบัติราชการ");
        assertThat(result.items().get(5).dimension().levels()).extracting(Level::text).containsExactly(
                "มิติ ๓ การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน",
                "๓.๑ จัดให้มีและเผยแพร่ข้อมูลข่าวสารในช่องทางที่เป็นการอำนวยความสะดวกแก่ประชาชน");
        // A heading wrapped by the extraction is one line again.
        assertThat(result.items().get(6).dimension().levels().get(0)).isEqualTo(new Level("4",
                "มิติที่ ๔ : การยกระดับกลไกการตรวจสอบการดำเนินงานขององค์กรปกครองส่วนท้องถิ่น"));
        assertThat(result.items().get(7).dimension().numbersDeepestFirst()).containsExactly("4.2", "4");
    }

    @Test
    void noFieldOfAnyItemHoldsTheDimensionLinesBetweenTheSheets() {
        for (ImportedItem imported : result.items()) {
            for (String text : texts(imported.content())) {
                for (String separator : SEPARATORS) {
                    assertThat(text).as("sheet %d", imported.sheetNumber()).doesNotContain(separator);
                }
            }
        }
        assertThat(IntStream.rangeClosed(1, 8).mapToObj(n -> item(n).outcomes().stream().map(Result::text).toList()))
                .containsExactly(
                        List.of("ผู้เข้ารับการอบรมมีความรู้ความเข้าใจหลักคุณธรรมจริยธรรม ไม่น้อยกว่าร้อยละ ๘๐ (แบบทดสอบ)"),
                        List.of("บุคลากรปฏิบัติตามประมวลจริยธรรม ไม่น้อยกว่าร้อยละ ๘๐ (สำรวจโดยใช้แบบประเมินผล)"),
                        List.of("เยาวชนมีทัศนคติที่ดีต่อความซื่อสัตย์สุจริต"),
                        List.of("บุคลากรรับรู้เจตจำนงของผู้บริหาร ไม่น้อยกว่าร้อยละ 80"),
                        List.of("ประชาชนเข้าถึงข้อมูลการจัดซื้อจัดจ้าง"),
                        List.of("ประชาชนพึงพอใจต่อการมีส่วนร่วม ไม่น้อยกว่าร้อยละ ๘๐"),
                        List.of("ความเสี่ยงในการปฏิบัติงานลดลง"),
                        List.of("มีชุมชนเฝ้าระวังการทุจริตเกิดขึ้น"));
    }

    @Test
    void aSumWithoutAYearIsNeverSpreadOverTheYears() {
        for (int number : List.of(1, 4, 8)) {
            Budget budget = item(number).budget();
            assertThat(budget.none()).as("sheet %d", number).isFalse();
            assertThat(budget.perYear()).as("sheet %d", number).isEmpty();
        }
        assertThat(item(1).budget().text()).isEqualTo("๒๐,๐๐๐ บาท");
        assertThat(item(4).budget().text()).isEqualTo("งบประมาณ 15,000 บาท");
        assertThat(item(8).budget().text()).isEqualTo("๓๐,๐๐๐.- บาท");
        // The sum is kept once, with the fiscal year the period names, if it names one.
        assertThat(result.items().get(0).yearlessSum()).isEqualTo(new YearlessSum(new BigDecimal("20000"), null));
        assertThat(result.items().get(3).yearlessSum()).isEqualTo(new YearlessSum(new BigDecimal("15000"), 2568));
        assertThat(result.items().get(7).yearlessSum()).isEqualTo(new YearlessSum(new BigDecimal("30000"), 2569));
        assertThat(result.items()).filteredOn(i -> i.yearlessSum() != null).extracting(ImportedItem::sheetNumber)
                .containsExactly(1, 4, 8);

        ItemContent placed = result.items().get(0).withSumIn(2567);
        assertThat(placed.budget()).isEqualTo(new Budget(false, Map.of(2567, new BigDecimal("20000")), "๒๐,๐๐๐ บาท"));
        assertThat(placed.budget().total()).isEqualByComparingTo("20000");
    }

    @Test
    void budgetsByYearPerYearOrNoneReadAsWritten() {
        assertThat(item(2).budget().perYear()).isEqualTo(Map.of(2568, new BigDecimal("20000"), 2569, new BigDecimal("20000")));
        assertThat(item(3).budget()).isEqualTo(Budget.noBudget());
        assertThat(item(5).budget().perYear()).containsOnlyKeys(2566, 2567, 2568, 2569, 2570);
        assertThat(item(5).budget().total()).isEqualByComparingTo("25000");
        // "ปีละ" says the amount is for each year.
        assertThat(item(6).budget().perYear()).containsOnlyKeys(2566, 2567, 2568, 2569, 2570);
        assertThat(item(6).budget().total()).isEqualByComparingTo("50000");
        assertThat(item(7).budget().perYear()).isEqualTo(Map.of(2567, new BigDecimal("10000"), 2568, new BigDecimal("12000")));
    }

    private static List<String> texts(ItemContent item) {
        List<String> texts = new ArrayList<>(List.of(item.name(), item.rationale(), item.targetGroup(), item.period().text(),
                item.budget().text(), item.responsibleText()));
        texts.addAll(item.objectives());
        item.outputs().forEach(r -> texts.add(r.text()));
        item.outcomes().forEach(r -> texts.add(r.text()));
        addSteps(item.method(), texts);
        return texts;
    }

    private static void addSteps(List<Step> steps, List<String> texts) {
        for (Step step : steps) {
            texts.add(step.text());
            addSteps(step.steps(), texts);
        }
    }
}
