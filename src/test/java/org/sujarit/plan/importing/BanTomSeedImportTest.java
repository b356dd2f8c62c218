package org.sujarit.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sujarit.plan.importing.BanTomSeed.LEGAL;
import static org.sujarit.plan.importing.BanTomSeed.POLICY;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sujarit.plan.ItemContent;
import org.sujarit.plan.ItemKind;
import org.sujarit.plan.Kpi;
import org.sujarit.plan.KpiType;
import org.sujarit.plan.MeasurementMethod;
import org.sujarit.plan.Step;

/** The real Ban Tom plan imports to its 20 detail sheets, each as the seed writes it. */
class BanTomSeedImportTest {

    private static final String NONE = "ไม่ใช้งบประมาณ";
    private static final String APR_JUN = "เดือนเมษายน – เดือนมิถุนายน";
    private static final String JAN_MAR = "เดือนมกราคม – เดือนมีนาคม";
    private static final String JUL_SEP = "เดือนกรกฎาคม – เดือนกันยายน";
    private static final String JAN_MAR_JUL_SEP = "เดือนมกราคม – เดือนมีนาคม และ เดือนกรกฎาคม – เดือนกันยายน";
    private static final List<Integer> Q2 = List.of(1, 2, 3);
    private static final List<Integer> Q3 = List.of(4, 5, 6);
    private static final List<Integer> Q4 = List.of(7, 8, 9);
    private static final List<Integer> Q2_Q4 = List.of(1, 2, 3, 7, 8, 9);
    private static final String MUNICIPALITY = "เทศบาลตำบลบ้านต๋อม";
    private static final String BY_LEGAL = "งานนิติการ ฝ่ายปกครอง สำนักปลัดเทศบาลตำบลบ้านต๋อม";

    private record Sheet(ItemKind kind, String name, String targetGroup, Integer targetCount, String period,
                         List<Integer> months, String budget, String responsibleText, String responsibleUnit) {
    }

