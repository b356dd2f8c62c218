package org.sujarit.plan.document;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.sujarit.plan.Budget;
import org.sujarit.plan.DimensionView;
import org.sujarit.plan.ItemContent;
import org.sujarit.plan.ItemKind;
import org.sujarit.plan.ItemView;
import org.sujarit.plan.Kpi;
import org.sujarit.plan.KpiType;
import org.sujarit.plan.MeasurementMethod;
import org.sujarit.plan.Period;
import org.sujarit.plan.PlanHeader;
import org.sujarit.plan.PlanView;
import org.sujarit.plan.Result;
import org.sujarit.plan.ResultView;
import org.sujarit.plan.RevisionStatus;
import org.sujarit.plan.Step;

/**
 * A realistic plan of เทศบาลตำบลบ้านต๋อม (พ.ศ. ๒๕๖๖–๒๕๗๐), after the seed: the four NACC
 * dimensions, sub-dimensions under the first, ten items with long paragraphs, budgets none and
 * per year, nested method steps and KPIs. Some typed text holds Arabic digits ("ร้อยละ 80"),
 * some Thai digits, as users type both.
 */
final class PlanFixture {

    static final String ORGANISATION = "เทศบาลตำบลบ้านต๋อม";
    static final List<Integer> YEARS = List.of(2566, 2567, 2568, 2569, 2570);

    /** A paragraph long enough to wrap over several lines, with the words the tests look for. */
    static final String LONG_RATIONALE = "ตามที่เทศบาลตำบลบ้านต๋อมได้ประกาศใช้ประมวลจริยธรรมของเทศบาลตำบลบ้านต๋อม"
            + " โดยกำหนดกลไกและระบบในการบังคับใช้ให้มีประสิทธิภาพ ผู้บริหารและผู้ปฏิบัติงานทุกคนมีหน้าที่รับผิดชอบ"
            + "ต่อประชาชนที่มาติดต่อราชการ ทั้งนี้ การฝ่าฝืนหรือไม่ปฏิบัติตามมาตรฐานทางจริยธรรมดังกล่าว"
            + "ให้ถือว่าเป็นการกระทำผิดทางวินัย ซึ่งมีการกำหนดขั้นตอนการลงโทษตามความร้ายแรงแห่งการกระทำ"
            + " นอกจากนี้ สำนักงาน ก.พ. ได้กำหนดแนวทางการดำเนินการตามประมวลจริยธรรมข้าราชการพลเรือน"
            + "กรณีการเรี่ยไร และกรณีการให้หรือรับของขวัญหรือประโยชน์อื่นใด เพื่อให้ข้าราชการละเว้นจากการแสวงหา"
            + "ประโยชน์ที่มิชอบ โดยอาศัยตำแหน่งหน้าที่ และไม่กระทำการอันเป็นการขัดกันระหว่างประโยชน์ส่วนตน"
            + "และประโยชน์ส่วนรวม ตามหนังสือสำนักงาน ก.พ. ที่ นร 1013.7/ว 11 ลงวันที่ 25 ธันวาคม 2557";

    static final String TREE_RATIONALE = "ชุมชนในเขตเทศบาลตำบลบ้านต๋อมมีต้นไม้ริมทางสาธารณะจำนวนมาก"
            + " ซึ่งกิ่งไม้ที่ยื่นล้ำเข้ามาในถนนและสายไฟฟ้าเป็นอันตรายต่อผู้ใช้ทาง การตัดแต่งกิ่งไม้ที่ผ่านมา"
            + "ดำเนินการโดยเจ้าหน้าที่เพียงฝ่ายเดียว ประชาชนจึงไม่ได้รับรู้ถึงการใช้จ่ายงบประมาณและไม่มีส่วนร่วม"
            + "ในการตรวจสอบ เทศบาลจึงเห็นควรเปิดโอกาสให้ประชาชนและผู้นำชุมชนร่วมกำหนดจุดที่ต้องตัดแต่งกิ่ง"
            + " ร่วมปลูกต้นไม้ทดแทน และร่วมติดตามผลการดำเนินงาน โดยมีกองช่างเป็นผู้รับผิดชอบหลัก"
            + " เพื่อให้การใช้ทรัพยากรของทางราชการโปร่งใสและตรวจสอบได้ทุกขั้นตอน";

