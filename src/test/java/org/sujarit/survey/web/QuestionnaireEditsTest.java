package org.sujarit.survey.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sujarit.shared.RuleViolation;
import org.sujarit.survey.Choice;
import org.sujarit.survey.Question;
import org.sujarit.survey.QuestionType;
import org.sujarit.survey.Questionnaire;
import org.sujarit.survey.Section;
import org.sujarit.survey.SurveyNotFound;

/** The editor's edits of a questionnaire, each a whole new questionnaire. */
class QuestionnaireEditsTest {

    private static final Question WHO = new Question("q1", QuestionType.SINGLE, "ท่านเป็น", null, true,
            List.of(new Choice("ประชาชน", null), new Choice("ผู้ประกอบการ", null)), null, null, null, null, 0, false);
    private static final Question WHY = new Question("q2", QuestionType.LONG_TEXT, "เพราะอะไร", null, false, null, null,
            null, new Question.ShownIf("q1", List.of(1)), null, 0, false);
    private static final Question HOW = new Question("q3", QuestionType.LIKERT_5, "พอใจเพียงใด", null, true, null, null,
            null, null, null, 0, false);

    private static final Questionnaire TWO_PARTS = new Questionnaire(List.of(
            new Section("ส่วนที่หนึ่ง", null, List.of(WHO, WHY)), new Section("ส่วนที่สอง", null, List.of(HOW))));

    @Test
    void aQuestionMovedPastTheEndOfItsSectionGoesIntoTheNextOneAndStaysAtTheVeryEnds() {
        Questionnaire down = QuestionnaireEdits.move(TWO_PARTS, "q2", 1);
        assertThat(down.sections().get(0).questions()).containsExactly(WHO);
        assertThat(down.sections().get(1).questions()).containsExactly(WHY, HOW);
        Questionnaire up = QuestionnaireEdits.move(TWO_PARTS, "q3", -1);
        assertThat(up.sections().get(0).questions()).containsExactly(WHO, WHY, HOW);
        assertThat(QuestionnaireEdits.move(TWO_PARTS, "q1", -1)).isEqualTo(TWO_PARTS);
        assertThat(QuestionnaireEdits.move(TWO_PARTS, "q3", 1)).isEqualTo(TWO_PARTS);
        assertThatThrownBy(() -> QuestionnaireEdits.move(TWO_PARTS, "q9", 1)).isInstanceOf(SurveyNotFound.class);
    }

    @Test
    void aQuestionGivenANewKeyTakesTheQuestionsShownAfterItAlongAndOneOthersFollowIsNotDeleted() {
        Question multiple = new Question("q4", QuestionType.MULTIPLE, WHO.th(), null, true, WHO.choices(), null, null, null,
                null, 0, false);
        Questionnaire replaced = QuestionnaireEdits.replace(TWO_PARTS, "q1", multiple).check();
        assertThat(replaced.question("q2").orElseThrow().shownIf()).isEqualTo(new Question.ShownIf("q4", List.of(1)));
        assertThatThrownBy(() -> QuestionnaireEdits.delete(TWO_PARTS, "q1")).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("survey.builder.shownAfter");
        assertThat(QuestionnaireEdits.delete(TWO_PARTS, "q2").questions()).containsExactly(WHO, HOW);
    }

    @Test
    void onlyAnEmptySectionIsDeletedAndSectionsMoveWithTheirQuestions() {
        assertThatThrownBy(() -> QuestionnaireEdits.deleteSection(TWO_PARTS, 1)).hasMessageContaining("survey.builder.sectionNotEmpty");
        Questionnaire three = QuestionnaireEdits.addSection(TWO_PARTS, "ส่วนที่สาม", "Part three");
        assertThat(QuestionnaireEdits.deleteSection(three, 2)).isEqualTo(TWO_PARTS);
        Questionnaire swapped = QuestionnaireEdits.moveSection(TWO_PARTS, 1, -1);
        assertThat(swapped.questions()).containsExactly(HOW, WHO, WHY);
        assertThat(QuestionnaireEdits.renameSection(TWO_PARTS, 0, "ผู้ตอบ", null).sections().get(0).th()).isEqualTo("ผู้ตอบ");
        assertThat(QuestionnaireEdits.before(TWO_PARTS, 0)).containsExactly(WHO, WHY);
        assertThat(QuestionnaireEdits.before(TWO_PARTS, "q3")).containsExactly(WHO, WHY);
        assertThatThrownBy(() -> QuestionnaireEdits.renameSection(TWO_PARTS, 5, "x", null)).isInstanceOf(SurveyNotFound.class);
    }

    @Test
    void answersWouldBeReadWronglyOnlyWhenAChoiceLeavesItsPlaceOrTheTypeChanges() {
        Question before = single("เดิน", "รถ", "เรือ");
        assertThat(QuestionnaireEdits.rereadsAnswers(before, single("เดิน", "รถ", "เรือ", "เครื่องบิน"))).as("added at the end").isFalse();
        assertThat(QuestionnaireEdits.rereadsAnswers(before, single("รถ", "เดิน", "เรือ"))).as("moved").isTrue();
        assertThat(QuestionnaireEdits.rereadsAnswers(before, single("เดิน", "เรือ"))).as("removed").isTrue();
        assertThat(QuestionnaireEdits.rereadsAnswers(before, single("เดินเท้า", "รถ", "เรือ"))).as("reworded").isTrue();
        Question multiple = new Question("q1", QuestionType.MULTIPLE, "มาอย่างไร", null, true, before.choices(), null, null,
                null, null, 0, false);
        assertThat(QuestionnaireEdits.rereadsAnswers(before, multiple)).as("another type").isTrue();
        assertThat(QuestionnaireEdits.withKey(before, "q9").key()).isEqualTo("q9");
    }

    private static Question single(String... choices) {
        return new Question("q1", QuestionType.SINGLE, "มาอย่างไร", null, true,
                java.util.Arrays.stream(choices).map(c -> new Choice(c, null)).toList(), null, null, null, null, 0, false);
    }
}
