package org.sujarit.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sujarit.plan.Budget;
import org.sujarit.plan.ItemContent;
import org.sujarit.plan.ItemKind;
import org.sujarit.plan.Kpi;
import org.sujarit.plan.KpiType;
import org.sujarit.plan.MeasurementMethod;
import org.sujarit.plan.Step;

class PlanTextImportTest {

    private final PlanTextImport importer = new PlanTextImport();

    /** A whole sheet; each argument replaces one section's body. */
    private static String sheet(String name, String method, String period, String budget, String outputs) {
        return """
                ๑. ชื่อโครงการ : %s

                ๒. หลักการและเหตุผล

                เพื่อให้การบริหารงานโปร่งใส

                ๓. วัตถุประสงค์

                ๑) เพื่อป้องกันการทุจริต

                ๔. กลุ่มเป้าหมาย

                พนักงานเทศบาล ๖๐ คน

                ๕. วิธีดำเนินการ

                %s

                ๖. ระยะเวลาดำเนินการ

                %s

                ๗. งบประมาณดำเนินการ

                %s

                ๘. ผู้รับผิดชอบโครงการ

                งานนิติการ ฝ่ายปกครอง สำนักปลัดเทศบาลตำบลบ้านต่อม

                ๙. ผลผลิต

                %s

                ผลลัพธ์

                ประชาชนพึงพอใจ
                """.formatted(name, method, period, budget, outputs);
    }

    private static String sheet(String name) {
        return sheet(name, "๑) จัดทำโครงการ", "เดือนมกราคม – เดือนมีนาคม", "ไม่ใช้งบประมาณ", "๑) มีประกาศ จำนวน ๑ ฉบับ");
    }

    private ItemContent only(String text) {
        ImportResult result = importer.parse(text, 2566, 2570, BanTomSeed.UNIT_PATHS);
        assertThat(result.items()).hasSize(1);
        return result.items().get(0).content();
    }

    @Test
    void methodStepsNestByTheirNumbering() {
        ItemContent item = only(sheet("โครงการทดสอบ", """
                ๑) จัดตั้งคณะทำงาน
                ๒) ประชุมคณะทำงาน
                ๒.๑) กำหนดแนวทาง
                ๒.๑.๑) ข้อมูลพื้นฐาน
                ๒.๑.๒) การบริหารงาน
                ๒.๒) กำหนดมาตรการ
                ๓) รายงานผล""", "มกราคม", "ไม่ใช้งบประมาณ", "มีรายงาน"));

        assertThat(item.method()).containsExactly(
                Step.of("จัดตั้งคณะทำงาน"),
                new Step("ประชุมคณะทำงาน", List.of(
                        new Step("กำหนดแนวทาง", List.of(Step.of("ข้อมูลพื้นฐาน"), Step.of("การบริหารงาน"))),
                        Step.of("กำหนดมาตรการ"))),
                Step.of("รายงานผล"));
    }

    @Test
    void enclosedNumbersNestUnderTheStepBeforeAndAGapKeepsTheList() {
        ItemContent item = only(sheet("มาตรการทดสอบ", """
                - ๗) กำหนดกระบวนการติดตาม
                - ๘) จัดทำคู่มือ ดังนี้
                 - (๑) วิธีการร้องเรียน
                 - (๒) ขั้นตอน
                 - ๑๐) จัดทำข้อมูลเชิงสถิติ""", "มกราคม", "ไม่ใช้งบประมาณ", "มีคู่มือ"));

        assertThat(item.method()).containsExactly(
                Step.of("กำหนดกระบวนการติดตาม"),
                new Step("จัดทำคู่มือ ดังนี้", List.of(Step.of("วิธีการร้องเรียน"), Step.of("ขั้นตอน"))),
                Step.of("จัดทำข้อมูลเชิงสถิติ"));
    }