    private PlanFixture() {
    }

    static PlanView banTom() {
        return new PlanFixture().build();
    }

    private PlanView build() {
        PlanHeader header = new PlanHeader(2566, 2570,
                "แผนปฏิบัติการป้องกันการทุจริตเพื่อยกระดับคุณธรรมและความโปร่งใส",
                "ด้วยรัฐธรรมนูญแห่งราชอาณาจักรไทย พุทธศักราช 2560 มาตรา 65 กำหนดให้รัฐพึงจัดให้มียุทธศาสตร์ชาติ"
                        + "เป็นเป้าหมายการพัฒนาประเทศอย่างยั่งยืนตามหลักธรรมาภิบาล เพื่อใช้เป็นกรอบในการจัดทำแผนต่าง ๆ"
                        + " ให้สอดคล้องและบูรณาการกัน เทศบาลตำบลบ้านต๋อมจึงมุ่งเน้นการบริหารงานตามหลักธรรมาภิบาล"
                        + "อย่างต่อเนื่องควบคู่ไปกับการป้องกันการทุจริต\n"
                        + "ในการนี้ เพื่อเป็นการสนับสนุนและส่งเสริมให้เกิดการป้องกันและปราบปรามการทุจริตในหน่วยงาน"
                        + "ได้อย่างเป็นรูปธรรม เทศบาลตำบลบ้านต๋อมจึงได้จัดทำแผนปฏิบัติการป้องกันการทุจริต 5 ปี"
                        + " (พ.ศ. 2566 – 2570) เพื่อใช้เป็นแนวทางในการปฏิบัติงานของผู้บริหารและบุคลากรทุกคน",
                "แผนปฏิบัติการป้องกันการทุจริต เป็นแผนที่รวบรวมแผนงาน/โครงการ/กิจกรรม โดยพิจารณาตามความเหมาะสม"
                        + "ขององค์กรปกครองส่วนท้องถิ่น ซึ่งแผนงาน/โครงการ/กิจกรรม ที่นำมาพิจารณาบรรจุไว้ในแผน"
                        + "จะต้องมีความจำเป็นและสาระสำคัญที่สอดคล้องกับยุทธศาสตร์ชาติว่าด้วยการป้องกันและปราบปรามการทุจริต",
                List.of("เพื่อแสดงเจตจำนงทางการเมืองในการต่อต้านการทุจริตของเทศบาลตำบลบ้านต๋อม",
                        "เพื่อสร้างสังคมที่ไม่ทนต่อการทุจริต โดยการเสริมสร้างจิตสำนึกและความตระหนักในการปฏิบัติหน้าที่"
                                + "ราชการให้บังเกิดประโยชน์สูงสุดแก่ประชาชนในท้องถิ่น",
                        "เพื่อให้การบริหารราชการของเทศบาลตำบลบ้านต๋อมเป็นไปตามหลักการบริหารกิจการบ้านเมืองที่ดี",
                        "เพื่อปรับปรุงและพัฒนาการมีส่วนร่วมของประชาชนที่สอดคล้องและเหมาะสมกับวัฒนธรรมท้องถิ่น",
                        "เพื่อเสริมสร้างและปรับปรุงกลไกในการตรวจสอบของเทศบาลตำบลบ้านต๋อมให้มีประสิทธิภาพและเข้มแข็ง"),
                null,
                "ฝ่ายบริหารกำหนดให้การป้องกันการแสวงหาประโยชน์โดยมิชอบหรือการทุจริตเป็นนโยบายประการหนึ่ง"
                        + " โดยมีจุดประสงค์ทำให้การบริหารราชการเกิดประโยชน์สูงสุดแก่ประชาชนในท้องถิ่น"
                        + " ผู้บริหารทุกระดับต้องรับผิดชอบต่อผลการดำเนินงานตามแผนนี้");
        List<DimensionView> dimensions = List.of(
                dimension("1", "การสร้างวัฒนธรรมสุจริต", List.of(),
                        dimension("1.1", "การสร้างจิตสำนึกและความตระหนักแก่บุคลากรทั้งข้าราชการการเมืองฝ่ายบริหาร"
                                        + " ข้าราชการการเมืองฝ่ายสภาท้องถิ่น และฝ่ายประจำขององค์กรปกครองส่วนท้องถิ่น",
                                List.of(ethicsMeasure("1.1.1"), lawProject("1.1.2"))),
                        dimension("1.2", "การสร้างจิตสำนึกและความตระหนักแก่ประชาชนทุกภาคส่วนในท้องถิ่น",
                                List.of(treeProject("1.2.1")))),
                dimension("2", "การบริหารราชการด้วยความโปร่งใส",
                        List.of(noGift("2.1"), salarySteps("2.2"), citizenManual("2.3"))),
                dimension("3", "การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน",
                        List.of(complaints("3.1"), communityWatch("3.2"))),
                dimension("4", "การยกระดับกลไกการตรวจสอบการดำเนินงานขององค์กรปกครองส่วนท้องถิ่น",
                        List.of(internalControl("4.1"), councilCapacity("4.2"))));
        return new PlanView(UUID.randomUUID(), UUID.randomUUID(), 1, RevisionStatus.PUBLISHED, ORGANISATION, header,
                dimensions, Instant.parse("2022-10-01T03:00:00Z"), "นายกเทศมนตรีตำบลบ้านต๋อม",
                Instant.parse("2022-10-03T03:00:00Z"));
    }

