package org.sujarit.risk.document;

import java.util.List;

import org.sujarit.risk.RiskTypes.Area;
import org.sujarit.risk.RiskTypes.Band;
import org.sujarit.risk.RiskTypes.Change;
import org.sujarit.risk.RiskTypes.ControlQuality;
import org.sujarit.risk.RiskTypes.FactorKind;
import org.sujarit.risk.RiskTypes.Mission;
import org.sujarit.risk.RiskTypes.TrafficLight;

/**
 * The words of the official risk documents, in Thai only as the documents are: the register's
 * vocabularies and the definitions Part 1 of the seed gives for its scopes, traffic lights and
 * control quality. Digits are Arabic here; the document's {@code NumeralStyle} writes them in its style.
 */
final class Labels {

    static final List<String> STEPS = List.of("การระบุความเสี่ยง", "การวิเคราะห์สถานะความเสี่ยง",
            "เมทริกซ์ระดับความเสี่ยง", "การประเมินการควบคุมความเสี่ยง", "แผนบริหารความเสี่ยง",
            "การจัดทำรายงานผลการเฝ้าระวังความเสี่ยง", "จัดทำระบบการบริหารความเสี่ยง",
            "การจัดทำรายงานการบริหารความเสี่ยง", "การรายงานผลการดำเนินงานตามแผนบริหารความเสี่ยง");

    static final String MUST = "กิจกรรมหรือขั้นตอนหลัก MUST";
    static final String SHOULD = "กิจกรรมหรือขั้นตอนรอง SHOULD";
    static final String NOT_ASSESSED = "ยังไม่ได้ประเมิน";

    private Labels() {
    }

    /** The seed's scopes ๕.๑–๕.๓ in full. */
    static String areaInFull(Area area) {
        return switch (area) {
            case APPROVAL_PERMIT -> "ความเสี่ยงการทุจริตที่เกี่ยวข้องกับการพิจารณาอนุมัติ อนุญาต (เฉพาะหน่วยงานที่มีภารกิจ"
                    + "ให้บริการประชาชนอนุมัติ หรืออนุญาต ตามพระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาตของราชการ"
                    + " พ.ศ. 2558)";
            case POWER_POSITION -> "ความเสี่ยงการทุจริตในความโปร่งใสของการใช้อำนาจและตำแหน่งหน้าที่";
            case BUDGET_RESOURCES -> "ความเสี่ยงการทุจริตในความโปร่งใสของการใช้จ่ายงบประมาณและการบริหารจัดการทรัพยากรภาครัฐ";
        };
    }

    static String area(Area area) {
        return switch (area) {
            case APPROVAL_PERMIT -> "การพิจารณาอนุมัติ อนุญาต";
            case POWER_POSITION -> "ความโปร่งใสของการใช้อำนาจและตำแหน่งหน้าที่";
            case BUDGET_RESOURCES -> "ความโปร่งใสของการใช้จ่ายงบประมาณและการบริหารจัดการทรัพยากรภาครัฐ";
        };
    }

    static String mission(Mission mission) {
        return switch (mission) {
            case CORE -> "ด้านภารกิจหลัก";
            case POLICY -> "ด้านนโยบายสำคัญ";
            case SUPPORT -> "ด้านภารกิจสนับสนุน";
        };
    }

    static String factor(FactorKind kind) {
        return kind == null ? "" : switch (kind) {
            case KNOWN -> "Known Factor";
            case UNKNOWN -> "Unknown Factor";
        };
    }

    static String light(TrafficLight light) {
        return light == null ? "" : switch (light) {
            case GREEN -> "เขียว";
            case YELLOW -> "เหลือง";
            case ORANGE -> "ส้ม";
            case RED -> "แดง";
        };
    }

    /** The level of risk a colour stands for. */
    static String lightLevel(TrafficLight light) {
        return switch (light) {
            case GREEN -> "ต่ำ";
            case YELLOW -> "ปานกลาง";
            case ORANGE -> "สูง";
            case RED -> "สูงมาก";
        };
    }