    @Test
    void anUnnumberedLineContinuesThePreviousStep() {
        ItemContent item = only(sheet("โครงการทดสอบ", """
                ๑) จัดทำสื่อประชาสัมพันธ์เผยแพร่บทบาทและอำนาจหน้าที่

                รวมทั้งมีการแสดงข้อมูลการดำเนินงาน
                ๒) ประเมินผลปีละ ๒ ครั้ง เพื่อนำผลมาใช้ในการ

                ปรับปรุงแก้ไข""", "มกราคม", "ไม่ใช้งบประมาณ", "มีสื่อ"));

        // Thai has no spaces between words, so a line broken between two Thai letters joins without one.
        assertThat(item.method()).containsExactly(
                Step.of("จัดทำสื่อประชาสัมพันธ์เผยแพร่บทบาทและอำนาจหน้าที่รวมทั้งมีการแสดงข้อมูลการดำเนินงาน"),
                Step.of("ประเมินผลปีละ ๒ ครั้ง เพื่อนำผลมาใช้ในการปรับปรุงแก้ไข"));
    }

    @Test
    void wrappedOutputsStayOneEntryAndKeepTheirKpi() {
        ItemContent item = only(sheet("กิจกรรมทดสอบ", "๑) ประเมินผล", "มกราคม", "ไม่ใช้งบประมาณ", """
                บุคลากรมีความพึงพอใจไม่ต่ำกว่าร้อยละ ๘๐
                (สำรวจโดยแบบประเมิน)"""));

        assertThat(item.outputs()).singleElement().satisfies(output -> {
            assertThat(output.text()).isEqualTo("บุคลากรมีความพึงพอใจไม่ต่ำกว่าร้อยละ ๘๐ (สำรวจโดยแบบประเมิน)");
            assertThat(output.kpi()).isEqualTo(
                    new Kpi(KpiType.PERCENT_AT_LEAST, BigDecimal.valueOf(80), "ร้อยละ", MeasurementMethod.SURVEY));
        });
    }

    @Test
    void arabicDigitsReadLikeThaiDigits() {
        String text = """
                1. ชื่อกิจกรรม อบรมคุณธรรมจริยธรรม
                2. หลักการและเหตุผล
                เพื่อส่งเสริมคุณธรรม
                3. วัตถุประสงค์
                1) เพื่อให้ความรู้
                2) เพื่อสร้างจิตสำนึก
                4. กลุ่มเป้าหมาย
                พนักงานเทศบาล จำนวน 45 คน
                5. วิธีดำเนินการ
                1) จัดทำโครงการ
                1.1) ขออนุมัติ
                2) จัดอบรม
                6. ระยะเวลาดำเนินการ
                ต.ค. – ธ.ค.
                7. งบประมาณดำเนินการ
                20,000 บาท
                8. ผู้รับผิดชอบโครงการ
                กองช่าง
                9. ผลผลิต
                1) มีการอบรม อย่างน้อย 2 ครั้ง
                ผลลัพธ์
                1) ผู้เข้ารับการอบรมมีความรู้ ไม่น้อยกว่าร้อยละ 80 (แบบทดสอบ)
                """;
        ItemContent item = only(text);

        assertThat(item.kind()).isEqualTo(ItemKind.ACTIVITY);
        assertThat(item.name()).isEqualTo("อบรมคุณธรรมจริยธรรม");
        assertThat(item.objectives()).containsExactly("เพื่อให้ความรู้", "เพื่อสร้างจิตสำนึก");
        assertThat(item.targetGroup()).isEqualTo("พนักงานเทศบาล");
        assertThat(item.targetCount()).isEqualTo(45);
        assertThat(item.method()).containsExactly(new Step("จัดทำโครงการ", List.of(Step.of("ขออนุมัติ"))), Step.of("จัดอบรม"));
        assertThat(item.period().months()).containsExactly(10, 11, 12);
        assertThat(item.budget().none()).isFalse();
        assertThat(item.budget().perYear()).isEmpty();
        assertThat(item.budget().text()).isEqualTo("20,000 บาท");
        assertThat(importer.parse(text, 2566, 2570, BanTomSeed.UNIT_PATHS).items().get(0).yearlessSum())
                .isEqualTo(new YearlessSum(new BigDecimal("20000"), null));
        assertThat(item.responsibleUnit()).isEqualTo("กองช่าง");
        assertThat(item.outputs().get(0).kpi()).isEqualTo(
                new Kpi(KpiType.COUNT_AT_LEAST, BigDecimal.valueOf(2), "ครั้ง", MeasurementMethod.COUNT));
        assertThat(item.outcomes().get(0).kpi()).isEqualTo(
                new Kpi(KpiType.PERCENT_AT_LEAST, BigDecimal.valueOf(80), "ร้อยละ", MeasurementMethod.TEST));
    }

