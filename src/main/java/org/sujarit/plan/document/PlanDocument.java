package org.sujarit.plan.document;

import java.util.ArrayList;
import java.util.List;

import org.sujarit.infrastructure.document.Block;
import org.sujarit.infrastructure.document.Section;
import org.sujarit.plan.PlanHeader;
import org.sujarit.plan.PlanView;
import org.sujarit.shared.NumeralStyle;

/**
 * A plan laid out as its official document, every number already written in the tenant's numeral
 * style, so that the PDF template and the DOCX writer print the same words in the same order: cover,
 * คำนำ, front matter, ส่วนที่ ๑ (risk analysis, published apart), ส่วนที่ ๒ (tables),
 * ส่วนที่ ๓ (one detail sheet per item).
 */
record PlanDocument(NumeralStyle numerals, List<String> cover, Section foreword, String signature,
                    List<Section> frontMatter, Section partOne, PartTwo partTwo, String partThreeHeading,
                    String partThreeSubtitle, List<Sheet> sheets) {

    static final String TITLE = "แผนปฏิบัติการป้องกันการทุจริต";
    static final String TITLE_PURPOSE = "เพื่อยกระดับคุณธรรมและความโปร่งใส";

    /** One detail sheet (รายละเอียดโครงการ): the item's name and its nine numbered fields, each a section. */
    record Sheet(List<Section> fields) {
    }

    /**
     * @param locality the district and province under the organisation's name on the cover
     *                 ("อำเภอเมืองพะเยา จังหวัดพะเยา"), or blank
     */
    static PlanDocument of(PlanView plan, String locality, NumeralStyle numerals) {
        PlanHeader header = plan.header();
        String organisation = numerals.apply(plan.organisationName());
        String years = numerals.apply("(พ.ศ. " + header.firstYear() + " – " + header.lastYear() + ")");
        List<String> cover = new ArrayList<>(titleLines(numerals.apply(header.title())));
        cover.add(years);
        cover.add("ของ" + organisation);
        if (locality != null && !locality.isBlank()) {
            cover.add(numerals.apply(locality.strip()));
        }
        Section foreword = new Section("คำนำ", Block.paragraphs(numerals.apply(header.foreword())));
        List<Section> frontMatter = List.of(
                new Section("ที่มาของแผน", Block.paragraphs(numerals.apply(header.origin()))),
                new Section("วัตถุประสงค์", numbered(header.objectives(), numerals)),
                new Section("รูปแบบและลักษณะของแผน", format(header.format(), organisation, numerals)),
                new Section("นโยบายของฝ่ายบริหารด้านการป้องกันการแสวงหาประโยชน์โดยมิชอบหรือการทุจริต",
                        Block.paragraphs(numerals.apply(header.executivePolicy()))));
        Section partOne = new Section(numerals.apply("ส่วนที่ 1 การวิเคราะห์ความเสี่ยงในการเกิดการทุจริตในองค์กร"),
                List.of(Block.paragraph("การวิเคราะห์ความเสี่ยงในการเกิดการทุจริตในองค์กรของ" + organisation
                        + " จัดทำตามขั้นตอนการประเมินและบริหารจัดการความเสี่ยงการทุจริต โดยระบุเหตุการณ์ความเสี่ยง"
                        + " ปัจจัยเสี่ยง ระดับความเสี่ยง และมาตรการป้องกัน ทั้งนี้ ผลการประเมินความเสี่ยงการทุจริต"
                        + "เผยแพร่แยกเป็นเอกสารต่างหาก")));
        List<Sheet> sheets = plan.allItems().map(item -> DetailSheet.of(item, numerals)).toList();
        return new PlanDocument(numerals, cover, foreword, organisation, frontMatter, partOne,
                PartTwo.of(plan, numerals), numerals.apply("ส่วนที่ 3"),
                "รายละเอียดโครงการ/กิจกรรม/มาตรการ ตามแผนปฏิบัติการฯ", sheets);
    }

    /** The cover's title, broken as the template prints it: the plan, then its purpose. */
    private static List<String> titleLines(String title) {
        if (title.isBlank()) {
            return List.of(TITLE, TITLE_PURPOSE);
        }
        String trimmed = title.strip();
        if (trimmed.startsWith(TITLE) && trimmed.length() > TITLE.length()) {
            return List.of(TITLE, trimmed.substring(TITLE.length()).strip());
        }
        return List.of(trimmed);
    }

    private static List<Block> numbered(List<String> entries, NumeralStyle numerals) {
        List<Block> items = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            items.add(Block.item(numerals.apply(i + 1) + ". " + numerals.apply(entries.get(i))));
        }
        return items;
    }

    /** The plan's own description of its parts, or the standard one when it has none. */
    private static List<Block> format(String typed, String organisation, NumeralStyle numerals) {
        if (typed != null && !typed.isBlank()) {
            return Block.paragraphs(numerals.apply(typed));
        }
        return List.of(
                Block.paragraph("แผนปฏิบัติการป้องกันการทุจริตของ" + organisation + " มีรูปแบบหรือเค้าโครง ดังนี้"),
                Block.item(numerals.apply("ส่วนที่ 1 การวิเคราะห์ความเสี่ยงในการเกิดการทุจริตในองค์กร")),
                Block.item(numerals.apply("ส่วนที่ 2 แผนปฏิบัติการป้องกันการทุจริต")),
                Block.item(numerals.apply("ส่วนที่ 3 รายละเอียดโครงการ/กิจกรรม/มาตรการ ตามแผนปฏิบัติการฯ")));
    }
}
