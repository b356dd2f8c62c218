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
import org.sujarit.risk.RiskTypes.Band;
import org.sujarit.risk.RiskTypes.ControlQuality;
import org.sujarit.risk.RiskTypes.FactorKind;
import org.sujarit.risk.RiskView;
import org.sujarit.shared.NumeralStyle;

/**
 * Steps 1–5 of the seed's method as sections of the assessment report, each with the seed's
 * definitions and its table: 1 the risks by factor kind, 2 by traffic light, 3 the matrix score
 * with tables 3.1 and 3.2 on the assessment's own axes, 4 the control quality and the residual
 * rating, 5 the risk management plan (on landscape pages). Every risk is a row, grouped by its
 * process; a table that leaves risks out says which.
 */
final class AssessmentSteps {

    static final String NUMBER = "ที่";
    static final String EVENT = "โอกาส/ความเสี่ยงการทุจริต";

    private final RiskMatrix matrix;
    private final NumeralStyle digits;
    private final List<RiskView> risks;

    AssessmentSteps(AssessmentView assessment, NumeralStyle digits) {
        this.matrix = assessment.matrix();
        this.digits = digits;
        this.risks = assessment.risks();
    }

    List<Section> sections() {
        return List.of(identification(), status(), scoring(), control(), plan());
    }

    private Section identification() {
        List<List<Head>> head = List.of(
                List.of(new Head(NUMBER, 2, 1), new Head(EVENT, 2, 1), new Head("ประเภทความเสี่ยงการทุจริต", 1, 2)),
                List.of(Head.of("Known Factor (เคยเกิดขึ้นแล้ว)"), Head.of("Unknown Factor (ยังไม่เคยเกิดขึ้น)")));
        Table table = new Table("ตารางที่ " + digits.apply(1) + " ตารางระบุความเสี่ยง (Known Factor และ Unknown Factor)",
                Table.widths(7, 53, 20, 20), head, byProcess(risk -> cells(risk,
                        RiskCells.mark(risk.factorKind() == FactorKind.KNOWN, null),
                        RiskCells.mark(risk.factorKind() == FactorKind.UNKNOWN, null))));
        return new Section(step(1), List.of(Block.table(table)));
    }

    private Section status() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.paragraph("ความหมายของสถานะความเสี่ยงตามสีไฟจราจร มีรายละเอียดดังนี้"));
        RiskCells.LIGHTS.forEach(light -> blocks.add(Block.item("สถานะสี" + Labels.light(light) + " : "
                + Labels.lightMeaning(light))));
        List<String> titles = new ArrayList<>(List.of(NUMBER, EVENT));
        RiskCells.LIGHTS.forEach(light -> titles.add(Labels.light(light)));
        blocks.add(Block.table(new Table("ตารางที่ " + digits.apply(2) + " ตารางแสดงสถานะความเสี่ยง (แยกตามสีไฟจราจร)",
                Table.widths(7, 57, 9, 9, 9, 9), Table.heads(titles),
                byProcess(risk -> RiskCells.withLights(cells(risk), risk)))));
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
                byProcess(rated, risk -> cells(risk, RiskCells.number(risk.likelihood(), digits),
                        RiskCells.number(risk.impact(), digits), RiskCells.number(risk.score(), digits),
                        Cell.centred(Labels.band(risk.band()))), unrated))));

        blocks.add(Block.table(new Table("ตารางที่ " + digits.apply("3.1 ") + likelihood.th(),
                Table.widths(7, 53, 20, 20), Table.heads(NUMBER, EVENT, Labels.MUST, Labels.SHOULD),
                byProcess(rated, risk -> {
                    boolean must = mainStep(risk.likelihood());
                    return cells(risk, Cell.centred(must ? digits.apply(risk.likelihood()) : ""),
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
                Table.heads(titles), byProcess(rated, risk -> {
                    List<Cell> cells = cells(risk);
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
                Table.widths(7, 41, 13, 13, 13, 13), head, byProcess(assessed, risk -> cells(risk,
                        Cell.centred(Labels.quality(risk.controlQuality())),
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
                Table.heads(titles), rows);
    }

    private Section plan() {
        List<Row> rows = new ArrayList<>();
        for (RiskView risk : risks) {
            List<Cell> first = cells(risk, Cell.text(digits.apply(risk.process())),
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
                String item = measure.planItemName() == null ? ""
                        : "(ดำเนินการผ่านแผน ข้อ " + digits.apply(AssessmentReport.itemNumber(measure.planItemName())) + ")";
                cells.add(Cell.lines(List.of(digits.apply(measure.measure()), item)));
                cells.add(Cell.text(digits.apply(measure.periodText())));
                cells.add(Cell.text(digits.apply(AssessmentReport.unit(measure, risk))));
                rows.add(Row.of(cells));
            }
        }
        Table table = new Table("ตารางที่ " + digits.apply(5) + " แผนบริหารความเสี่ยง",
                Table.widths(4, 17, 12, 14, 32, 10, 11),
                Table.heads(NUMBER, "ความเสี่ยง", "กระบวนการ", "รูปแบบพฤติการณ์ความเสี่ยงการทุจริต",
                        "มาตรการดำเนินการป้องกันการทุจริต", "ระยะเวลาดำเนินการ", "ผู้รับผิดชอบ"),
                AssessmentReport.orNone(rows));
        return new Section(step(5), List.of(Block.table(table)), true);
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
        return byProcess(risk -> true, cells, AssessmentReport.NO_RISKS);
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
        String numbers = digits.apply("ความเสี่ยงลำดับที่ " + AssessmentReport.ranges(positions));
        return List.of(Block.paragraph(numbers + " " + why));
    }

    /** A row's first cells, the risk's number and event, then the table's own. */
    private List<Cell> cells(RiskView risk, Cell... more) {
        List<Cell> cells = new ArrayList<>(List.of(RiskCells.position(risk, digits), RiskCells.event(risk, digits)));
        cells.addAll(List.of(more));
        return cells;
    }

    private String step(int number) {
        return digits.apply(number + ". " + Labels.STEPS.get(number - 1));
    }
}