    private static DimensionView dimension(String number, String title, List<ItemView> items, DimensionView... children) {
        return new DimensionView(UUID.randomUUID(), number, title, items, List.of(children));
    }

    private ItemView ethicsMeasure(String number) {
        return item(number, new ItemContent(ItemKind.MEASURE,
                "มาตรการ \"ส่งเสริมการปฏิบัติงานตามประมวลจริยธรรมของเทศบาลตำบลบ้านต๋อม\"", LONG_RATIONALE + "\n"
                        + "ดังนั้น เพื่อให้เกิดความโปร่งใสในการปฏิบัติงานและเป็นที่เชื่อถือไว้วางใจของประชาชน"
                        + " เทศบาลตำบลบ้านต๋อมจึงได้จัดทำมาตรการนี้ขึ้น เพื่อให้บุคลากรทั้งฝ่ายการเมืองและฝ่ายประจำ"
                        + "ทุกระดับนำไปใช้ในการปฏิบัติหน้าที่ด้วยความซื่อสัตย์สุจริต มีคุณธรรม จริยธรรม",
                List.of("เพื่อเป็นเครื่องมือกำกับความประพฤติของข้าราชการให้มีความโปร่งใส มีมาตรฐานในการปฏิบัติงาน"
                                + "ที่ชัดเจนและเป็นสากล",
                        "เพื่อให้เกิดพันธะผูกพันระหว่างองค์กรและข้าราชการในทุกระดับ สร้างระบบความรับผิดชอบ"
                                + "ของข้าราชการต่อตนเอง ต่อองค์กร ต่อผู้บังคับบัญชา ต่อประชาชน และต่อสังคม",
                        "เพื่อป้องกันการแสวงหาประโยชน์โดยมิชอบและความขัดแย้งทางผลประโยชน์ที่อาจเกิดขึ้น"),
                "คณะผู้บริหาร สมาชิกสภา พนักงานเทศบาล ลูกจ้างประจำ และพนักงานจ้างทั่วไป", 80,
                List.of(Step.of("จัดทำมาตรการและขออนุมัติดำเนินการต่อผู้มีอำนาจ"),
                        new Step("กำหนดแนวทาง รูปแบบ และช่องทางในการเผยแพร่ประมวลจริยธรรม", List.of(
                                Step.of("เผยแพร่ทางเว็บไซต์และสื่อสังคมออนไลน์ของเทศบาล"),
                                Step.of("ติดประกาศ ณ ที่ทำการเทศบาลและที่อ่านหนังสือประจำหมู่บ้าน"))),
                        Step.of("ประเมินและติดตามผลการดำเนินการ แล้วรายงานผลต่อผู้บริหาร")),
                new Period("เดือนเมษายน – เดือนมิถุนายน", List.of(4, 5, 6)), Budget.noBudget(),
                "สำนักปลัด/ฝ่ายปกครอง/งานนิติการ", "งานนิติการ ฝ่ายปกครอง สำนักปลัดเทศบาล",
                List.of(count("มีการเผยแพร่ประมวลจริยธรรม อย่างน้อย 3 ช่องทาง", 3, "ช่องทาง"),
                        percent("บุคลากรมีความรู้ความเข้าใจแนวทางการปฏิบัติตัวตามประมวลจริยธรรม ไม่น้อยกว่าร้อยละ 80"
                                + " (สำรวจโดยใช้แบบประเมินผล)", 80)),
                List.of(new Result("บุคลากรของเทศบาลตำบลบ้านต๋อมปฏิบัติตามประมวลจริยธรรม"
                        + " (สำรวจโดยใช้แบบประเมินติดตามผล)", null))), "งานนิติการ ฝ่ายปกครอง สำนักปลัด");
    }

