package org.sujarit.survey;

import java.math.BigDecimal;
import java.util.List;

/**
 * One question of a questionnaire.
 *
 * @param key      its name within the questionnaire ({@code q1} …), kept across versions when the
 *                 question itself is kept, so that versions can be compared
 * @param choices  the author's choices for single and multiple choice; a scale's levels come from
 *                 its type
 * @param min      the smallest number a number question takes ({@code null}: no bound)
 * @param max      the largest
 * @param shownIf  asked only when an earlier question was answered with one of the given choices
 * @param correct  a test's correct choices (places in {@link #options()}); empty on a survey
 * @param points   what a correct answer earns on a test
 * @param groups   its answer splits the results into sub-groups (a unit, a respondent type)
 */
public record Question(String key, QuestionType type, String th, String en, Boolean required, List<Choice> choices,
                       BigDecimal min, BigDecimal max, ShownIf shownIf, List<Integer> correct, Integer points,
                       Boolean groups) {

    /** Asked only when question {@code question} was answered with one of {@code choices}. */
    public record ShownIf(String question, List<Integer> choices) {

        public ShownIf {
            choices = List.copyOf(choices);
        }
    }

    /** The flags and points may be left out of a template or a data file: not required, no points, no groups. */
    public Question {
        required = required != null && required;
        points = points == null ? 0 : points;
        groups = groups != null && groups;
        th = th == null ? "" : th.strip();
        en = en == null || en.isBlank() ? null : en.strip();
        choices = type.isScale() || choices == null ? List.of() : List.copyOf(choices);
        correct = correct == null ? List.of() : List.copyOf(correct);
    }

    /** What the respondent picks from: the author's choices or the scale's levels. */
    public List<Choice> options() {
        return type.isScale() ? type.scale() : choices;
    }

    public String text(boolean english) {
        return english && en != null ? en : th;
    }

    /** Marked on a test: it has correct answers. */
    public boolean marked() {
        return !correct.isEmpty();
    }

    /**
     * The value of a level of a scale, for means: 5 … 1 counted from the bottom. The "satisfied"
     * levels are the top two (พึงพอใจ–พึงพอใจมาก), the way the plan's "ร้อยละ ๘๐" targets are read.
     */
    public int levelValue(int place) {
        return options().size() - place;
    }

    public boolean satisfied(int place) {
        return type.isScale() && place < 2;
    }
}