    /** Step 2: what each colour means, as the seed defines it before its table 2. */
    static String lightMeaning(TrafficLight light) {
        return switch (light) {
            case GREEN -> "ความเสี่ยงระดับต่ำ";
            case YELLOW -> "ความเสี่ยงระดับปานกลาง และสามารถใช้ความรอบคอบระมัดระวังในระหว่างปฏิบัติงาน ตามปกติควบคุมดูแลได้";
            case ORANGE -> "ความเสี่ยงระดับสูง เป็นกระบวนการที่มีผู้ที่เกี่ยวข้องหลายคน หลายหน่วยงานภายในองค์กร มีหลายขั้นตอน"
                    + " จนยากต่อการควบคุม หรือไม่มีอำนาจควบคุมข้ามหน่วยงาน ตามหน้าที่ปกติ";
            case RED -> "ความเสี่ยงระดับสูงมาก เป็นกระบวนการที่เกี่ยวข้องกับบุคคลภายนอก คนที่ไม่รู้จักไม่สามารถตรวจสอบได้ชัดเจน"
                    + " ไม่สามารถกำกับติดตามได้อย่างใกล้ชิดหรืออย่างสม่ำเสมอ";
        };
    }

    /** The shorter definitions the seed prints under its summary of all risks. */
    static String lightInBrief(TrafficLight light) {
        return switch (light) {
            case GREEN -> "ความเสี่ยงระดับต่ำ";
            case YELLOW -> "ความเสี่ยงระดับกลาง (สามารถใช้ความรอบคอบระมัดระวังในการปฏิบัติงานตามปกติควบคุมได้)";
            case ORANGE -> "ความเสี่ยงระดับสูง (งานที่มีผู้เกี่ยวข้องหลายคน/หลายหน่วยงาน/หลายขั้นตอนจนยากต่อการควบคุม)";
            case RED -> "ความเสี่ยงระดับสูงมาก (งานที่เกี่ยวข้องกับบุคคลภายนอก คนที่ไม่รู้จักหรือไม่สามารถตรวจสอบได้"
                    + " ไม่สามารถกำกับติดตามได้)";
        };
    }

    static String band(Band band) {
        return band == null ? "" : switch (band) {
            case LOW -> "ต่ำ";
            case MEDIUM -> "ปานกลาง";
            case HIGH -> "สูง";
        };
    }

    static String quality(ControlQuality quality) {
        return quality == null ? "" : switch (quality) {
            case GOOD -> "ดี";
            case FAIR -> "พอใช้";
            case WEAK -> "อ่อน";
        };
    }

    /** Step 4: the seed's meaning of each control quality. */
    static String qualityMeaning(ControlQuality quality) {
        return switch (quality) {
            case GOOD -> "จัดการได้ทันที ทุกครั้งที่เกิดความเสี่ยง ไม่กระทบถึงผู้ใช้บริการ/ผู้รับมอบผลงาน องค์กรไม่มีผลเสีย"
                    + "ทางการเงิน ไม่มีรายจ่ายเพิ่ม";
            case FAIR -> "จัดการได้โดยส่วนใหญ่ มีบางครั้งยังจัดการไม่ได้ กระทบถึงผู้ใช้บริการ/ผู้รับมอบผลงาน องค์กร"
                    + " แต่ยอมรับได้ มีความเข้าใจ";
            case WEAK -> "จัดการไม่ได้ หรือได้เพียงส่วนน้อย การจัดการเพิ่มเกิดจากรายจ่าย มีผลกระทบต่อผู้ใช้บริการ/"
                    + "ผู้รับมอบผลงานและยอมรับไม่ได้ ไม่มีความเข้าใจ";
        };
    }

    static String change(Change change) {
        return change == null ? "" : switch (change) {
            case NEW -> "ความเสี่ยงใหม่";
            case CHANGED -> "เปลี่ยนแปลง";
            case UNCHANGED -> "คงเดิม";
        };
    }

    /** A monitoring round's status, in the words of the NACC's reporting. */
    static String status(String status) {
        return status == null ? "" : switch (status) {
            case "NOT_STARTED" -> "ยังไม่ดำเนินการ";
            case "IN_PROGRESS" -> "อยู่ระหว่างดำเนินการ";
            case "DONE" -> "ดำเนินการแล้วเสร็จ";
            case "CANNOT_DO" -> "ไม่สามารถดำเนินการได้";
            default -> status;
        };
    }

    static String round(int round) {
        return round == 1 ? "รอบ 6 เดือน" : "รอบ 12 เดือน";
    }
}