    @Test
    void periodsBecomeMonthsInFiscalOrder() {
        assertThat(PeriodMonths.of("ตุลาคม – ธันวาคม")).contains(List.of(10, 11, 12));
        assertThat(PeriodMonths.of("มกราคม – มีนาคม และ กรกฎาคม – กันยายน")).contains(List.of(1, 2, 3, 7, 8, 9));
        assertThat(PeriodMonths.of("เดือนตุลาคม – เดือนธันวาคม และเดือนเมษายน – เดือนมิถุนายน"))
                .contains(List.of(10, 11, 12, 4, 5, 6));
        // A range runs forward through the calendar, across the turn of the fiscal year.
        assertThat(PeriodMonths.of("กรกฎาคม - ธันวาคม")).contains(List.of(10, 11, 12, 7, 8, 9));
        assertThat(PeriodMonths.of("ต.ค. ๖๕ – มี.ค. ๖๖")).contains(List.of(10, 11, 12, 1, 2, 3));
        assertThat(PeriodMonths.of("ม.ค., เม.ย. และ ก.ค.")).contains(List.of(1, 4, 7));
        assertThat(PeriodMonths.of("พฤศจิกายน ถึง กุมภาพันธ์")).contains(List.of(11, 12, 1, 2));
        assertThat(PeriodMonths.of("ตลอดปีงบประมาณ")).contains(List.of(10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9));
        assertThat(PeriodMonths.of("ตามความเหมาะสม")).isEmpty();
    }

    @Test
    void wrappingAndTwoRangePeriodsImportWithTheirText() {
        ItemContent wrapping = only(sheet("โครงการทดสอบ", "๑) ดำเนินการ", "ตุลาคม – ธันวาคม", "ไม่ใช้งบประมาณ", "มีผล"));
        assertThat(wrapping.period().text()).isEqualTo("ตุลาคม – ธันวาคม");
        assertThat(wrapping.period().months()).containsExactly(10, 11, 12);

        ItemContent twoRanges = only(sheet("โครงการทดสอบ", "๑) ดำเนินการ", "มกราคม – มีนาคม และ กรกฎาคม – กันยายน",
                "ไม่ใช้งบประมาณ", "มีผล"));
        assertThat(twoRanges.period().months()).containsExactly(1, 2, 3, 7, 8, 9);
    }

    @Test
    void budgetsReadAsNoneOneAmountOrAmountsByYear() {
        assertThat(BudgetReading.of("ไม่ใช้งบประมาณ", 2566, 2570).budget()).isEqualTo(Budget.noBudget());

        Budget byYear = BudgetReading.of("ปี ๒๕๖๖ ๒๐,๐๐๐ บาท ปี ๒๕๖๗ ๓๐,๐๐๐.- บาท", 2566, 2570).budget();
        assertThat(byYear.none()).isFalse();
        assertThat(byYear.perYear()).containsOnlyKeys(2566, 2567);
        assertThat(byYear.in(2566)).isEqualByComparingTo("20000");
        assertThat(byYear.in(2567)).isEqualByComparingTo("30000");
        assertThat(byYear.text()).isEqualTo("ปี ๒๕๖๖ ๒๐,๐๐๐ บาท ปี ๒๕๖๗ ๓๐,๐๐๐.- บาท");

        Budget range = BudgetReading.of("ปีงบประมาณ ๒๕๖๘ – ๒๕๗๐ ปีละ ๕,๐๐๐ บาท", 2566, 2570).budget();
        assertThat(range.perYear()).containsOnlyKeys(2568, 2569, 2570);
        assertThat(range.total()).isEqualByComparingTo("15000");

        Budget every = BudgetReading.of("ปีละ ๒๐,๐๐๐ บาท", 2566, 2570).budget();
        assertThat(every.perYear()).hasSize(5).allSatisfy((year, amount) -> assertThat(amount).isEqualByComparingTo("20000"));
    }

