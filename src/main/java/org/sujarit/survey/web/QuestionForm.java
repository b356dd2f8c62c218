package org.sujarit.survey.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.validation.BindingResult;
import org.sujarit.survey.Choice;
import org.sujarit.survey.Question;
import org.sujarit.survey.QuestionType;

/**
 * A question as typed. Choices are one a line, "ข้อความไทย | English" with the English optional. A
 * test's correct answers are ticked by their Thai text, so that they stay with their choice when the
 * choices are reordered in the same save. {@code step} "options" asks for the form again, unsaved,
 * with the options of the question picked for "shown only when" and of the choices just typed —
 * the way to pick them without JavaScript.
 */
record QuestionForm(QuestionType type, String th, String en, Boolean required, String choices, String min, String max,
                    String shownIfQuestion, List<Integer> shownIfChoices, List<String> correct, String points,
                    Boolean groups, String step) {

    static final String OPTIONS = "options";

    static QuestionForm blank() {
        return new QuestionForm(QuestionType.LIKERT_5, null, null, true, null, null, null, null, List.of(), List.of(),
                "1", false, null);
    }

    static QuestionForm of(Question q) {
        return new QuestionForm(q.type(), q.th(), q.en(), q.required(),
                q.choices().stream().map(c -> c.en() == null ? c.th() : c.th() + " | " + c.en()).collect(Collectors.joining("\n")),
                plain(q.min()), plain(q.max()), q.shownIf() == null ? null : q.shownIf().question(),
                q.shownIf() == null ? List.of() : q.shownIf().choices(),
                q.correct().stream().map(place -> q.options().get(place).th()).toList(),
                String.valueOf(q.points() == 0 ? 1 : q.points()), q.groups(), null);
    }

    boolean refresh() {
        return OPTIONS.equals(step);
    }

    /** The choices typed, one a line, blank lines skipped. */
    List<Choice> typedChoices() {
        List<Choice> list = new ArrayList<>();
        if (choices != null) {
            for (String line : choices.split("\\R")) {
                int bar = line.indexOf('|');
                if (!line.isBlank()) {
                    list.add(bar < 0 ? new Choice(line, null) : new Choice(line.substring(0, bar), line.substring(bar + 1)));
                }
            }
        }
        return list;
    }

    /** What a respondent would pick from: the typed choices, or the scale's levels (public: the page lists them). */
    public List<Choice> options() {
        return type == null ? List.of() : type.isScale() ? type.scale() : type.choosing() ? typedChoices() : List.of();
    }

    public boolean ticked(Choice option) {
        return correct != null && correct.contains(option.th());
    }

    /**
     * The question under {@code key}, or {@code null} with what does not read rejected on its field.
     * Only what the type uses is kept: choices for single and multiple choice, bounds for a number,
     * correct answers and points on a test.
     */
    Question toQuestion(String key, boolean test, BindingResult binding) {
        if (type == null) {
            binding.rejectValue("type", "validation.required");
            return null;
        }
        boolean number = type == QuestionType.NUMBER;
        BigDecimal low = number ? SurveySettingsForm.number(binding, "min", min) : null;
        BigDecimal high = number ? SurveySettingsForm.number(binding, "max", max) : null;
        List<Choice> options = options();
        List<Integer> right = test && type.choosing()
                ? IntStream.range(0, options.size()).filter(i -> ticked(options.get(i))).boxed().toList() : List.of();
        BigDecimal worth = right.isEmpty() ? null : SurveySettingsForm.number(binding, "points", points);
        if (worth != null && worth.stripTrailingZeros().scale() > 0) {
            binding.rejectValue("points", "survey.question.points");
        }
        if (binding.hasErrors()) {
            return null;
        }
        Question.ShownIf shownIf = shownIfQuestion == null || shownIfQuestion.isBlank() ? null
                : new Question.ShownIf(shownIfQuestion.strip(),
                        shownIfChoices == null ? List.of() : shownIfChoices.stream().filter(Objects::nonNull).toList());
        boolean authored = type == QuestionType.SINGLE || type == QuestionType.MULTIPLE;
        return new Question(key, type, th, en, Boolean.TRUE.equals(required), authored ? typedChoices() : List.of(),
                low, high, shownIf, right, worth == null ? (right.isEmpty() ? 0 : 1) : worth.min(BigDecimal.valueOf(1000)).intValue(),
                Boolean.TRUE.equals(groups));
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
