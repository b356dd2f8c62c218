package org.sujarit.plan.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.sujarit.plan.PlanHeader;
import org.sujarit.plan.PlanView;
import org.sujarit.shared.NumeralStyle;

/**
 * A plan laid out as its official document, every number already written in the tenant's numeral
 * style, so that the PDF template and the DOCX writer print the same words in the same order: cover,
 * คำนำ, front matter, ส่วนที่ ๑ (risk analysis, published apart), ส่วนที่ ๒ (tables),
 * ส่วนที่ ๓ (one detail sheet per item).
 */
record PlanDocument(NumeralStyle numerals, List<String> cover, Block foreword, String signature,
                    List<Block> frontMatter, Block partOne, PartTwo partTwo, String partThreeHeading,
                    String partThreeSubtitle, List<Sheet> sheets) {

    static final String TITLE = "แผนปฏิบัติการป้องกันการทุจริต";
    static final String TITLE_PURPOSE = "เพื่อยกระดับคุณธรรมและความโปร่งใส";

    /** A heading with its lines; a heading may stand alone (no lines). */
    record Block(String heading, List<Line> lines) {
    }

    /**
     * A paragraph (level 0, first line indented) or a numbered entry at its nesting level
     * (1 = "๑)", 2 = "๒.๑)"), whose number is part of the text.
     */
    record Line(String text, int level) {

        static Line paragraph(String text) {
            return new Line(text, 0);
        }
    }

    /** One detail sheet (รายละเอียดโครงการ): the item's name and its nine numbered fields. */
    record Sheet(String name, List<Block> blocks) {
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
        if (locality != null && !locality.isBlank()) {
            cover.add(numerals.apply(locality.strip()));
        }
        Block foreword = new Block("คำนำ", paragraphs(numerals.apply(header.foreword())));
        List<Block> frontMatter = List.of(
                new Block("ที่มาของแผน", paragraphs(numerals.apply(header.origin()))),
                new Block("วัตถุประสงค์", numbered(header.objectives(), numerals)),
                new Block("รูปแบบและลักษณะของแผน", format(header.format(), organisation, numerals)),
                new Block("นโยบายของฝ่ายบริหารด้านการป้องกันการแสวงหาประโยชน์โดยมิชอบหรือการทุจริต",
                        paragraphs(numerals.apply(header.executivePolicy()))));
        Block partOne = new Block(numerals.apply("ส่วนที่ 1 การวิเคราะห์ความเสี่ยงในการเกิดการทุจริตในองค์กร"),
                List.of(Line.paragraph("การวิเคราะห์ความเสี่ยงในการเกิดการทุจริตในองค์กรของ" + organisation
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

    /** Text typed with blank lines or line breaks between paragraphs, one Line each. */
    static List<Line> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty())
                .map(Line::paragraph).toList();
    }

    private static List<Line> numbered(List<String> entries, NumeralStyle numerals) {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            lines.add(new Line(numerals.apply(i + 1) + ". " + numerals.apply(entries.get(i)), 1));
        }
        return lines;
    }

    /** The plan's own description of its parts, or the standard one when it has none. */
    private static List<Line> format(String typed, String organisation, NumeralStyle numerals) {
        if (typed != null && !typed.isBlank()) {
            return paragraphs(numerals.apply(typed));
        }
        return List.of(
                Line.paragraph("แผนปฏิบัติการป้องกันการทุจริตของ" + organisation + " มีรูปแบบหรือเค้าโครง ดังนี้"),
                new Line(numerals.apply("ส่วนที่ 1 การวิเคราะห์ความเสี่ยงในการเกิดการทุจริตในองค์กร"), 1),
                new Line(numerals.apply("ส่วนที่ 2 แผนปฏิบัติการป้องกันการทุจริต"), 1),
                new Line(numerals.apply("ส่วนที่ 3 รายละเอียดโครงการ/กิจกรรม/มาตรการ ตามแผนปฏิบัติการฯ"), 1));
    }
}
