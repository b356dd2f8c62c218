package org.sujarit.risk.document;

import java.util.ArrayList;
import java.util.List;

import org.sujarit.infrastructure.document.Block;
import org.sujarit.infrastructure.document.Section;
import org.sujarit.infrastructure.document.Table;
import org.sujarit.infrastructure.document.Table.Cell;
import org.sujarit.infrastructure.document.Table.Row;
import org.sujarit.risk.AssessmentView;
import org.sujarit.risk.RiskMatrix;
import org.sujarit.risk.RiskTypes.Area;
import org.sujarit.risk.RiskView;
import org.sujarit.shared.NumeralStyle;

/**
 * Part 1 of the seed for one fiscal year, made from the register: the scope and the nine steps,
 * then steps 1–5 with the seed's definitions and tables 1–5 (every risk a row, grouped by its
 * process), the summary of all risks by colour and the table of measures. The report is public:
 * it never holds internal notes (a factor's evidence, existing controls, monitoring).
 */
record AssessmentReport(NumeralStyle numerals, List<String> title, List<Section> sections) {

    static final String SUMMARY = "ผลการประเมินความเสี่ยงการทุจริตและประพฤติมิชอบ";
    static final String NO_RISKS = "ยังไม่มีความเสี่ยงในการประเมินนี้";

    static AssessmentReport of(AssessmentView assessment, String organisation, NumeralStyle digits) {
        Builder builder = new Builder(assessment, digits.apply(organisation), digits);
        List<String> title = List.of("การประเมินความเสี่ยงการทุจริต",
                digits.apply("ประจำปีงบประมาณ พ.ศ. " + assessment.fiscalYear()), builder.organisation);
        return new AssessmentReport(digits, title, builder.sections());
    }

    /** Every table of the report, in order, for the tests and the workbook. */
    List<Table> tables() {
        return sections.stream().flatMap(section -> section.blocks().stream())
                .filter(block -> block.kind() == Block.Kind.TABLE).map(Block::table).toList();
    }

    private static final class Builder {

        private final AssessmentView assessment;
        private final RiskMatrix matrix;
        private final String organisation;
        private final NumeralStyle digits;
        private final List<RiskView> risks;

        Builder(AssessmentView assessment, String organisation, NumeralStyle digits) {
            this.assessment = assessment;
            this.matrix = assessment.matrix();
            this.organisation = organisation;
            this.digits = digits;
            this.risks = assessment.risks();
        }

        List<Section> sections() {
            List<Section> sections = new ArrayList<>(List.of(scope(), method()));
            sections.addAll(new AssessmentSteps(assessment, digits).sections());
            sections.addAll(List.of(summary(), measures()));
            return sections;
        }

        private Section scope() {
            List<Block> blocks = new ArrayList<>();
            blocks.add(Block.paragraph(organisation + " แบ่งความเสี่ยงการทุจริตออกเป็น " + digits.apply(3) + " ด้าน ดังนี้"));
            Area[] areas = Area.values();
            for (int i = 0; i < areas.length; i++) {
                blocks.add(Block.item(digits.apply((i + 1) + ". " + Labels.areaInFull(areas[i]))));
            }
            return new Section("ขอบเขตการประเมินความเสี่ยงการทุจริต", blocks);
        }

        private Section method() {
            List<Block> blocks = new ArrayList<>();
            blocks.add(Block.paragraph(digits.apply("ขั้นตอนการประเมินความเสี่ยงการทุจริต มี 9 ขั้นตอน ดังนี้")));
            for (int i = 0; i < Labels.STEPS.size(); i++) {
                blocks.add(Block.item(digits.apply((i + 1) + ". " + Labels.STEPS.get(i))));
            }
            blocks.add(Block.subheading("วิธีวิเคราะห์ความเสี่ยง"));
            blocks.add(Block.paragraph("เป็นการวิเคราะห์โดยเริ่มจากการระบุความเสี่ยงจากกระบวนการต่าง ๆ อธิบายรูปแบบ"
                    + " พฤติการณ์ เหตุการณ์ความเสี่ยงต่อการทุจริต การวิเคราะห์" + matrix.definition().impact().th()
                    + "กับ" + matrix.definition().likelihood().th() + " และการกำหนดมาตรการ/กิจกรรม/แนวทาง"
                    + " ในการป้องกันความเสี่ยงของการดำเนินงานที่อาจก่อให้เกิดการทุจริตใน" + organisation
                    + " ที่มีประสิทธิภาพ โดยใช้เมทริกซ์ระดับความเสี่ยง " + digits.apply(matrix.levels() + " × " + matrix.levels())
                    + " ระดับ"));
            return new Section("วิธีการประเมินความเสี่ยงการทุจริต", blocks);
        }

