package org.sujarit.risk;

import java.util.List;
import java.util.Locale;

/**
 * The five components and seventeen principles of internal control (COSO 2013) on which the
 * Ministry of Finance standard 2561 asks for the ปค.๔, in the Thai wording of the Ban Tom plan.
 * Two of the seed's typos are fixed: principle 4 reads "จงใจ … จงใจพนักงาน" there (จูงใจ … พัฒนา
 * is meant, COSO's "attract, develop and retain"), and principle 13 lacks its verb (ใช้).
 */
public final class ControlPrinciples {

    public static final int COUNT = 17;

    public record Principle(int number, String th, String en) {

        public String name(Locale locale) {
            return "th".equals(locale.getLanguage()) ? th : en;
        }
    }

    public record Component(int number, String th, String en, List<Principle> principles) {

        public String name(Locale locale) {
            return "th".equals(locale.getLanguage()) ? th : en;
        }
    }

    public static final List<Component> COMPONENTS = List.of(
            new Component(1, "สภาพแวดล้อมการควบคุม", "Control environment", List.of(
                    new Principle(1, "องค์กรยึดหลักความซื่อตรงและจริยธรรม",
                            "The organisation demonstrates a commitment to integrity and ethical values"),
                    new Principle(2, "คณะกรรมการแสดงออกถึงความรับผิดชอบต่อการกำกับดูแล",
                            "The board exercises oversight responsibility"),
                    new Principle(3, "คณะกรรมการและฝ่ายบริหารมีอำนาจการสั่งการชัดเจน",
                            "The board and management establish structures, authority and clear responsibilities"),
                    new Principle(4, "องค์กรจูงใจ รักษาไว้ และพัฒนาพนักงาน",
                            "The organisation attracts, develops and retains competent people"),
                    new Principle(5, "องค์กรผลักดันให้ทุกตำแหน่งรับผิดชอบต่อการควบคุมภายใน",
                            "The organisation holds every position accountable for internal control"))),
            new Component(2, "การประเมินความเสี่ยง", "Risk assessment", List.of(
                    new Principle(6, "กำหนดเป้าหมายชัดเจน", "Specifies clear objectives"),
                    new Principle(7, "ระบุและวิเคราะห์ความเสี่ยงอย่างครอบคลุม", "Identifies and analyses risks comprehensively"),
                    new Principle(8, "พิจารณาโอกาสที่จะเกิดการทุจริต", "Considers the potential for fraud"),
                    new Principle(9, "ระบุประเมินความเปลี่ยนแปลงที่จะกระทบต่อการควบคุมภายใน",
                            "Identifies and assesses changes that could affect internal control"))),
            new Component(3, "กิจกรรมการควบคุม", "Control activities", List.of(
                    new Principle(10, "ควบคุมความเสี่ยงให้อยู่ในระดับที่ยอมรับได้", "Controls risks to acceptable levels"),
                    new Principle(11, "พัฒนาระบบเทคโนโลยีที่ใช้ในการควบคุม", "Develops general controls over technology"),
                    new Principle(12, "ควบคุมให้นโยบายสามารถปฏิบัติได้", "Deploys controls through policies that can be carried out"))),
            new Component(4, "สารสนเทศและการสื่อสาร", "Information and communication", List.of(
                    new Principle(13, "องค์กรใช้ข้อมูลที่เกี่ยวข้องและมีคุณภาพ", "The organisation uses relevant, quality information"),
                    new Principle(14, "มีการสื่อสารข้อมูลภายในองค์กร ให้การควบคุมภายในดำเนินการต่อไปได้",
                            "Communicates internally so that internal control keeps working"),
                    new Principle(15, "มีการสื่อสารกับหน่วยงานภายนอก ในประเด็นที่อาจกระทบต่อการควบคุมภายใน",
                            "Communicates with outside parties on matters that may affect internal control"))),
            new Component(5, "กิจกรรมกำกับติดตามและประเมินผล", "Monitoring activities", List.of(
                    new Principle(16, "ติดตามและประเมินผลการควบคุมภายใน", "Monitors and evaluates internal control"),
                    new Principle(17, "ประเมินและสื่อสารข้อบกพร่องของการควบคุมภายในในเวลาที่เหมาะสม",
                            "Evaluates and communicates internal-control deficiencies in a timely manner"))));

    private ControlPrinciples() {
    }

    public static boolean isPrinciple(int number) {
        return number >= 1 && number <= COUNT;
    }

    public static boolean isComponent(int number) {
        return number >= 1 && number <= COMPONENTS.size();
    }
}
