package org.sujarit.survey;

import java.math.BigDecimal;
import java.util.List;

/** Small questionnaires for the tests, built the way an author would. */
final class Questionnaires {

    private Questionnaires() {
    }

    static Question single(String key, String text, boolean groups, String... choices) {
        return new Question(key, QuestionType.SINGLE, text, null, true,
                java.util.Arrays.stream(choices).map(c -> new Choice(c, null)).toList(), null, null, null, null, 0, groups);
    }

    static Question likert(String key, String text) {
        return new Question(key, QuestionType.LIKERT_5, text, null, true, null, null, null, null, null, 0, false);
    }

    static Question number(String key, String text, int min, int max) {
        return new Question(key, QuestionType.NUMBER, text, null, false, null, BigDecimal.valueOf(min),
                BigDecimal.valueOf(max), null, null, 0, false);
    }

    static Question text(String key, String text, Question.ShownIf shownIf) {
        return new Question(key, QuestionType.LONG_TEXT, text, null, false, null, null, null, shownIf, null, 0, false);
    }

    static Question marked(String key, String text, int correct, int points, String... choices) {
        return new Question(key, QuestionType.SINGLE, text, null, true,
                java.util.Arrays.stream(choices).map(c -> new Choice(c, null)).toList(), null, null, null,
                List.of(correct), points, false);
    }

    /** The information centre's satisfaction survey, short: who answers, two scales, an age, a comment when unhappy. */
    static Questionnaire informationCentre() {
        return new Questionnaire(List.of(
                new Section("ข้อมูลผู้ตอบ", "About you", List.of(
                        single("type", "ท่านเป็น", true, "ประชาชนในพื้นที่", "ผู้ประกอบการ", "หน่วยงานอื่น"),
                        number("age", "อายุ (ปี)", 15, 100))),
                new Section("ความพึงพอใจ", "Satisfaction", List.of(
                        likert("speed", "ความรวดเร็วในการให้บริการ"),
                        likert("staff", "ความสุภาพของเจ้าหน้าที่"),
                        text("why", "สิ่งที่ควรปรับปรุง", new Question.ShownIf("staff", List.of(3, 4)))))));
    }

    static Questionnaire conflictTest() {
        return new Questionnaire(List.of(new Section("แบบทดสอบ", null, List.of(
                marked("t1", "ผลประโยชน์ทับซ้อนคืออะไร", 0, 50, "ประโยชน์ส่วนตนขัดกับส่วนรวม", "ผลกำไร"),
                marked("t2", "รับของขวัญได้ไม่เกินเท่าใด", 1, 50, "๕,๐๐๐ บาท", "๓,๐๐๐ บาท", "ไม่จำกัด")))));
    }
}