        private Section summary() {
            List<Block> blocks = new ArrayList<>();
            blocks.add(Block.paragraph(organisation + " ได้แสดงผลการประเมินความเสี่ยง ของการดำเนินงานหรือการปฏิบัติหน้าที่"
                    + "ที่อาจก่อให้เกิดการทุจริตและประพฤติมิชอบ หรือก่อให้เกิดการขัดกันระหว่างผลประโยชน์ส่วนตน"
                    + "กับผลประโยชน์ส่วนรวมของหน่วยงาน โดยมีรายละเอียด ดังนี้"));
            List<String> titles = new ArrayList<>(List.of("ลำดับ", "โอกาส/ความเสี่ยงการทุจริตและประพฤติมิชอบ"));
            RiskCells.LIGHTS.forEach(light -> titles.add(Labels.light(light)));
            List<Row> rows = risks.stream().map(risk -> Row.of(RiskCells.withLights(
                    List.of(RiskCells.position(risk, digits), RiskCells.event(risk, digits)), risk))).toList();
            blocks.add(Block.table(new Table(SUMMARY,
                    Table.widths(9, 55, 9, 9, 9, 9), Table.heads(titles), orNone(rows))));
            RiskCells.LIGHTS.forEach(light -> blocks.add(Block.item("สถานะสี" + Labels.light(light) + " คือ "
                    + Labels.lightInBrief(light))));
            return new Section("ผลการประเมินความเสี่ยงการทุจริต", blocks);
        }

        private Section measures() {
            List<Block> blocks = new ArrayList<>();
            blocks.add(Block.paragraph(organisation + " ดำเนินการจัดทำมาตรการ/กิจกรรม เป็นแนวทางเพื่อป้องกันการทุจริต"
                    + "และประพฤติมิชอบ ดังนี้"));
            List<Row> rows = risks.stream().map(risk -> Row.of(
                    RiskCells.lines(List.of(digits.apply(risk.position()), Labels.light(risk.trafficLight())),
                            risk.trafficLight()),
                    RiskCells.event(risk, digits), Cell.text(digits.apply(risk.riskFactors())),
                    Cell.lines(risk.measures().stream().map(m -> "- " + digits.apply(m.measure())).toList()))).toList();
            blocks.add(Block.table(new Table("มาตรการป้องกันการทุจริตตามเหตุการณ์ความเสี่ยง",
                    Table.widths(11, 28, 28, 33), Table.heads("ลำดับ/ระดับสี", "เหตุการณ์ความเสี่ยงที่อาจเกิดขึ้น",
                            "ปัจจัยเสี่ยงที่อาจมีผลกระทบ/กระตุ้นให้เกิดการทุจริต", "มาตรการป้องกันเพื่อไม่ให้เกิดการทุจริต"),
                    orNone(rows))));
            return new Section("มาตรการป้องกันการทุจริต", blocks);
        }
    }

    /** The rows, or one saying there are no risks. */
    static List<Row> orNone(List<Row> rows) {
        return rows.isEmpty() ? List.of(Row.group(NO_RISKS)) : rows;
    }

    /**
     * Whether a level of the first axis is a main step (MUST) rather than a secondary one
     * (SHOULD): the upper half of the scale. On the seed's 3 × 3, levels 2 and 3 are main steps
     * of the process and level 1 a secondary one.
     */
    static boolean mainStep(int likelihood, RiskMatrix matrix) {
        return likelihood * 2 > matrix.levels();
    }

    /** Numbers as runs: 2, 4, 6–8. */
    static String ranges(List<Integer> numbers) {
        List<String> runs = new ArrayList<>();
        int i = 0;
        while (i < numbers.size()) {
            int j = i;
            while (j + 1 < numbers.size() && numbers.get(j + 1) == numbers.get(j) + 1) {
                j++;
            }
            runs.add(i == j ? String.valueOf(numbers.get(i)) : numbers.get(i) + "–" + numbers.get(j));
            i = j + 1;
        }
        return String.join(", ", runs);
    }

    /**
     * The number of the plan item a measure is carried out by, from its name as the register gives
     * it ("1.3 โครงการ…"): the measure's own words say what it is, the number where to find it.
     */
    static String itemNumber(String planItemName) {
        int space = planItemName.indexOf(' ');
        return space < 0 ? planItemName : planItemName.substring(0, space);
    }

    /** Who carries a measure out: the unit it is linked to, else the unit the document named. */
    static String unit(RiskView.Measure measure, RiskView risk) {
        if (measure.unitName() != null) {
            return measure.unitName();
        }
        return measure.unitText() != null ? measure.unitText() : risk.unitName();
    }
}