    private ItemView lawProject(String number) {
        return item(number, new ItemContent(ItemKind.PROJECT,
                "โครงการเผยแพร่ประชาสัมพันธ์ความรู้ด้านกฎหมายและระเบียบที่เกี่ยวข้องกับการปฏิบัติงานให้แก่"
                        + "บุคลากร ผู้บริหารและสมาชิกสภาท้องถิ่น",
                "องค์กรปกครองส่วนท้องถิ่นจำเป็นต้องเผยแพร่ความรู้ด้านกฎหมายและระเบียบที่เกี่ยวข้องกับการปฏิบัติงาน"
                        + " สำหรับบุคลากร ผู้บริหารและสมาชิกสภาท้องถิ่น เพื่อเพิ่มพูนความรู้ความเข้าใจ"
                        + " ให้การบริหารงานและการปฏิบัติงานเป็นไปอย่างถูกต้องชอบธรรม ไม่เลือกปฏิบัติ"
                        + " และเกิดประโยชน์สูงสุดต่อประชาชน ผู้รับผิดชอบต้องรายงานผลต่อผู้บริหารทุกไตรมาส",
                List.of("เพื่อให้บุคลากร ผู้บริหาร และสมาชิกสภาท้องถิ่นได้เพิ่มพูนความรู้ความเข้าใจเกี่ยวกับระเบียบกฎหมาย",
                        "เพื่อพัฒนาศักยภาพบุคลากรให้มีความพร้อมในองค์ความรู้เกี่ยวกับกฎหมายและระเบียบที่เกี่ยวข้อง"),
                "บุคลากร ผู้บริหาร และสมาชิกสภาท้องถิ่น", 60,
                List.of(Step.of("จัดทำโครงการและขออนุมัติดำเนินโครงการต่อผู้บริหาร"),
                        Step.of("กำหนดกรอบเนื้อหาสาระในการส่งเสริมความรู้ด้านกฎหมาย"),
                        Step.of("เผยแพร่ความรู้ผ่านเว็บไซต์ สื่อสังคมออนไลน์ บอร์ดประชาสัมพันธ์ และจดหมายข่าว"),
                        Step.of("ประเมินผลและรายงานผลการดำเนินการ")),
                new Period("เดือนมกราคม – เดือนมีนาคม", List.of(1, 2, 3)), perYear(10_000),
                "สำนักปลัด/ฝ่ายปกครอง/งานนิติการ", "งานนิติการ ฝ่ายปกครอง สำนักปลัดเทศบาล",
                List.of(count("เผยแพร่ความรู้อย่างน้อย 5 ช่องทาง และไม่น้อยกว่าปีละ 4 ครั้ง", 5, "ช่องทาง")),
                List.of(percent("บุคลากรมีองค์ความรู้ด้านกฎหมาย ไม่น้อยกว่าร้อยละ 80 (สำรวจโดยแบบทดสอบ)", 80))),
                "งานนิติการ ฝ่ายปกครอง สำนักปลัด");
    }

