package org.sujarit.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sujarit.survey.Questionnaires.*;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sujarit.shared.RuleViolation;

/** The rules of a questionnaire and of reading a respondent's answers against it. */
class QuestionnaireTest {

    @Test
    void aQuestionShownOnlyAfterAnEarlierAnswerMustPointToAnEarlierChoiceQuestion() {
        informationCentre().check();
        Questionnaire forward = new Questionnaire(List.of(new Section("ส่วน", null, List.of(
                text("why", "ทำไม", new Question.ShownIf("staff", List.of(3))), likert("staff", "สุภาพ")))));
        assertThatThrownBy(forward::check).isInstanceOf(RuleViolation.class).hasMessageContaining("survey.question.shownIf");
        Questionnaire outOfScale = new Questionnaire(List.of(new Section("ส่วน", null, List.of(
                likert("staff", "สุภาพ"), text("why", "ทำไม", new Question.ShownIf("staff", List.of(5)))))));
        assertThatThrownBy(outOfScale::check).hasMessageContaining("survey.question.shownIf");
    }

    @Test
    void keysAreUniqueChoicesAreAtLeastTwoAndAMarkedSingleChoiceHasOneCorrectAnswer() {
        assertThatThrownBy(() -> new Questionnaire(List.of(new Section("ส่วน", null, List.of(likert("a", "x"), likert("a", "y")))))
                .check()).hasMessageContaining("survey.question.duplicateKey");
        assertThatThrownBy(() -> new Questionnaire(List.of(new Section("ส่วน", null, List.of(single("a", "x", false, "เดียว")))))
                .check()).hasMessageContaining("survey.question.choices");
        Question twoCorrect = new Question("t", QuestionType.SINGLE, "x", null, true,
                List.of(new Choice("ก", null), new Choice("ข", null)), null, null, null, List.of(0, 1), 1, false);
        assertThatThrownBy(() -> new Questionnaire(List.of(new Section("ส่วน", null, List.of(twoCorrect)))).check())
                .hasMessageContaining("survey.question.correct");
        assertThatThrownBy(() -> new Questionnaire(List.of()).check()).hasMessageContaining("survey.question.none");
    }

    @Test
    void aQuestionnaireBeingWrittenMayHaveNoQuestionYetButKeepsEveryOtherRule() {
        Questionnaire empty = new Questionnaire(List.of(new Section("ส่วนที่ ๑", null, List.of())));
        assertThat(empty.checkDraft()).isSameAs(empty);
        assertThatThrownBy(empty::check).hasMessageContaining("survey.question.none");
        assertThatThrownBy(() -> new Questionnaire(List.of(new Section("ส่วน", null, List.of(single("a", "x", false, "เดียว")))))
                .checkDraft()).hasMessageContaining("survey.question.choices");
    }

    @Test
    void answersAreCheckedOnTheServerAndAnswersToQuestionsNotAskedAreDropped() {
        Questionnaire q = informationCentre();
        AnswerSheet bad = AnswerSheet.read(q, Map.of("a.type", List.of("7"), "a.age", List.of("๑๕๐"),
                "a.speed", List.of("0", "1")));
        assertThat(bad.problems()).containsEntry("type", "survey.answer.choice").containsEntry("age", "survey.answer.range")
                .containsEntry("speed", "survey.answer.choice").containsEntry("staff", "survey.answer.required");

        AnswerSheet happy = AnswerSheet.read(q, Map.of("a.type", List.of("0"), "a.age", List.of("๔๒"),
                "a.speed", List.of("0"), "a.staff", List.of("1"), "a.why", List.of("ไม่ควรถูกเก็บ")));
        assertThat(happy.valid()).isTrue();
        assertThat(happy.answers()).doesNotContainKey("why");
        assertThat(happy.answers().get("age").number()).isEqualByComparingTo("42");

        AnswerSheet unhappy = AnswerSheet.read(q, Map.of("a.type", List.of("0"), "a.speed", List.of("4"),
                "a.staff", List.of("4"), "a.why", List.of("x".repeat(2001))));
        assertThat(unhappy.problems()).containsOnlyKeys("why").containsEntry("why", "survey.answer.tooLong");
    }

    @Test
    void aTestEarnsAQuestionsPointsOnlyForExactlyItsCorrectAnswers() {
        Questionnaire test = conflictTest();
        assertThat(test.maxPoints()).isEqualTo(100);
        assertThat(test.points(Map.of("t1", Answer.chose(0), "t2", Answer.chose(1)))).isEqualTo(100);
        assertThat(test.points(Map.of("t1", Answer.chose(0), "t2", Answer.chose(0)))).isEqualTo(50);
    }
}