    @Test
    void oneSumWithoutAYearIsKeptOnceForThePersonImportingToPlace() {
        for (String text : List.of("๒๐,๐๐๐ บาท", "งบประมาณ ๒๐,๐๐๐ บาท", "20,000.- บาท", "๒๐,๐๐๐ บาท (สองหมื่นบาทถ้วน) ๒๐,๐๐๐ บาท")) {
            BudgetReading reading = BudgetReading.of(text, 2566, 2570);
            assertThat(reading.budget()).as(text).isEqualTo(new Budget(false, Map.of(), text));
            assertThat(reading.yearless()).as(text).isEqualByComparingTo("20000");
            assertThat(reading.problems()).as(text).isEmpty();
        }
        assertThat(BudgetReading.of("ปีละ ๒๐,๐๐๐ บาท", 2566, 2570).yearless()).isNull();
        assertThat(BudgetReading.of("ปี ๒๕๖๘ ๒๐,๐๐๐ บาท", 2566, 2570).yearless()).isNull();
    }

    @Test
    void theSumIsOfferedForTheFiscalYearThePeriodNames() {
        ImportedItem named = importer.parse(sheet("โครงการทดสอบ", "๑) ดำเนินการ", "ตุลาคม ๒๕๖๗ – ธันวาคม ๒๕๖๗",
                "๑๐,๐๐๐ บาท", "มีผล"), 2566, 2570, BanTomSeed.UNIT_PATHS).items().get(0);
        assertThat(named.yearlessSum()).isEqualTo(new YearlessSum(new BigDecimal("10000"), 2568));
        assertThat(named.withSumIn(2568).budget().perYear()).isEqualTo(Map.of(2568, new BigDecimal("10000")));
        assertThat(named.withSumEachYear(2566, 2570).budget().total()).isEqualByComparingTo("50000");

        ImportedItem outside = importer.parse(sheet("โครงการทดสอบ", "๑) ดำเนินการ", "ปีงบประมาณ ๒๕๗๒",
                "๑๐,๐๐๐ บาท", "มีผล"), 2566, 2570, BanTomSeed.UNIT_PATHS).items().get(0);
        assertThat(outside.yearlessSum().fiscalYear()).isNull();

        ImportedItem oneYearPlan = importer.parse(sheet("โครงการทดสอบ", "๑) ดำเนินการ", "มกราคม", "๑๐,๐๐๐ บาท", "มีผล"),
                2569, 2569, BanTomSeed.UNIT_PATHS).items().get(0);
        assertThat(oneYearPlan.yearlessSum().fiscalYear()).isEqualTo(2569);
    }

    @Test
    void aPeriodNamesAFiscalYearByItselfOrByMonthsWithTheirYear() {
        assertThat(PeriodMonths.fiscalYear("ปีงบประมาณ ๒๕๖๘")).contains(2568);
        assertThat(PeriodMonths.fiscalYear("ปีงบประมาณ พ.ศ. ๒๕๖๙ (เดือนเมษายน – เดือนมิถุนายน)")).contains(2569);
        assertThat(PeriodMonths.fiscalYear("ตุลาคม 2567 – ธันวาคม 2567")).contains(2568);
        assertThat(PeriodMonths.fiscalYear("ตุลาคม ๒๕๖๗ – กันยายน ๒๕๖๘")).contains(2568);
        assertThat(PeriodMonths.fiscalYear("ต.ค. ๖๕ – มี.ค. ๖๖")).contains(2566);
        assertThat(PeriodMonths.fiscalYear("มกราคม – มีนาคม")).isEmpty();
        assertThat(PeriodMonths.fiscalYear("ปีงบประมาณ ๒๕๖๖ – ๒๕๗๐")).isEmpty();
        assertThat(PeriodMonths.fiscalYear("มกราคม ๒๕๖๘ และมกราคม ๒๕๖๙")).isEmpty();
        assertThat(PeriodMonths.fiscalYear("มกราคม – มีนาคม ภายใน พ.ศ. ๒๕๖๘")).isEmpty();
    }