    private ItemView treeProject(String number) {
        Map<Integer, BigDecimal> budget = new LinkedHashMap<>();
        budget.put(2566, new BigDecimal("20000"));
        budget.put(2568, new BigDecimal("25000"));
        return item(number, new ItemContent(ItemKind.PROJECT,
                "โครงการชุมชนร่วมใจปลูกต้นไม้และตัดแต่งกิ่งไม้ริมทางสาธารณะอย่างโปร่งใส",
                TREE_RATIONALE,
                List.of("เพื่อให้ประชาชนมีส่วนร่วมในการกำหนดจุดตัดแต่งกิ่งไม้และตรวจสอบการใช้งบประมาณ",
                        "เพื่อสร้างจิตสำนึกของประชาชนในการดูแลทรัพย์สินสาธารณะของท้องถิ่น"),
                "ประชาชนและผู้นำชุมชน หมู่ที่ 1 – 11", 200,
                List.of(new Step("สำรวจต้นไม้ริมทางร่วมกับผู้นำชุมชน", List.of(
                                Step.of("จัดประชุมประชาคมหมู่บ้านเพื่อกำหนดจุดที่ต้องตัดแต่งกิ่ง"),
                                new Step("จัดทำบัญชีต้นไม้และประมาณการค่าใช้จ่าย", List.of(
                                        Step.of("เปิดเผยประมาณการค่าใช้จ่ายบนเว็บไซต์ของเทศบาล"))))),
                        Step.of("ดำเนินการตัดแต่งกิ่งไม้และปลูกต้นไม้ทดแทนร่วมกับประชาชน"),
                        Step.of("สรุปผลและรายงานการใช้จ่ายงบประมาณต่อประชาคม")),
                new Period("", List.of(10, 11, 12)), new Budget(false, budget, null),
                "กองช่าง", null,
                List.of(count("ตัดแต่งกิ่งไม้ริมทางสาธารณะอย่างน้อย 11 หมู่บ้าน", 11, "หมู่บ้าน")),
                List.of(percent("ประชาชนพึงพอใจต่อความโปร่งใสของโครงการ ไม่น้อยกว่าร้อยละ 80", 80))), "กองช่าง");
    }

    private ItemView noGift(String number) {
        return simple(number, ItemKind.MEASURE, "มาตรการ NO Gift Policy", Budget.noBudget(), "สำนักปลัดเทศบาล");
    }

    private ItemView salarySteps(String number) {
        return simple(number, ItemKind.ACTIVITY, "กิจกรรม “สร้างความโปร่งใสในการพิจารณาเลื่อนขั้นเงินเดือน”",
                Budget.noBudget(), null);
    }

    private ItemView citizenManual(String number) {
        return simple(number, ItemKind.PROJECT, "โครงการจัดทำคู่มือสำหรับประชาชนผ่านสื่ออิเล็กทรอนิกส์",
                perYear(15_500.50), "กองคลัง");
    }

