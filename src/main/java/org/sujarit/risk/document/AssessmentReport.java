package org.sujarit.risk.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

import org.sujarit.infrastructure.document.Block;
import org.sujarit.infrastructure.document.Section;
import org.sujarit.infrastructure.document.Table;
import org.sujarit.infrastructure.document.Table.Cell;
import org.sujarit.infrastructure.document.Table.Head;
import org.sujarit.infrastructure.document.Table.Row;
import org.sujarit.risk.AssessmentView;
import org.sujarit.risk.RiskMatrix;
import org.sujarit.risk.RiskMatrix.Axis;
import org.sujarit.risk.RiskMatrix.BandLimit;
import org.sujarit.risk.RiskMatrix.Level;
import org.sujarit.risk.RiskTypes.Area;
import org.sujarit.risk.RiskTypes.Band;
import org.sujarit.risk.RiskTypes.ControlQuality;
import org.sujarit.risk.RiskTypes.FactorKind;
import org.sujarit.risk.RiskTypes.TrafficLight;
import org.sujarit.risk.RiskView;
import org.sujarit.shared.NumeralStyle;

/**
 * Part 1 of the seed for one fiscal year, made from the register: the scope and the nine steps,
 * then steps 1–5 with the seed's definitions and tables 1–5 (every risk a row, grouped by its
 * process), the summary of all risks by colour and the table of measures. The report is public:
 * it never holds internal notes (a factor's evidence, existing controls, monitoring).
 */
record AssessmentReport(NumeralStyle numerals, List<String> title, List<Section> sections) {

    static final String EVENT = "โอกาส/ความเสี่ยงการทุจริต";
    static final String NUMBER = "ที่";
    static final String SUMMARY = "ผลการประเมินความเสี่ยงการทุจริตและประพฤติมิชอบ";
    static final String NO_RISKS = "ยังไม่มีความเสี่ยงในการประเมินนี้";
    static final List<TrafficLight> LIGHTS = List.of(TrafficLight.GREEN, TrafficLight.YELLOW, TrafficLight.ORANGE,
            TrafficLight.RED);

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

        private final RiskMatrix matrix;
        private final String organisation;
        private final NumeralStyle digits;
        private final List<RiskView> risks;

        Builder(AssessmentView assessment, String organisation, NumeralStyle digits) {
            this.matrix = assessment.matrix();
            this.organisation = organisation;
            this.digits = digits;
            this.risks = assessment.risks();
        }