    @Test
    void dimensionLinesAreReadTheWaysMunicipalitiesWriteThem() {
        for (String line : List.of("มิติที่ ๒ การบริหารราชการด้วยความโปร่งใส", "มิติที่ 2", "มิติ ๒", "มิติที่ ๒ :",
                "มิติที่ ๒ : การบริหารราชการด้วยความโปร่งใส", "มิติที่๒ การบริหารราชการด้วยความโปร่งใส", "มิติที่ ๒.")) {
            ImportResult result = importer.parse(sheet("โครงการแรก") + "\n" + line + "\n\n" + sheet("โครงการที่สอง"),
                    2566, 2570, BanTomSeed.UNIT_PATHS);
            assertThat(result.items()).as(line).hasSize(2);
            assertThat(result.items().get(0).dimension()).as(line).isNull();
            assertThat(result.items().get(1).dimension().number()).as(line).isEqualTo("2");
            assertThat(result.items().get(0).content().outcomes()).as(line).extracting(r -> r.text())
                    .containsExactly("ประชาชนพึงพอใจ");
        }
    }

    @Test
    void aLineAboutADimensionInsideASheetStaysInTheSheet() {
        String rationale = sheet("โครงการทดสอบ").replace("เพื่อให้การบริหารงานโปร่งใส",
                "เพื่อให้การบริหารงานโปร่งใส\nมิติที่ ๒ ของแผนฯ มุ่งให้ประชาชนตรวจสอบได้");
        ImportedItem item = importer.parse("มิติที่ ๑ การสร้างวัฒนธรรมสุจริต\n" + rationale, 2566, 2570, List.of()).items().get(0);
        assertThat(item.content().rationale()).isEqualTo("เพื่อให้การบริหารงานโปร่งใสมิติที่ ๒ ของแผนฯ มุ่งให้ประชาชนตรวจสอบได้");
        assertThat(item.dimension().number()).isEqualTo("1");

        String dottedOutcomes = sheet("โครงการแรก").replace("ประชาชนพึงพอใจ", "๑.๑ ผู้เข้าร่วมมีความรู้\n๑.๒ ผู้เข้าร่วมพึงพอใจ");
        ImportResult result = importer.parse("มิติที่ ๑\n" + dottedOutcomes + sheet("โครงการที่สอง"), 2566, 2570, List.of());
        assertThat(result.items().get(0).content().outcomes()).extracting(r -> r.text())
                .containsExactly("ผู้เข้าร่วมมีความรู้", "ผู้เข้าร่วมพึงพอใจ");
        assertThat(result.items().get(1).dimension().number()).isEqualTo("1");
    }

    @Test
    void theDimensionsListedBeforeTheDetailSheetsHeadNoSheet() {
        String text = """
                แผนแบ่งเป็น ๔ มิติ ดังนี้
                มิติที่ ๑ การสร้างวัฒนธรรมสุจริต
                มิติที่ ๒ การบริหารราชการด้วยความโปร่งใส
                ส่วนที่ ๓
                """ + sheet("โครงการทดสอบ") + "ส่วนที่ ๔\nมิติที่ ๓\n" + sheet("โครงการหลังส่วนที่ ๔");
        ImportResult result = importer.parse(text, 2566, 2570, List.of());
        assertThat(result.items().get(0).dimension()).isNull();
        assertThat(result.items().get(1).dimension().number()).isEqualTo("3");
    }

    @Test
    void aBudgetThatIsNoAmountKeepsItsTextAndIsReported() {
        ImportResult result = importer.parse(sheet("โครงการทดสอบ", "๑) ดำเนินการ", "มกราคม",
                "งานนิติการ ฝ่ายปกครอง สำนักปลัด", "มีผล"), 2566, 2570, BanTomSeed.UNIT_PATHS);

        assertThat(result.items().get(0).content().budget())
                .isEqualTo(new Budget(false, Map.of(), "งานนิติการ ฝ่ายปกครอง สำนักปลัด"));
        assertThat(result.problems()).containsExactly(new ImportProblem(1, "๗ งบประมาณดำเนินการ",
                ImportProblem.BUDGET_UNREADABLE, "งานนิติการ ฝ่ายปกครอง สำนักปลัด"));
    }

