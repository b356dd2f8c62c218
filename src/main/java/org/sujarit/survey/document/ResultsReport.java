package org.sujarit.survey.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.sujarit.infrastructure.document.Block;
import org.sujarit.infrastructure.document.Section;
import org.sujarit.infrastructure.document.Table;
import org.sujarit.infrastructure.document.Table.Cell;
import org.sujarit.infrastructure.document.Table.Row;
import org.sujarit.shared.NumeralStyle;
import org.sujarit.survey.Question;
import org.sujarit.survey.QuestionType;
import org.sujarit.survey.Results;
import org.sujarit.survey.Survey;

/**
 * The report of a survey's results (รายงานผลการสำรวจ), every text final so that the template only
 * places it: who answered, the share satisfied, a test's pass share and gain, each question's
 * options with their counts and shares, and the sub-groups with the small ones merged. Free-text
 * answers are never in it; a staff survey below its minimum says only that.
 */
record ResultsReport(NumeralStyle numerals, List<String> title, String asOf, List<Section> sections) {

    static ResultsReport of(Survey survey, Results results, String organisation, String period, String asOf, NumeralStyle w) {
        List<String> title = List.of("รายงานผล" + ResultWords.kind(survey), w.apply(survey.titleTh()), w.apply(organisation));
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(w.apply("1. ผู้ตอบ"), respondents(survey, results, period, w)));
        if (!results.withheld() && results.respondents() > 0) {
            int[] tables = {0};
            int part = 2;
            if (results.test() != null) {
                sections.add(new Section(w.apply(part++ + ". ผลการทดสอบ"), test(survey, results.test(), w)));
            }
            sections.add(new Section(w.apply(part++ + ". ผลรายข้อ"), questions(results, w, tables)));
            if (!results.groups().isEmpty()) {
                sections.add(new Section(w.apply(part + ". ผลจำแนกตามกลุ่มผู้ตอบ"), groups(survey, results, w, tables)));
            }
        }
        return new ResultsReport(w, title, w.apply(asOf), sections);
    }

    private static List<Block> respondents(Survey survey, Results r, String period, NumeralStyle w) {
        if (r.withheld()) {
            return List.of(Block.paragraph(w.apply(ResultWords.withheld(survey))));
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.paragraph(w.apply("ผลนี้รวมคำตอบ" + period + " มีผู้ตอบทั้งสิ้น " + r.respondents() + " คน")));
        if (r.byVersion().size() > 1) {
            r.byVersion().forEach(v -> blocks.add(Block.item(w.apply("ฉบับที่ " + v.version() + ": " + v.respondents() + " คน"))));
        }
        if (r.satisfied() != null && r.satisfied().of() > 0) {
            blocks.add(Block.paragraph(w.apply("ความพึงพอใจโดยรวม ตอบในระดับพึงพอใจ–พึงพอใจมาก (สองระดับสูงสุด) "
                    + r.satisfied().count() + " จาก " + r.satisfied().of() + " คำตอบ คิดเป็นร้อยละ "
                    + ResultWords.percent(r.satisfied()))));
        }
        return blocks;
    }

    private static List<Block> test(Survey survey, Results.TestResult t, NumeralStyle w) {
        StringBuilder text = new StringBuilder("ผ่านเกณฑ์ (ร้อยละ " + ResultWords.number(survey.passMark()) + " ขึ้นไป) "
                + t.passed().count() + " จาก " + t.passed().of() + " คน คิดเป็นร้อยละ " + ResultWords.percent(t.passed()));
        if (t.meanPercent() != null) {
            text.append(" คะแนนเฉลี่ยร้อยละ ").append(t.meanPercent().toPlainString());
        }
        List<Block> blocks = new ArrayList<>(List.of(Block.paragraph(w.apply(text.toString()))));
        if (t.preMeanPercent() != null) {
            blocks.add(Block.paragraph(w.apply("คะแนนเฉลี่ยก่อนการอบรม (แบบทดสอบก่อน) ร้อยละ " + t.preMeanPercent().toPlainString()
                    + (t.gain() == null ? "" : " คะแนนเฉลี่ยเพิ่มขึ้น " + signed(t.gain()) + " จุดร้อยละ"))));
        }
        return blocks;
    }

    private static List<Block> questions(Results r, NumeralStyle w, int[] tables) {
        List<Block> blocks = new ArrayList<>();
        int number = 0;
        for (Results.QuestionResult q : r.questions()) {
            number++;
            if (q.question().type().isText()) {
                continue;
            }
            blocks.add(Block.subheading(w.apply("ข้อ " + number + " " + q.question().th())));
            if (q.question().groups()) {
                blocks.add(Block.paragraph("ผลของข้อนี้แสดงในหัวข้อผลจำแนกตามกลุ่มผู้ตอบ"));
            } else if (!q.options().isEmpty() && q.answered() > 0) {
                blocks.add(Block.table(options(q, w, w.apply("ตารางที่ " + ++tables[0] + " คำตอบข้อ " + number))));
            }
            blocks.add(Block.paragraph(w.apply(summary(q))));
        }
        return blocks;
    }

    private static Table options(Results.QuestionResult q, NumeralStyle w, String caption) {
        List<Row> rows = new ArrayList<>();
        for (int place = 0; place < q.options().size(); place++) {
            Results.Share share = q.options().get(place);
            rows.add(Row.of(Cell.text(w.apply(q.question().options().get(place).th())), count(w, share.count()),
                    percent(w, share)));
        }
        return new Table(caption, Table.widths(60, 20, 20), Table.heads("คำตอบ", "จำนวน (คน)", "ร้อยละ"), rows);
    }

    /** One line under a question: how many answered, and its mean or share satisfied where it has one. */
    static String summary(Results.QuestionResult q) {
        Question question = q.question();
        StringBuilder text = new StringBuilder("ผู้ตอบข้อนี้ " + q.answered() + " คน");
        if (question.type() == QuestionType.MULTIPLE) {
            text.append(" (เลือกได้มากกว่าหนึ่งคำตอบ ร้อยละคิดจากผู้ตอบข้อนี้)");
        }
        if (q.mean() != null && question.type().isScale()) {
            text.append(" ค่าเฉลี่ย ").append(q.mean().toPlainString()).append(" จาก ").append(question.options().size());
        } else if (q.mean() != null) {
            text.append(" ค่าเฉลี่ย ").append(q.mean().toPlainString()).append(" ต่ำสุด ").append(ResultWords.number(q.min()))
                    .append(" สูงสุด ").append(ResultWords.number(q.max()));
        }
        if (q.satisfied() != null && q.satisfied().of() > 0) {
            text.append(" พึงพอใจ–พึงพอใจมาก ร้อยละ ").append(ResultWords.percent(q.satisfied()));
        }
        return text.toString();
    }

    private static List<Block> groups(Survey survey, Results r, NumeralStyle w, int[] tables) {
        List<Block> blocks = new ArrayList<>(List.of(Block.paragraph(w.apply("แสดงเฉพาะกลุ่มที่มีผู้ตอบตั้งแต่ "
                + Results.SMALLEST_GROUP + " คนขึ้นไป กลุ่มที่มีผู้ตอบน้อยกว่า " + Results.SMALLEST_GROUP
                + " คนรวมไว้ด้วยกัน และไม่แสดงตัวเลขเมื่อรวมกันแล้วยังน้อยกว่า " + Results.SMALLEST_GROUP + " คน"))));
        for (Results.Grouping g : r.groups()) {
            List<String> heads = new ArrayList<>(List.of("กลุ่ม", "ผู้ตอบ (คน)", "พึงพอใจ–พึงพอใจมาก (ร้อยละ)"));
            if (survey.test()) {
                heads.addAll(List.of("ผ่านเกณฑ์ (ร้อยละ)", "คะแนนเฉลี่ย (ร้อยละ)"));
            }
            List<Row> rows = new ArrayList<>();
            g.groups().forEach(group -> rows.add(groupRow(survey, group, ResultWords.option(g.question(), group.option()), w)));
            if (g.small() != null) {
                rows.add(groupRow(survey, g.small(), "กลุ่มที่มีผู้ตอบน้อยกว่า 5 คน (รวมกัน)", w));
            }
            List<Integer> widths = survey.test() ? Table.widths(36, 16, 16, 16, 16) : Table.widths(50, 20, 30);
            blocks.add(Block.subheading(w.apply("จำแนกตาม" + g.question().th())));
            blocks.add(Block.table(new Table(w.apply("ตารางที่ " + ++tables[0] + " ผลจำแนกตาม" + g.question().th()), widths,
                    Table.heads(heads), rows)));
        }
        return blocks;
    }

    private static Row groupRow(Survey survey, Results.Group group, String label, NumeralStyle w) {
        List<Cell> cells = new ArrayList<>();
        cells.add(Cell.text(w.apply(label)));
        cells.add(group.shown() ? count(w, group.respondents()) : Cell.centred(w.apply(ResultWords.FEWER_THAN_FIVE)));
        cells.add(percent(w, group.satisfied()));
        if (survey.test()) {
            cells.add(percent(w, group.passed()));
            cells.add(group.meanPercent() == null ? Cell.centred("–")
                    : Cell.number(group.meanPercent(), w.apply(group.meanPercent().toPlainString()), "0.00"));
        }
        return Row.of(cells);
    }

    static Cell count(NumeralStyle w, long n) {
        return Cell.number(n, w.apply(n), "0");
    }

    static Cell percent(NumeralStyle w, Results.Share share) {
        if (share == null || share.of() == 0) {
            return Cell.centred("–");
        }
        return Cell.number(share.percent(), w.apply(share.percent().toPlainString()), "0.00");
    }

    private static String signed(BigDecimal gain) {
        return (gain.signum() > 0 ? "+" : "") + gain.toPlainString();
    }
}