    /** Read from the seed's part ๓, sheet by sheet. */
    private static final List<Sheet> SEED = List.of(
            new Sheet(ItemKind.MEASURE, "มาตรการ \"ส่งเสริมการปฏิบัติงานตามประมวลจริยธรรมของเทศบาลตำบลบ้านต้อม\"",
                    "คณะผู้บริหาร สมาชิกสภา พนักงาน อปท. ลูกจ้างประจำ และพนักงานจ้างทั่วไป", 80, APR_JUN, Q3, NONE,
                    BY_LEGAL, LEGAL),
            new Sheet(ItemKind.PROJECT, "โครงการเผยแพร่ประชาสัมพันธ์ความรู้ด้านกฎหมายและระเบียบที่เกี่ยวข้องกับการปฏิบัติงาน"
                    + "ให้แก่บุคลากรองค์กรปกครองส่วนท้องถิ่น ผู้บริหารและสมาชิกสภาท้องถิ่น",
                    "บุคลากร ผู้บริหาร และสมาชิกสภาท้องถิ่น", 60, JAN_MAR, Q2, NONE, BY_LEGAL, LEGAL),
            // The seed's budget field holds a unit name, and the template placeholder is left in the target group.
            new Sheet(ItemKind.PROJECT, "โครงการป้องกันผลประโยชน์ทับซ้อนของเทศบาลตำบลบ้านต๋อม",
                    "พนักงานของชื่อองค์กรปกครองส่วนท้องถิ่น", 60, JAN_MAR, Q2, BY_LEGAL, MUNICIPALITY, null),
            new Sheet(ItemKind.PROJECT, "โครงการเสริมสร้างองค์ความรู้ด้านการต่อต้านการทุจริต",
                    "ผู้บริหารท้องถิ่น สมาชิกสภาท้องถิ่น ข้าราชการฝ่ายประจำ ลูกจ้างประจำ พนักงานทั่วไป ของเทศบาลตำบลบ้านต่อม",
                    80, JAN_MAR, Q2, NONE, BY_LEGAL, LEGAL),
            new Sheet(ItemKind.MEASURE, "มาตรการปรับปรุงและพัฒนาศูนย์ข้อมูลข่าวสารเพื่อเผยแพร่ข้อมูลข่าวสารแก่ประชาชน",
                    "ศูนย์ข้อมูลข่าวสารเทศบาลตำบลบ้านต่อม", null, JAN_MAR, Q2, NONE, MUNICIPALITY, null),
            new Sheet(ItemKind.MEASURE, "มาตรการเปิดเผยข้อมูลสาธารณะ และกำกับติดตามการเผยแพร่ข้อมูลสาธารณะของเทศบาลตำบลบ้านต๋อม",
                    "สำนัก กอง ส่วน ฝ่ายต่างๆ ในเทศบาลตำบลบ้านต๋อม", null, JAN_MAR, Q2, NONE, MUNICIPALITY, null),
            new Sheet(ItemKind.MEASURE, "มาตรการ NO Gift Policy",
                    "ผู้บริหารท้องถิ่น สมาชิกสภาท้องถิ่น และบุคลากรของเทศบาลตำบลบ้านต๋อม", 60, JAN_MAR, Q2, NONE,
                    BY_LEGAL, LEGAL),
            new Sheet(ItemKind.MEASURE, "มาตรการจัดทำแผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใส",
                    "เทศบาลตำบลบ้านต๋อม", 60, "เดือนมกราคม –เดือนมีนาคม และ เดือนกรกฎาคม – เดือนกันยายน", Q2_Q4, NONE,
                    "งานนิติการ ฝ่ายปกครอง สำนักปลัดเทศบาลตำบลบ้านต้อม", LEGAL),
            new Sheet(ItemKind.ACTIVITY, "กิจกรรม “สร้างความโปร่งใสในการพิจารณาเลื่อนขั้นเงินเดือน”",
                    "ข้าราชการเทศบาลตำบลบ้านต่อม", 60, JAN_MAR_JUL_SEP, Q2_Q4, NONE, MUNICIPALITY, null),
            new Sheet(ItemKind.MEASURE, "มาตรการ \"จัดทำข้อตกลงการปฏิบัติราชการตามหลักธรรมาภิบาล\"",
                    "บุคลากรในเทศบาลตำบลบ้านต๋อม", 60, JAN_MAR, Q2, NONE,
                    "งานนิติการ ฝ่ายปกครอง สำนักปลัดเทศบาลตำบลบ้านต่อม", LEGAL),
            new Sheet(ItemKind.PROJECT, "โครงการจัดทำคู่มือสำหรับประชาชนผ่านสื่ออิเล็กทรอนิกส์",
                    "ประชาชนและผู้รับบริการของเทศบาลตำบลบ้านต๋อม", 150, APR_JUN, Q3, NONE, MUNICIPALITY, null),
            new Sheet(ItemKind.ACTIVITY, "กิจกรรมการประเมินผลการปฏิบัติราชการของเทศบาลตำบลบ้านต๋อม",
                    "ประชาชนในพื้นที่ของเทศบาลตำบลบ้านต๋อม", 150,
                    "เดือนตุลาคม – เดือนธันวาคม และเดือนเมษายน – เดือนมิถุนายน", List.of(10, 11, 12, 4, 5, 6), NONE,
                    "งานนโยบายและแผน ฝ่ายปกครอง สำนักปลัดเทศบาลตำบลบ้านต๋อม", POLICY),
            new Sheet(ItemKind.MEASURE, "มาตรการจัดการเรื่องร้องทุกข์/ร้องเรียนของเทศบาลตำบลบ้านต๋อม",
                    "งานนิติการ ฝ่ายปกครอง สำนักปลัดเทศบาลตำบลบ้านต๋อม", 60, JAN_MAR, Q2, NONE,
                    "งานนิติการ ฝ่ายปกครอง สำนักปลัดเทศบาลตำบลบ้านต่อม", LEGAL),
            new Sheet(ItemKind.ACTIVITY, "กิจกรรมส่งเสริมชุมชนเฝ้าระวังการทุจริต",
                    "ประชาชนในชุมชนเทศบาลตำบลบ้านต๋อม", 150, JUL_SEP, Q4, NONE, BY_LEGAL, LEGAL),
            // No kind word before the name: the heading says ชื่อโครงการ, so a project.
            new Sheet(ItemKind.PROJECT, "ส่งเสริมการมีส่วนร่วมของประชาชนในการบริหารกิจการของเทศบาลตำบลบ้านต้อม",
                    "ประชาชนในพื้นที่ของเทศบาลตำบลบ้านต้อม", 150, JUL_SEP, Q4, NONE,
                    "งานนโยบายและแผน ฝ่ายปกครอง สำนักปลัดเทศบาลตำบลบ้านต่อม", POLICY),
            new Sheet(ItemKind.ACTIVITY, "กิจกรรมติดตามประเมินผลการควบคุมภายใน",
                    "บุคลากรของเทศบาลตำบลบ้านต๋อม", 60, JAN_MAR_JUL_SEP, Q2_Q4, NONE, BY_LEGAL, LEGAL),
            new Sheet(ItemKind.MEASURE, "มาตรการบริหารจัดการความเสี่ยงการทุจริตของเทศบาลตำบลบ้านต๋อม",
                    "หน่วยงานภายในของเทศบาลตำบลบ้านต๋อมทุกหน่วยงาน (สำนักงาน, กองงาน, กลุ่มงาน)", 60, APR_JUN, Q3, NONE,
                    BY_LEGAL, LEGAL),
            new Sheet(ItemKind.MEASURE, "มาตรการจัดการในกรณีได้ทราบ หรือรับแจ้ง หรือตรวจสอบพบการทุจริตของเทศบาลตำบลบ้านต๋อม",
                    "ภาคประชาชนและบุคลากรของเทศบาลตำบลบ้านต๋อม", 200, JAN_MAR, Q2, NONE, BY_LEGAL, LEGAL),
            new Sheet(ItemKind.MEASURE, "มาตรการจัดให้มีระบบและช่องทางการรับเรื่องร้องเรียนเกี่ยวกับการทุจริตของเทศบาลตำบลบ้านต๋อม",
                    "ภาคประชาชนและบุคลากรของเทศบาลตำบลบ้านต๋อม", 200, JAN_MAR, Q2, NONE,
                    "งานนิติการ ฝ่ายปกครอง สำนักปลัดเทศบาลตำบลบ้านต้อม", LEGAL),
            new Sheet(ItemKind.ACTIVITY, "กิจกรรมส่งเสริมและพัฒนาศักยภาพสมาชิกสภาท้องถิ่น",
                    "สมาชิกสภาเทศบาลตำบลบ้านต๋อม", 12, APR_JUN, Q3, NONE, BY_LEGAL, LEGAL));

