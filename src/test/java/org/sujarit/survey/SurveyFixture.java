package org.sujarit.survey;

import java.util.List;

/** Questionnaires other packages' tests need (the isolation test's survey of tenant A). */
public final class SurveyFixture {

    private SurveyFixture() {
    }

    /** One required scale ({@code speed}) and an optional comment ({@code why}). */
    public static Questionnaire satisfaction() {
        return new Questionnaire(List.of(new Section("ความพึงพอใจ", null, List.of(
                Questionnaires.likert("speed", "ความรวดเร็วในการให้บริการ"),
                Questionnaires.text("why", "ข้อเสนอแนะ", null)))));
    }
}
