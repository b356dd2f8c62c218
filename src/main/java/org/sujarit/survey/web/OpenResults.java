package org.sujarit.survey.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.sujarit.survey.Question;
import org.sujarit.survey.Results;
import org.sujarit.survey.Survey;
import org.sujarit.survey.document.ResultWords;

/**
 * A published survey's results as open data (JSON, and the rows of its CSV): the figures of the
 * results page without any text answer, a sub-group under five never named and the merged small
 * groups without figures when even together they are under five; a staff survey below its minimum
 * has nothing but that.
 */
record OpenResults(String organisation, UUID survey, String title, String titleEn, String kind, String audience,
                   boolean withheld, int minimumAnswers, int smallestGroup, Long respondents, List<Version> byVersion,
                   Share satisfied, Test test, List<QuestionFigures> questions, List<Grouping> groups) {

    record Version(int version, long respondents) {
    }

    record Share(long count, long of, BigDecimal percent) {

        static Share of(Results.Share share) {
            return share == null || share.of() == 0 ? null : new Share(share.count(), share.of(), share.percent());
        }
    }

    record Test(BigDecimal passMark, Share passed, BigDecimal meanPercent, BigDecimal preTestMeanPercent, BigDecimal gain) {
    }

    record Option(String text, String textEn, long count, BigDecimal percent) {
    }

    record QuestionFigures(int number, String key, String type, String text, String textEn, long answered,
                           List<Option> options, BigDecimal mean, BigDecimal min, BigDecimal max, Share satisfied) {
    }

    /** A sub-group: {@code group} is null and {@code fewerThanFive} true for the merged small ones. */
    record Group(String group, String groupEn, boolean fewerThanFive, Long respondents, Share satisfied, Share passed,
                 BigDecimal meanPercent) {
    }

    record Grouping(String questionKey, String question, List<Group> groups) {
    }

    static OpenResults of(String organisation, Survey s, Results r) {
        if (r.withheld()) {
            return new OpenResults(organisation, s.id(), s.titleTh(), s.titleEn(), s.kind().name(), s.audience().name(), true,
                    s.minAnswers(), Results.SMALLEST_GROUP, null, List.of(), null, null, List.of(), List.of());
        }
        List<QuestionFigures> questions = new ArrayList<>();
        int number = 0;
        for (Results.QuestionResult q : r.questions()) {
            number++;
            if (!q.question().type().isText()) {
                questions.add(question(number, q));
            }
        }
        Results.TestResult t = r.test();
        return new OpenResults(organisation, s.id(), s.titleTh(), s.titleEn(), s.kind().name(), s.audience().name(), false,
                s.minAnswers(), Results.SMALLEST_GROUP, r.respondents(),
                r.byVersion().stream().map(v -> new Version(v.version(), v.respondents())).toList(), Share.of(r.satisfied()),
                t == null ? null : new Test(s.passMark(), Share.of(t.passed()), t.meanPercent(), t.preMeanPercent(), t.gain()),
                questions, r.groups().stream().map(OpenResults::grouping).toList());
    }

    private static QuestionFigures question(int number, Results.QuestionResult q) {
        Question question = q.question();
        List<Option> options = new ArrayList<>();
        for (int place = 0; place < q.options().size() && !question.groups(); place++) {
            Results.Share share = q.options().get(place);
            options.add(new Option(question.options().get(place).th(), question.options().get(place).en(), share.count(),
                    share.percent()));
        }
        return new QuestionFigures(number, question.key(), question.type().name(), question.th(), question.en(), q.answered(),
                options, q.mean(), q.min(), q.max(), Share.of(q.satisfied()));
    }

    private static Grouping grouping(Results.Grouping g) {
        List<Group> groups = new ArrayList<>();
        for (Results.Group group : g.groups()) {
            Question q = g.question();
            groups.add(new Group(q.options().get(group.option()).th(), q.options().get(group.option()).en(), false,
                    group.respondents(), Share.of(group.satisfied()), Share.of(group.passed()), group.meanPercent()));
        }
        if (g.small() != null) {
            Results.Group small = g.small();
            groups.add(small.shown() ? new Group(null, null, true, small.respondents(), Share.of(small.satisfied()),
                    Share.of(small.passed()), small.meanPercent()) : new Group(null, null, true, null, null, null, null));
        }
        return new Grouping(g.question().key(), g.question().th(), groups);
    }

    /** The rows of the CSV: a header, then the figures of each question's options, the sub-groups and the whole. */
    List<List<String>> rows() {
        if (withheld) {
            return List.of(List.of(ResultWords.WITHHELD.formatted(minimumAnswers)));
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("ส่วน", "ข้อ", "คำถามหรือตัวชี้วัด", "คำตอบหรือกลุ่ม", "จำนวน (คน)", "ร้อยละ", "ค่าเฉลี่ย",
                "พึงพอใจ–พึงพอใจมาก (ร้อยละ)"));
        rows.add(List.of("ภาพรวม", "", "ผู้ตอบทั้งหมด", "", String.valueOf(respondents), "", "", percent(satisfied)));
        if (test != null) {
            rows.add(List.of("แบบทดสอบ", "", "ผ่านเกณฑ์", "", test.passed() == null ? "" : String.valueOf(test.passed().count()),
                    percent(test.passed()), text(test.meanPercent()), ""));
            if (test.preTestMeanPercent() != null) {
                rows.add(List.of("แบบทดสอบ", "", "คะแนนเฉลี่ยก่อนการอบรม (ร้อยละ)", "", "", "", text(test.preTestMeanPercent()), ""));
                rows.add(List.of("แบบทดสอบ", "", "คะแนนเฉลี่ยที่เพิ่มขึ้น (จุดร้อยละ)", "", "", "", text(test.gain()), ""));
            }
        }
        for (QuestionFigures q : questions) {
            for (Option o : q.options()) {
                rows.add(List.of("คำถาม", String.valueOf(q.number()), q.text(), o.text(), String.valueOf(o.count()),
                        o.percent().toPlainString(), "", ""));
            }
            rows.add(List.of("คำถาม", String.valueOf(q.number()), q.text(), "ผู้ตอบข้อนี้", String.valueOf(q.answered()), "",
                    text(q.mean()), percent(q.satisfied())));
        }
        for (Grouping g : groups) {
            for (Group group : g.groups()) {
                rows.add(List.of("กลุ่มผู้ตอบ", "", g.question(),
                        group.fewerThanFive() ? "กลุ่มที่มีผู้ตอบ" + ResultWords.FEWER_THAN_FIVE + " คน (รวมกัน)" : group.group(),
                        group.respondents() == null ? ResultWords.FEWER_THAN_FIVE : String.valueOf(group.respondents()),
                        percent(group.passed()), text(group.meanPercent()), percent(group.satisfied())));
            }
        }
        return rows;
    }

    private static String percent(Share share) {
        return share == null ? "" : share.percent().toPlainString();
    }

    private static String text(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