    private ItemView complaints(String number) {
        return simple(number, ItemKind.MEASURE, "มาตรการจัดการเรื่องร้องทุกข์/ร้องเรียนของเทศบาลตำบลบ้านต๋อม",
                Budget.noBudget(), "สำนักปลัดเทศบาล");
    }

    private ItemView communityWatch(String number) {
        return simple(number, ItemKind.ACTIVITY, "กิจกรรมส่งเสริมชุมชนเฝ้าระวังการทุจริต", perYear(5_000), null);
    }

    private ItemView internalControl(String number) {
        return simple(number, ItemKind.ACTIVITY, "กิจกรรมติดตามประเมินผลการควบคุมภายใน", Budget.noBudget(),
                "หน่วยตรวจสอบภายใน");
    }

    private ItemView councilCapacity(String number) {
        return simple(number, ItemKind.ACTIVITY, "กิจกรรมส่งเสริมและพัฒนาศักยภาพสมาชิกสภาท้องถิ่น", perYear(30_000),
                "กองการศึกษา");
    }

    /** An item with a shorter sheet: one objective, flat steps, one output and one outcome. */
    private ItemView simple(String number, ItemKind kind, String name, Budget budget, String unitName) {
        return item(number, new ItemContent(kind, name,
                "เพื่อให้การดำเนินงานของเทศบาลตำบลบ้านต๋อมเป็นไปด้วยความโปร่งใส ตรวจสอบได้ และเป็นที่ไว้วางใจ"
                        + "ของประชาชน ผู้บริหารจึงมอบหมายให้หน่วยงานที่รับผิดชอบดำเนินการ" + name
                        + " และรายงานผลการดำเนินงานต่อผู้บริหารทุก ๖ เดือน",
                List.of("เพื่อให้การดำเนินงานเป็นไปตามหลักธรรมาภิบาลและประชาชนตรวจสอบได้"),
                "ผู้บริหาร พนักงานเทศบาล และประชาชนผู้มารับบริการ", 120,
                List.of(Step.of("จัดทำแนวทางและขออนุมัติต่อผู้บริหาร"), Step.of("ดำเนินการตามแนวทางที่กำหนด"),
                        Step.of("ประเมินผลและรายงานผลการดำเนินการ")),
                new Period("เดือนตุลาคม – เดือนกันยายน", List.of(10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9)), budget,
                null, "สำนักปลัดเทศบาลตำบลบ้านต๋อม",
                List.of(count("ดำเนินการอย่างน้อยปีละ 2 ครั้ง", 2, "ครั้ง")),
                List.of(percent("ผู้เกี่ยวข้องพึงพอใจไม่น้อยกว่าร้อยละ ๘๐", 80))), unitName);
    }

    private ItemView item(String number, ItemContent content, String unitName) {
        List<ResultView> outputs = new ArrayList<>();
        content.outputs().forEach(result -> outputs.add(new ResultView(UUID.randomUUID(), result)));
        List<ResultView> outcomes = new ArrayList<>();
        content.outcomes().forEach(result -> outcomes.add(new ResultView(UUID.randomUUID(), result)));
        return new ItemView(UUID.randomUUID(), UUID.randomUUID(), number, content,
                unitName == null ? null : UUID.randomUUID(), unitName, outputs, outcomes);
    }

    private static Budget perYear(double amount) {
        Map<Integer, BigDecimal> perYear = new LinkedHashMap<>();
        YEARS.forEach(year -> perYear.put(year, BigDecimal.valueOf(amount)));
        return new Budget(false, perYear, null);
    }

    private static Result count(String text, int target, String unit) {
        return new Result(text, new Kpi(KpiType.COUNT_AT_LEAST, BigDecimal.valueOf(target), unit, MeasurementMethod.COUNT));
    }

    private static Result percent(String text, int target) {
        return new Result(text, new Kpi(KpiType.PERCENT_AT_LEAST, BigDecimal.valueOf(target), "ร้อยละ",
                MeasurementMethod.SURVEY));
    }
}
