package org.sujarit.survey;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.sujarit.shared.RuleViolation;

/**
 * The questions of one version of a survey or test, in their sections. Built by the author, frozen
 * once answered (a change then makes a new version). {@link #check()} holds the rules a
 * questionnaire must keep to be answerable.
 */
public record Questionnaire(List<Section> sections) {

    private static final Pattern KEY = Pattern.compile("[a-z0-9_-]{1,24}");
    static final int MAX_QUESTIONS = 200;
    static final int MAX_CHOICES = 30;
    static final int MAX_TEXT = 1000;

    public Questionnaire {
        sections = List.copyOf(sections);
    }

    public List<Question> questions() {
        return sections.stream().flatMap(s -> s.questions().stream()).toList();
    }

    public Optional<Question> question(String key) {
        return questions().stream().filter(q -> q.key().equals(key)).findFirst();
    }

    /** A test: some question has correct answers. */
    public boolean marked() {
        return questions().stream().anyMatch(Question::marked);
    }

    public int maxPoints() {
        return questions().stream().filter(Question::marked).mapToInt(Question::points).sum();
    }

    /** Whether the question is asked, given the answers to the questions before it. */
    public boolean asked(Question question, Map<String, Answer> answers) {
        if (question.shownIf() == null) {
            return true;
        }
        Answer earlier = answers.get(question.shownIf().question());
        return earlier != null && earlier.choices().stream().anyMatch(question.shownIf().choices()::contains);
    }

    /** The points the answers earn: a question's points when its chosen answers are exactly its correct ones. */
    public int points(Map<String, Answer> answers) {
        int points = 0;
        for (Question q : questions()) {
            Answer answer = answers.get(q.key());
            if (q.marked() && answer != null && answer.choices().stream().sorted().toList()
                    .equals(q.correct().stream().sorted().toList())) {
                points += q.points();
            }
        }
        return points;
    }

    /** Refuses a questionnaire that cannot be answered as written: {@link #checkDraft()}, and at least one question. */
    public Questionnaire check() {
        if (questions().isEmpty()) {
            throw new RuleViolation("questions", "survey.question.none");
        }
        return checkDraft();
    }

    /**
     * The rules a questionnaire keeps while its author is still writing it (a survey in draft): every
     * rule of {@link #check()} but having a question, so that a survey can be made before its questions.
     */
    public Questionnaire checkDraft() {
        List<Question> questions = questions();
        if (questions.size() > MAX_QUESTIONS) {
            throw new RuleViolation("questions", "survey.question.tooMany");
        }
        for (Section section : sections) {
            if (section.th().length() > MAX_TEXT || (section.en() != null && section.en().length() > MAX_TEXT)) {
                throw new RuleViolation("sections", "survey.text.tooLong");
            }
        }
        Map<String, Question> before = new HashMap<>();
        for (Question q : questions) {
            check(q, before);
            before.put(q.key(), q);
        }
        return this;
    }

    private static void check(Question q, Map<String, Question> before) {
        String field = "q." + q.key();
        if (q.key() == null || !KEY.matcher(q.key()).matches()) {
            throw new RuleViolation("questions", "survey.question.key");
        }
        if (before.containsKey(q.key())) {
            throw new RuleViolation(field, "survey.question.duplicateKey");
        }
        if (q.th().isEmpty()) {
            throw new RuleViolation(field, "survey.question.textRequired");
        }
        if (q.th().length() > MAX_TEXT || (q.en() != null && q.en().length() > MAX_TEXT)) {
            throw new RuleViolation(field, "survey.text.tooLong");
        }
        if ((q.type() == QuestionType.SINGLE || q.type() == QuestionType.MULTIPLE)
                && (q.choices().size() < 2 || q.choices().size() > MAX_CHOICES
                    || q.choices().stream().anyMatch(c -> c.th().isEmpty() || c.th().length() > 200))) {
            throw new RuleViolation(field, "survey.question.choices");
        }
        if (q.type() == QuestionType.NUMBER && q.min() != null && q.max() != null && q.min().compareTo(q.max()) > 0) {
            throw new RuleViolation(field, "survey.question.range");
        }
        if (q.shownIf() != null) {
            Question earlier = before.get(q.shownIf().question());
            if (earlier == null || !earlier.type().choosing() || q.shownIf().choices().isEmpty()
                    || q.shownIf().choices().stream().anyMatch(c -> c < 0 || c >= earlier.options().size())) {
                throw new RuleViolation(field, "survey.question.shownIf");
            }
        }
        if (q.marked()) {
            boolean oneAnswer = q.type() != QuestionType.MULTIPLE;
            if (!q.type().choosing() || (oneAnswer && q.correct().size() != 1)
                    || q.correct().stream().anyMatch(c -> c < 0 || c >= q.options().size())
                    || q.correct().stream().distinct().count() != q.correct().size()) {
                throw new RuleViolation(field, "survey.question.correct");
            }
            if (q.points() < 1 || q.points() > 100) {
                throw new RuleViolation(field, "survey.question.points");
            }
        }
        if (q.groups() && q.type() != QuestionType.SINGLE) {
            throw new RuleViolation(field, "survey.question.groups");
        }
    }
}