        List<Section> sections() {
            return List.of(scope(), method(), identification(), status(), scoring(), control(),
                    plan(), summary(), measures());
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

        private Section identification() {
            List<List<Head>> head = List.of(
                    List.of(new Head(NUMBER, 2, 1), new Head(EVENT, 2, 1), new Head("ประเภทความเสี่ยงการทุจริต", 1, 2)),
                    List.of(Head.of("Known Factor (เคยเกิดขึ้นแล้ว)"), Head.of("Unknown Factor (ยังไม่เคยเกิดขึ้น)")));
            Table table = new Table("ตารางที่ " + digits.apply(1) + " ตารางระบุความเสี่ยง (Known Factor และ Unknown Factor)",
                    Table.widths(7, 53, 20, 20), head, byProcess(risk -> List.of(number(risk), event(risk),
                            RiskCells.mark(risk.factorKind() == FactorKind.KNOWN, null),
                            RiskCells.mark(risk.factorKind() == FactorKind.UNKNOWN, null))));
            return new Section(step(1), List.of(Block.table(table)));
        }

        private Section status() {
            List<Block> blocks = new ArrayList<>();
            blocks.add(Block.paragraph("ความหมายของสถานะความเสี่ยงตามสีไฟจราจร มีรายละเอียดดังนี้"));
            LIGHTS.forEach(light -> blocks.add(Block.item("สถานะสี" + Labels.light(light) + " : " + Labels.lightMeaning(light))));
            List<String> titles = new ArrayList<>(List.of(NUMBER, EVENT));
            LIGHTS.forEach(light -> titles.add(Labels.light(light)));
            blocks.add(Block.table(new Table("ตารางที่ " + digits.apply(2) + " ตารางแสดงสถานะความเสี่ยง (แยกตามสีไฟจราจร)",
                    Table.widths(7, 57, 9, 9, 9, 9), Table.heads(titles.toArray(String[]::new)),
                    byProcess(risk -> withLights(List.of(number(risk), event(risk)), risk)))));
            return new Section(step(2), blocks);
        }

        private Section scoring() {
            Axis likelihood = matrix.definition().likelihood();
            Axis impact = matrix.definition().impact();
            List<Block> blocks = new ArrayList<>();
            blocks.add(Block.subheading(digits.apply("3.1 ") + likelihood.th()));
            levels(likelihood).forEach(blocks::add);
            blocks.add(Block.subheading(digits.apply("3.2 ") + impact.th()));
            levels(impact).forEach(blocks::add);

            Predicate<RiskView> rated = RiskView::rated;
            String unrated = "ยังไม่มีความเสี่ยงที่ให้คะแนนตามเมทริกซ์";
            String range = digits.apply(" (1–" + matrix.levels() + ")");
            blocks.add(Block.table(new Table("ตารางที่ " + digits.apply(3) + " SCORING ทะเบียนข้อมูลที่ต้องเฝ้าระวัง "
                    + digits.apply(2) + " มิติ", Table.widths(7, 37, 17, 17, 12, 10),
                    Table.heads(NUMBER, EVENT, likelihood.th() + range, impact.th() + range,
                            "ค่าความเสี่ยงรวม (" + likelihood.th() + " × " + impact.th() + ")", "ระดับความเสี่ยง"),
                    byProcess(rated, risk -> List.of(number(risk), event(risk), RiskCells.number(risk.likelihood(), digits),
                            RiskCells.number(risk.impact(), digits), RiskCells.number(risk.score(), digits),
                            Cell.centred(Labels.band(risk.band()))), unrated))));

            blocks.add(Block.table(new Table("ตารางที่ " + digits.apply("3.1 ") + likelihood.th(),
                    Table.widths(7, 53, 20, 20), Table.heads(NUMBER, EVENT, Labels.MUST, Labels.SHOULD),
                    byProcess(rated, risk -> {
                        boolean must = mainStep(risk.likelihood());
                        return List.of(number(risk), event(risk), Cell.centred(must ? digits.apply(risk.likelihood()) : ""),
                                Cell.centred(must ? "" : digits.apply(risk.likelihood())));
                    }, unrated))));

            int levels = matrix.levels();
            int levelWidth = 40 / levels;
            List<Integer> widths = new ArrayList<>(List.of(7, 93 - levelWidth * levels));
            List<String> titles = new ArrayList<>(List.of(NUMBER, EVENT));
            for (int level = 1; level <= levels; level++) {
                widths.add(levelWidth);
                titles.add(digits.apply(level));
            }
            blocks.add(Block.table(new Table("ตารางที่ " + digits.apply("3.2 ") + impact.th(), widths,
                    Table.heads(titles.toArray(String[]::new)), byProcess(rated, risk -> {
                        List<Cell> cells = new ArrayList<>(List.of(number(risk), event(risk)));
                        for (int level = 1; level <= levels; level++) {
                            cells.add(RiskCells.mark(Objects.equals(risk.impact(), level), null));
                        }
                        return cells;
                    }, unrated))));
            blocks.addAll(leftOut(rated, digits.apply("ยังไม่ได้ให้คะแนนตามเมทริกซ์ จึงไม่แสดงในตารางที่ 3 3.1 และ 3.2")));
            return new Section(step(3), blocks);
        }

        private Section control() {
            List<Block> blocks = new ArrayList<>();
            blocks.add(Block.paragraph(digits.apply("ระดับการควบคุมความเสี่ยงการทุจริต แบ่งเป็น 3 ระดับ ดังนี้")));
            for (ControlQuality quality : ControlQuality.values()) {
                blocks.add(Block.item(Labels.quality(quality) + " : " + Labels.qualityMeaning(quality)));
            }
            blocks.add(Block.paragraph("ค่าประเมินการควบคุมความเสี่ยงการทุจริต พิจารณาจากระดับของค่าความเสี่ยงรวม"
                    + "ร่วมกับคุณภาพการจัดการ ดังนี้"));
            blocks.add(Block.table(residualTable()));
            Predicate<RiskView> assessed = risk -> risk.controlQuality() != null;
            List<List<Head>> head = List.of(
                    List.of(new Head(NUMBER, 2, 1), new Head(EVENT, 2, 1), new Head("คุณภาพการจัดการ", 2, 1),
                            new Head("ค่าประเมินการควบคุมความเสี่ยงการทุจริต", 1, 3)),
                    List.of(Head.of("ค่าความเสี่ยงระดับต่ำ"), Head.of("ค่าความเสี่ยงระดับปานกลาง"),
                            Head.of("ค่าความเสี่ยงระดับสูง")));
            blocks.add(Block.table(new Table("ตารางที่ " + digits.apply(4) + " ตารางแสดงการประเมินการควบคุมความเสี่ยง",
                    Table.widths(7, 41, 13, 13, 13, 13), head, byProcess(assessed, risk -> List.of(number(risk),
                            event(risk), Cell.centred(Labels.quality(risk.controlQuality())),
                            RiskCells.mark(risk.residual() == Band.LOW, null),
                            RiskCells.mark(risk.residual() == Band.MEDIUM, null),
                            RiskCells.mark(risk.residual() == Band.HIGH, null)),
                            "ยังไม่มีความเสี่ยงที่ประเมินการควบคุมแล้ว"))));
            blocks.addAll(leftOut(assessed, digits.apply("ยังไม่ได้ประเมินการควบคุม จึงไม่แสดงในตารางที่ 4")));
            return new Section(step(4) + " (Risk-Control Matrix Assessment)", blocks);
        }

        /** The matrix's residual table: control quality × the band of the score. */
        private Table residualTable() {
            List<String> titles = new ArrayList<>(List.of("คุณภาพการจัดการ"));
            int from = 1;
            for (BandLimit limit : matrix.definition().bands()) {
                int to = Math.min(limit.max(), matrix.levels() * matrix.levels());
                String scores = from == to ? String.valueOf(from) : from + "–" + to;
                titles.add(digits.apply("ค่าความเสี่ยงรวม " + scores) + " (ระดับ" + Labels.band(limit.band()) + ")");
                from = to + 1;
            }
            List<Row> rows = new ArrayList<>();
            for (ControlQuality quality : ControlQuality.values()) {
                List<Cell> cells = new ArrayList<>(List.of(Cell.centred(Labels.quality(quality))));
                matrix.definition().bands().forEach(limit -> cells.add(Cell.centred(
                        "ระดับ" + Labels.band(matrix.definition().residual().get(quality).get(limit.band())))));
                rows.add(Row.of(cells));
            }
            int bands = matrix.definition().bands().size();
            List<Integer> widths = new ArrayList<>(List.of(100 - 25 * bands));
            for (int i = 0; i < bands; i++) {
                widths.add(25);
            }
            return new Table("เกณฑ์ค่าประเมินการควบคุมความเสี่ยงการทุจริต", widths,
                    Table.heads(titles.toArray(String[]::new)), rows);
        }

        private Section plan() {
            List<Row> rows = new ArrayList<>();
            for (RiskView risk : risks) {
                List<Cell> first = List.of(number(risk), event(risk), Cell.text(digits.apply(risk.process())),
                        Cell.text(digits.apply(risk.behaviour())));
                List<RiskView.Measure> measures = risk.measures();
                if (measures.isEmpty()) {
                    List<Cell> cells = new ArrayList<>(first);
                    cells.addAll(List.of(Cell.text("ยังไม่มีมาตรการ"), Cell.text(null), Cell.text(digits.apply(risk.unitName()))));
                    rows.add(Row.of(cells));
                    continue;
                }
                for (int i = 0; i < measures.size(); i++) {
                    RiskView.Measure measure = measures.get(i);
                    List<Cell> cells = new ArrayList<>();
                    if (i == 0) {
                        first.forEach(cell -> cells.add(cell.spanning(measures.size())));
                    }
                    cells.add(Cell.lines(List.of(digits.apply(measure.measure()), measure.planItemName() == null ? ""
                            : "(ดำเนินการผ่านแผน ข้อ " + digits.apply(itemNumber(measure.planItemName())) + ")")));
                    cells.add(Cell.text(digits.apply(measure.periodText())));
                    cells.add(Cell.text(digits.apply(unit(measure, risk))));
                    rows.add(Row.of(cells));
                }
            }
            Table table = new Table("ตารางที่ " + digits.apply(5) + " แผนบริหารความเสี่ยง",
                    Table.widths(4, 17, 12, 14, 32, 10, 11),
                    Table.heads(NUMBER, "ความเสี่ยง", "กระบวนการ", "รูปแบบพฤติการณ์ความเสี่ยงการทุจริต",
                            "มาตรการดำเนินการป้องกันการทุจริต", "ระยะเวลาดำเนินการ", "ผู้รับผิดชอบ"), orNone(rows));
            return new Section(step(5), List.of(Block.table(table)), true);
        }

        private Section summary() {
            List<Block> blocks = new ArrayList<>();
            blocks.add(Block.paragraph(organisation + " ได้แสดงผลการประเมินความเสี่ยง ของการดำเนินงานหรือการปฏิบัติหน้าที่"
                    + "ที่อาจก่อให้เกิดการทุจริตและประพฤติมิชอบ หรือก่อให้เกิดการขัดกันระหว่างผลประโยชน์ส่วนตน"
                    + "กับผลประโยชน์ส่วนรวมของหน่วยงาน โดยมีรายละเอียด ดังนี้"));
            List<String> titles = new ArrayList<>(List.of("ลำดับ", "โอกาส/ความเสี่ยงการทุจริตและประพฤติมิชอบ"));
            LIGHTS.forEach(light -> titles.add(Labels.light(light)));
            List<Row> rows = risks.stream().map(risk -> Row.of(withLights(List.of(number(risk), event(risk)), risk))).toList();
            blocks.add(Block.table(new Table(SUMMARY,
                    Table.widths(9, 55, 9, 9, 9, 9), Table.heads(titles.toArray(String[]::new)), orNone(rows))));
            LIGHTS.forEach(light -> blocks.add(Block.item("สถานะสี" + Labels.light(light) + " คือ " + Labels.lightInBrief(light))));
            return new Section("ผลการประเมินความเสี่ยงการทุจริต", blocks);
        }

        private Section measures() {
            List<Block> blocks = new ArrayList<>();
            blocks.add(Block.paragraph(organisation + " ดำเนินการจัดทำมาตรการ/กิจกรรม เป็นแนวทางเพื่อป้องกันการทุจริต"
                    + "และประพฤติมิชอบ ดังนี้"));
            List<Row> rows = risks.stream().map(risk -> Row.of(
                    RiskCells.lines(List.of(digits.apply(risk.position()), Labels.light(risk.trafficLight())),
                            risk.trafficLight()),
                    event(risk), Cell.text(digits.apply(risk.riskFactors())),
                    Cell.lines(risk.measures().stream().map(m -> "- " + digits.apply(m.measure())).toList()))).toList();
            blocks.add(Block.table(new Table("มาตรการป้องกันการทุจริตตามเหตุการณ์ความเสี่ยง",
                    Table.widths(11, 28, 28, 33), Table.heads("ลำดับ/ระดับสี", "เหตุการณ์ความเสี่ยงที่อาจเกิดขึ้น",
                            "ปัจจัยเสี่ยงที่อาจมีผลกระทบ/กระตุ้นให้เกิดการทุจริต", "มาตรการป้องกันเพื่อไม่ให้เกิดการทุจริต"),
                    orNone(rows))));
            return new Section("มาตรการป้องกันการทุจริต", blocks);
        }

        /** A level's meaning, highest first as the seed lists them. */
        private List<Block> levels(Axis axis) {
            List<Level> levels = new ArrayList<>(axis.levels());
            levels.sort((a, b) -> Integer.compare(b.value(), a.value()));
            return levels.stream().map(level -> Block.item(digits.apply("ระดับ " + level.value()) + " หมายถึง "
                    + digits.apply(level.th()))).toList();
        }

        private boolean mainStep(int likelihood) {
            return AssessmentReport.mainStep(likelihood, matrix);
        }

        /** Every risk as a row, under a heading for each run of the same process when any risk names one. */
        private List<Row> byProcess(Function<RiskView, List<Cell>> cells) {
            return byProcess(risk -> true, cells, NO_RISKS);
        }

        /** The risks a table shows, as {@link #byProcess(Function)} lays them out. */
        private List<Row> byProcess(Predicate<RiskView> shown, Function<RiskView, List<Cell>> cells, String none) {
            boolean grouped = risks.stream().anyMatch(risk -> risk.process() != null && !risk.process().isBlank());
            List<Row> rows = new ArrayList<>();
            String current = null;
            for (RiskView risk : risks.stream().filter(shown).toList()) {
                String process = risk.process() == null || risk.process().isBlank() ? "" : risk.process();
                if (grouped && (rows.isEmpty() || !process.equals(current))) {
                    rows.add(Row.group("กระบวนการ/งาน: " + (process.isEmpty() ? "ไม่ได้ระบุ" : digits.apply(process))));
                }
                current = process;
                rows.add(Row.of(cells.apply(risk)));
            }
            return rows.isEmpty() ? List.of(Row.group(none)) : rows;
        }

        /**
         * Which risks a table leaves out and why, by their numbers ("ความเสี่ยงลำดับที่ 2–12 …"),
         * or nothing when it shows them all.
         */
        private List<Block> leftOut(Predicate<RiskView> shown, String why) {
            List<Integer> positions = risks.stream().filter(shown.negate()).map(RiskView::position).toList();
            if (positions.isEmpty()) {
                return List.of();
            }
            return List.of(Block.paragraph(digits.apply("ความเสี่ยงลำดับที่ " + ranges(positions)) + " " + why));
        }

        private static List<Row> orNone(List<Row> rows) {
            return rows.isEmpty() ? List.of(Row.group(NO_RISKS)) : rows;
        }

        private List<Cell> withLights(List<Cell> leading, RiskView risk) {
            List<Cell> cells = new ArrayList<>(leading);
            LIGHTS.forEach(light -> cells.add(RiskCells.mark(risk.trafficLight() == light, light)));
            return cells;
        }

        private String step(int number) {
            return digits.apply(number + ". " + Labels.STEPS.get(number - 1));
        }

        private Cell number(RiskView risk) {
            return Cell.centred(digits.apply(risk.position()));
        }

        private Cell event(RiskView risk) {
            return Cell.text(digits.apply(risk.event()));
        }
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