    private final ImportResult result = BanTomSeed.imported();

    @Test
    void everySheetOfPartThreeBecomesAnItem() {
        assertThat(result.items()).hasSize(20);
        assertThat(result.items()).extracting(ImportedItem::sheetNumber).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 20).boxed().toList());
    }

    @Test
    void eachSheetReadsAsTheSeedWritesIt() {
        for (int i = 0; i < SEED.size(); i++) {
            Sheet expected = SEED.get(i);
            ItemContent item = result.items().get(i).content();
            String sheet = "sheet " + (i + 1);
            assertThat(item.kind()).as(sheet).isEqualTo(expected.kind());
            assertThat(item.name()).as(sheet).isEqualTo(expected.name());
            assertThat(item.targetGroup()).as(sheet).isEqualTo(expected.targetGroup());
            assertThat(item.targetCount()).as(sheet).isEqualTo(expected.targetCount());
            assertThat(item.period().text()).as(sheet).isEqualTo(expected.period());
            assertThat(item.period().months()).as(sheet).isEqualTo(expected.months());
            assertThat(item.budget().text()).as(sheet).isEqualTo(expected.budget());
            assertThat(item.budget().none()).as(sheet).isEqualTo(NONE.equals(expected.budget()));
            assertThat(item.budget().perYear()).as(sheet).isEmpty();
            assertThat(item.responsibleText()).as(sheet).isEqualTo(expected.responsibleText());
            assertThat(item.responsibleUnit()).as(sheet).isEqualTo(expected.responsibleUnit());
            assertThat(item.rationale()).as(sheet).isNotBlank();
            assertThat(item.objectives()).as(sheet).isNotEmpty();
            assertThat(item.method()).as(sheet).isNotEmpty();
            assertThat(item.outputs()).as(sheet).isNotEmpty();
            assertThat(item.outcomes()).as(sheet).isNotEmpty();
        }
    }

    @Test
    void noSheetComesUnderADimensionSinceTheSeedsPartThreeHasNoDimensionLines() {
        // The dimensions the seed lists in its introduction, before part ๑, head no sheet.
        assertThat(result.items()).allSatisfy(item -> assertThat(item.dimension()).isNull());
        assertThat(result.items()).allSatisfy(item -> assertThat(item.yearlessSum()).isNull());
    }

    @Test
    void theOnlyProblemIsTheBudgetThatHoldsAUnitName() {
        assertThat(result.problems()).containsExactly(new ImportProblem(3, "๗ งบประมาณดำเนินการ",
                ImportProblem.BUDGET_UNREADABLE, BY_LEGAL));
    }

    @Test
    void listsAndParagraphsKeepTheirText() {
        ItemContent ethics = result.items().get(0).content();
        assertThat(ethics.rationale().split("\n\n")).hasSize(2);
        assertThat(ethics.objectives()).hasSize(5).first()
                .isEqualTo("เพื่อเป็นเครื่องมือกำกับความประพฤติของข้าราชการให้มีความโปร่งใส มีมาตรฐานในการปฏิบัติงานที่ชัดเจนและเป็นสากล");
        assertThat(ethics.method()).hasSize(7).first()
                .isEqualTo(Step.of("จัดทำมาตรการและขออนุมัติดำเนินการต่อผู้มีอำนาจ"));
        assertThat(result.items().get(2).content().objectives()).containsExactly(
                "เพื่อให้ความรู้ความเข้าใจแก่พนักงานองค์กรปกครองส่วนท้องถิ่นเกี่ยวกับการป้องกันผลประโยชน์ทับซ้อน");
        // The extraction broke this output across a blank line in the middle of "บ้านต้อม".
        assertThat(result.items().get(7).content().outputs()).singleElement().extracting(r -> r.text()).isEqualTo(
                "มีแผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใสของเทศบาลตำบลบ้านต้อม พ.ศ. ๒๕๖๖ - ๒๕๗๐");
    }

    @Test
    void methodStepsNestAsTheSeedNumbersThem() {
        List<Step> disclosure = result.items().get(5).content().method();
        assertThat(disclosure).extracting(Step::text).startsWith(
                "จัดตั้งคณะทำงานจัดทำมาตรการเปิดเผยข้อมูลสาธารณะ และกำกับติดตามการเผยแพร่ข้อมูลสาธารณะของเทศบาลตำบลบ้านต๋อม",
                "ประชุมคณะทำงานฯ").hasSize(4);
        Step meeting = disclosure.get(1);
        assertThat(meeting.steps()).hasSize(2);
        assertThat(meeting.steps().get(0).steps()).hasSize(5).first().extracting(Step::text).asString()
                .startsWith("ข้อมูลพื้นฐาน ได้แก่");

        List<Step> participation = result.items().get(14).content().method();
        assertThat(participation).hasSize(2);
        assertThat(participation.get(0).steps()).hasSize(7);

        List<Step> complaints = result.items().get(17).content().method();
        assertThat(complaints).hasSize(10);
        assertThat(complaints.get(7).steps()).hasSize(5);
    }

    @Test
    void aListRestartedInsideASubListGoesUnderItAndTheMainListResumes() {
        List<Step> evaluation = result.items().get(11).content().method();
        assertThat(evaluation).hasSize(10);
        Step committee = evaluation.get(3);
        assertThat(committee.text()).isEqualTo("จัดทำคำสั่งแต่งตั้งคณะกรรมการติดตามประเมินผลแผนพัฒนา");
        assertThat(committee.steps()).hasSize(5);
        assertThat(committee.steps().get(4).steps()).hasSize(4);
        assertThat(committee.steps().get(4).steps().get(1).text())
                .endsWith("เพื่อนำผลที่ได้จากการประเมินมาใช้ในการปรับปรุงแก้ไข ส่งเสริม พัฒนา ขยายหรือยุติการดำเนินภารกิจต่างๆ ของเทศบาลตำบลบ้านต๋อม");
        assertThat(evaluation.get(4).text()).isEqualTo("ประชุมคณะกรรมการติดตามประเมินผลแผนพัฒนา");
    }

    @Test
    void outputsAndOutcomesCarryTheKpisTheyState() {
        ItemContent ethics = result.items().get(0).content();
        assertThat(ethics.outputs()).extracting(r -> r.kpi()).containsExactly(
                new Kpi(KpiType.COUNT_AT_LEAST, BigDecimal.valueOf(3), "ช่องทาง", MeasurementMethod.COUNT),
                new Kpi(KpiType.PERCENT_AT_LEAST, BigDecimal.valueOf(80), "ร้อยละ", MeasurementMethod.SURVEY));
        assertThat(ethics.outcomes()).singleElement().extracting(r -> r.kpi()).isNull();
        assertThat(result.items().get(6).content().outputs()).extracting(r -> r.kpi()).containsExactly(
                new Kpi(KpiType.COUNT_AT_LEAST, BigDecimal.ONE, "ฉบับ", MeasurementMethod.DOCUMENT),
                new Kpi(KpiType.PERCENT_AT_LEAST, BigDecimal.valueOf(100), "ร้อยละ", MeasurementMethod.SURVEY));
        assertThat(result.items().get(19).content().outputs().get(0).kpi()).isEqualTo(
                new Kpi(KpiType.TIMES_PER_YEAR, BigDecimal.ONE, "ครั้ง", MeasurementMethod.COUNT));
    }
}