    @Test
    void aBudgetYearOutsideThePlanIsLeftOutAndReported() {
        BudgetReading reading = BudgetReading.of("ปี ๒๕๖๕ ๑๐,๐๐๐ บาท ปี ๒๕๖๖ ๒๐,๐๐๐ บาท", 2566, 2570);

        assertThat(reading.budget().perYear()).containsOnlyKeys(2566);
        assertThat(reading.problems()).containsExactly(new Finding(ImportProblem.BUDGET_YEAR_OUTSIDE, "2565"));
    }

    @Test
    void kpisAreSuggestedFromTheWordingOfTargets() {
        assertThat(KpiSuggestion.of("มีการเผยแพร่ประมวลจริยธรรม อย่างน้อย ๓ ช่องทาง")).contains(
                new Kpi(KpiType.COUNT_AT_LEAST, BigDecimal.valueOf(3), "ช่องทาง", MeasurementMethod.COUNT));
        assertThat(KpiSuggestion.of("มีความรู้ความเข้าใจ ไม่น้อยกว่าร้อยละ ๘๐ (สำรวจโดยใช้แบบประเมินผล)")).contains(
                new Kpi(KpiType.PERCENT_AT_LEAST, BigDecimal.valueOf(80), "ร้อยละ", MeasurementMethod.SURVEY));
        assertThat(KpiSuggestion.of("เผยแพร่ประชาสัมพันธ์ ไม่น้อยกว่าปีละ ๔ ครั้ง")).contains(
                new Kpi(KpiType.TIMES_PER_YEAR, BigDecimal.valueOf(4), "ครั้ง", MeasurementMethod.COUNT));
        assertThat(KpiSuggestion.of("มีประกาศใช้ NO Gift Policy จำนวน ๑ ฉบับ")).contains(
                new Kpi(KpiType.COUNT_AT_LEAST, BigDecimal.ONE, "ฉบับ", MeasurementMethod.DOCUMENT));
        assertThat(KpiSuggestion.of("มีการเผยแพร่ข้อมูลจำนวนอย่างน้อย ๕ เรื่องขึ้นไป")).contains(
                new Kpi(KpiType.COUNT_AT_LEAST, BigDecimal.valueOf(5), "เรื่อง", MeasurementMethod.COUNT));
        assertThat(KpiSuggestion.of("จัดอบรม อย่างน้อยปีละ ๑ ครั้ง")).contains(
                new Kpi(KpiType.TIMES_PER_YEAR, BigDecimal.ONE, "ครั้ง", MeasurementMethod.COUNT));
        assertThat(KpiSuggestion.of("ประเมินผลปีละ ๒ ครั้งเป็นอย่างน้อย")).contains(
                new Kpi(KpiType.TIMES_PER_YEAR, BigDecimal.valueOf(2), "ครั้ง", MeasurementMethod.COUNT));
        assertThat(KpiSuggestion.of("มีชุมชนเฝ้าระวังการทุจริตเกิดขึ้น")).isEmpty();
    }

    @Test
    void theFirstTargetWrittenWinsAndTheFirstInstrumentNamedSaysHowItIsMeasured() {
        assertThat(KpiSuggestion.of("ผ่านช่องทางที่หลากหลาย อย่างน้อย ๕ ช่องทาง และไม่น้อยกว่าปีละ ๔ ครั้ง")).contains(
                new Kpi(KpiType.COUNT_AT_LEAST, BigDecimal.valueOf(5), "ช่องทาง", MeasurementMethod.COUNT));
        assertThat(KpiSuggestion.of("เผยแพร่ปีละ ๔ ครั้ง อย่างน้อย ๕ ช่องทาง")).contains(
                new Kpi(KpiType.TIMES_PER_YEAR, BigDecimal.valueOf(4), "ครั้ง", MeasurementMethod.COUNT));
        assertThat(KpiSuggestion.of("มีความรู้ ไม่น้อยกว่าร้อยละ ๘๐ (สำรวจโดยแบบทดสอบ/แบบประเมินผล)"))
                .map(Kpi::method).contains(MeasurementMethod.TEST);
        assertThat(KpiSuggestion.of("มีความรู้ ร้อยละ ๘๐ (สำรวจโดยใช้แบบประเมินผล/แบบทดสอบความรู้)"))
                .map(Kpi::method).contains(MeasurementMethod.SURVEY);
        assertThat(KpiSuggestion.of("ประชาชนพึงพอใจไม่ต่ำกว่าร้อยละ ๘๐")).map(Kpi::method).contains(MeasurementMethod.SURVEY);
        assertThat(KpiSuggestion.of("มีคู่มือ จำนวน ๑ ชุด")).map(Kpi::method).contains(MeasurementMethod.DOCUMENT);
        assertThat(KpiSuggestion.of("ร้อยละ ๑๕๐")).isEmpty();
    }

