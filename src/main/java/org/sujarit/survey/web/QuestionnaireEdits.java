package org.sujarit.survey.web;

import java.util.ArrayList;
import java.util.List;

import org.sujarit.shared.RuleViolation;
import org.sujarit.survey.Question;
import org.sujarit.survey.Questionnaire;
import org.sujarit.survey.Section;
import org.sujarit.survey.SurveyNotFound;

/**
 * The author's edits of a questionnaire. Each gives the whole new questionnaire, which
 * {@code Surveys.revise} then checks and keeps (as a new version once the current one has answers).
 * A section or question the questionnaire does not have is not found.
 */
final class QuestionnaireEdits {

    private QuestionnaireEdits() {
    }

    static Questionnaire addSection(Questionnaire q, String th, String en) {
        List<Section> sections = new ArrayList<>(q.sections());
        sections.add(new Section(th, en, List.of()));
        return new Questionnaire(sections);
    }

    static Questionnaire renameSection(Questionnaire q, int index, String th, String en) {
        List<Section> sections = new ArrayList<>(q.sections());
        sections.set(index(q, index), new Section(th, en, sections.get(index).questions()));
        return new Questionnaire(sections);
    }

    /** Only an empty section goes: its questions are moved or deleted first, one by one, knowingly. */
    static Questionnaire deleteSection(Questionnaire q, int index) {
        if (!q.sections().get(index(q, index)).questions().isEmpty()) {
            throw new RuleViolation(null, "survey.builder.sectionNotEmpty");
        }
        List<Section> sections = new ArrayList<>(q.sections());
        sections.remove(index);
        return new Questionnaire(sections);
    }

    /** The section one place earlier ({@code step} −1) or later (+1); at either end it stays. */
    static Questionnaire moveSection(Questionnaire q, int index, int step) {
        List<Section> sections = new ArrayList<>(q.sections());
        int to = index(q, index) + step;
        if (to >= 0 && to < sections.size()) {
            sections.add(to, sections.remove(index));
        }
        return new Questionnaire(sections);
    }

    /** The question at the end of section {@code section}. */
    static Questionnaire add(Questionnaire q, int section, Question question) {
        List<List<Question>> parts = parts(q);
        parts.get(index(q, section)).add(question);
        return rebuild(q, parts);
    }

    /**
     * The question {@code key} replaced; when the new one has another key, the questions shown after
     * an answer to it follow it to its new key.
     */
    static Questionnaire replace(Questionnaire q, String key, Question question) {
        int[] at = place(q, key);
        List<List<Question>> parts = parts(q);
        parts.get(at[0]).set(at[1], question);
        if (!key.equals(question.key())) {
            parts.replaceAll(part -> part.stream().map(other -> other.shownIf() != null && other.shownIf().question().equals(key)
                    ? withShownIf(other, new Question.ShownIf(question.key(), other.shownIf().choices())) : other)
                    .collect(java.util.stream.Collectors.toCollection(ArrayList::new)));
        }
        return rebuild(q, parts);
    }

    /** A question that others are shown after is not deleted: their condition would point nowhere. */
    static Questionnaire delete(Questionnaire q, String key) {
        int[] at = place(q, key);
        if (q.questions().stream().anyMatch(other -> other.shownIf() != null && other.shownIf().question().equals(key))) {
            throw new RuleViolation(null, "survey.builder.shownAfter");
        }
        List<List<Question>> parts = parts(q);
        parts.get(at[0]).remove(at[1]);
        return rebuild(q, parts);
    }

    /**
     * The question one place up ({@code step} −1) or down (+1); from the top of a section up it goes
     * to the end of the section before, from the bottom down to the top of the next one.
     */
    static Questionnaire move(Questionnaire q, String key, int step) {
        int[] at = place(q, key);
        List<List<Question>> parts = parts(q);
        List<Question> part = parts.get(at[0]);
        int to = at[1] + step;
        if (to >= 0 && to < part.size()) {
            part.add(to, part.remove(at[1]));
        } else if (step < 0 && at[0] > 0) {
            parts.get(at[0] - 1).add(part.remove(at[1]));
        } else if (step > 0 && at[0] < parts.size() - 1) {
            parts.get(at[0] + 1).add(0, part.remove(at[1]));
        }
        return rebuild(q, parts);
    }

    /** The questions before the end of section {@code section}: those a new question there may be shown after. */
    static List<Question> before(Questionnaire q, int section) {
        return q.sections().subList(0, index(q, section) + 1).stream().flatMap(s -> s.questions().stream()).toList();
    }

    /** The questions before question {@code key}. */
    static List<Question> before(Questionnaire q, String key) {
        List<Question> all = q.questions();
        return all.subList(0, all.indexOf(q.question(key).orElseThrow(SurveyNotFound::new)));
    }

    static int sectionOf(Questionnaire q, String key) {
        return place(q, key)[0];
    }

    private static int index(Questionnaire q, int index) {
        if (index < 0 || index >= q.sections().size()) {
            throw new SurveyNotFound();
        }
        return index;
    }

    private static int[] place(Questionnaire q, String key) {
        for (int s = 0; s < q.sections().size(); s++) {
            List<Question> questions = q.sections().get(s).questions();
            for (int i = 0; i < questions.size(); i++) {
                if (questions.get(i).key().equals(key)) {
                    return new int[] {s, i};
                }
            }
        }
        throw new SurveyNotFound();
    }

    private static List<List<Question>> parts(Questionnaire q) {
        List<List<Question>> parts = new ArrayList<>();
        q.sections().forEach(s -> parts.add(new ArrayList<>(s.questions())));
        return parts;
    }

    private static Questionnaire rebuild(Questionnaire q, List<List<Question>> parts) {
        List<Section> sections = new ArrayList<>();
        for (int s = 0; s < parts.size(); s++) {
            Section old = q.sections().get(s);
            sections.add(new Section(old.th(), old.en(), parts.get(s)));
        }
        return new Questionnaire(sections);
    }

    /**
     * Whether answers given to {@code before} would be read wrongly as answers to {@code after}: another
     * type, or a choice no longer at its place (moved, removed or reworded — answers are kept as
     * places). Choices added at the end keep the earlier answers right.
     */
    static boolean rereadsAnswers(Question before, Question after) {
        if (before.type() != after.type() || after.choices().size() < before.choices().size()) {
            return true;
        }
        for (int place = 0; place < before.choices().size(); place++) {
            if (!before.choices().get(place).th().equals(after.choices().get(place).th())) {
                return true;
            }
        }
        return false;
    }

    static Question withKey(Question q, String key) {
        return new Question(key, q.type(), q.th(), q.en(), q.required(), q.choices(), q.min(), q.max(), q.shownIf(),
                q.correct(), q.points(), q.groups());
    }

    private static Question withShownIf(Question q, Question.ShownIf shownIf) {
        return new Question(q.key(), q.type(), q.th(), q.en(), q.required(), q.choices(), q.min(), q.max(), shownIf,
                q.correct(), q.points(), q.groups());
    }
}