    @Test
    void aBrokenSectionIsReportedWhileTheOtherSheetsImport() {
        String missingPeriodHeading = sheet("โครงการที่สอง").replace("๖. ระยะเวลาดำเนินการ\n", "");
        String unreadablePeriod = sheet("โครงการที่สาม", "๑) ดำเนินการ", "ตามความเหมาะสม", "ไม่ใช้งบประมาณ", "มีผล");
        String text = "ส่วนที่ ๓\n\n" + sheet("โครงการแรก") + missingPeriodHeading + unreadablePeriod;

        ImportResult result = importer.parse(text, 2566, 2570, BanTomSeed.UNIT_PATHS);

        assertThat(result.items()).extracting(i -> i.content().name())
                .containsExactly("โครงการแรก", "โครงการที่สอง", "โครงการที่สาม");
        assertThat(result.items().get(0).content().period().months()).containsExactly(1, 2, 3);
        ItemContent second = result.items().get(1).content();
        assertThat(second.period()).isNull();
        assertThat(second.budget()).isEqualTo(Budget.noBudget());
        assertThat(second.outputs()).isNotEmpty();
        ItemContent third = result.items().get(2).content();
        assertThat(third.period().text()).isEqualTo("ตามความเหมาะสม");
        assertThat(third.period().months()).isEmpty();
        assertThat(result.problems()).containsExactly(
                new ImportProblem(2, "๖ ระยะเวลาดำเนินการ", ImportProblem.SECTION_MISSING, ""),
                new ImportProblem(3, "๖ ระยะเวลาดำเนินการ", ImportProblem.PERIOD_UNREADABLE, "ตามความเหมาะสม"));
    }

    @Test
    void emptyTextGivesNoItemsAndOneProblem() {
        assertThat(importer.parse("", 2566, 2570, List.of()))
                .isEqualTo(new ImportResult(List.of(), List.of(new ImportProblem(0, "", ImportProblem.EMPTY, ""))));
        assertThat(importer.parse(null, 2566, 2570, null).problems()).extracting(ImportProblem::messageKey)
                .containsExactly(ImportProblem.EMPTY);
        assertThat(importer.parse("คำนำ\n\nแผนปฏิบัติการป้องกันการทุจริต", 2566, 2570, List.of()).problems())
                .extracting(ImportProblem::messageKey).containsExactly(ImportProblem.NO_SHEETS);
    }

    @Test
    void aSheetWithOnlyItsNameStillImports() {
        ImportResult result = importer.parse("๑. ชื่อมาตรการ ป้องกันการทุจริต\n", 2566, 2570, List.of());

        assertThat(result.items()).singleElement().satisfies(item -> {
            assertThat(item.content().kind()).isEqualTo(ItemKind.MEASURE);
            assertThat(item.content().name()).isEqualTo("ป้องกันการทุจริต");
        });
        assertThat(result.problems()).hasSize(9).allSatisfy(problem ->
                assertThat(problem.messageKey()).isEqualTo(ImportProblem.SECTION_MISSING));
    }

    @Test
    void theKindComesFromTheNameOrElseFromTheHeading() {
        assertThat(only(sheet("มาตรการ \"ส่งเสริมจริยธรรม\"")).kind()).isEqualTo(ItemKind.MEASURE);
        assertThat(only(sheet("กิจกรรม “โปร่งใส”")).kind()).isEqualTo(ItemKind.ACTIVITY);
        assertThat(only(sheet("แนวปฏิบัติการรับของขวัญ")).kind()).isEqualTo(ItemKind.GUIDELINE);
        assertThat(only(sheet("ส่งเสริมการมีส่วนร่วม")).kind()).isEqualTo(ItemKind.PROJECT);
        assertThat(only(sheet("ส่งเสริมการมีส่วนร่วม").replace("ชื่อโครงการ :", "ชื่อกิจกรรม")).kind())
                .isEqualTo(ItemKind.ACTIVITY);
        assertThat(only(sheet("มาตรการ \"ส่งเสริมจริยธรรม\"")).name()).isEqualTo("มาตรการ \"ส่งเสริมจริยธรรม\"");
    }

    @Test
    void aNameWrappedOntoTheNextLineIsWhole() {
        String text = sheet("โครงการเผยแพร่ความรู้ด้านกฎหมาย\nให้แก่ผู้บริหารและสมาชิกสภาท้องถิ่น");
        assertThat(only(text).name()).isEqualTo("โครงการเผยแพร่ความรู้ด้านกฎหมายให้แก่ผู้บริหารและสมาชิกสภาท้องถิ่น");
    }

    @Test
    void theResponsibleUnitIsFoundNearestFirstWhateverTheSpelling() {
        UnitMatch units = new UnitMatch(BanTomSeed.UNIT_PATHS);
        assertThat(units.of("งานนิติการ ฝ่ายปกครอง สำนักปลัดเทศบาลตำบลบ้านต๋อม")).contains(BanTomSeed.LEGAL);
        assertThat(units.of("งานนโยบายและแผน ฝ่ายปกครอง สำนักปลัดเทศบาลตำบลบ้านต่อม")).contains(BanTomSeed.POLICY);
        assertThat(units.of("ฝ่ายปกครอง สำนักปลัด")).contains("สำนักปลัด/ฝ่ายปกครอง");
        assertThat(units.of("สำนักปลัดเทศบาล")).contains("สำนักปลัด");
        assertThat(units.of("กองช่าง")).contains("กองช่าง");
        assertThat(units.of("เทศบาลตำบลบ้านต๋อม")).isEmpty();
        assertThat(new UnitMatch(List.of("สำนักปลัดเทศบาลตำบลบ้านต๋อม")).of("สำนักปลัดเทศบาลตำบลบ้านต้อม"))
                .contains("สำนักปลัดเทศบาลตำบลบ้านต๋อม");
        assertThat(new UnitMatch(List.of("กองคลัง/งานธุรการ", "กองช่าง/งานธุรการ")).of("งานธุรการ")).isEmpty();
    }

    @Test
    void theHeadCountIsTakenOffTheTargetGroup() {
        ItemContent item = only(sheet("โครงการทดสอบ").replace("พนักงานเทศบาล ๖๐ คน", "ประชาชนในพื้นที่\nจำนวน ๑,๒๐๐ คน"));
        assertThat(item.targetGroup()).isEqualTo("ประชาชนในพื้นที่");
        assertThat(item.targetCount()).isEqualTo(1200);

        ItemContent uncounted = only(sheet("โครงการทดสอบ").replace("พนักงานเทศบาล ๖๐ คน", "ศูนย์ข้อมูลข่าวสาร"));
        assertThat(uncounted.targetGroup()).isEqualTo("ศูนย์ข้อมูลข่าวสาร");
        assertThat(uncounted.targetCount()).isNull();
    }

    @Test
    void textBeforeTheFirstSheetAndAfterTheLastPartIsIgnored() {
        String text = "วัตถุประสงค์\n\n๑. เพื่อแสดงเจตจำนง\n\n" + sheet("โครงการทดสอบ") + "\nส่วนที่ ๔\n\nภาคผนวก ก\n";
        ItemContent item = only(text);
        assertThat(item.objectives()).containsExactly("เพื่อป้องกันการทุจริต");
        assertThat(item.outcomes()).extracting(r -> r.text()).containsExactly("ประชาชนพึงพอใจ");
    }
}
