package org.sujarit.survey.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.sujarit.survey.Question;
import org.sujarit.survey.Results;
import org.sujarit.survey.Survey;

/**
 * A survey's results as the console and the portal show them: each question numbered as the
 * questionnaire numbers it, with a bar chart of its shares; the free-text answers only where the
 * officer's page asked for them (the portal leaves text questions out altogether). A question that
 * splits the respondents into sub-groups shows no count of its own: its groups are shown as
 * sub-groups, those under five merged.
 */
record ResultsPage(Survey survey, Results results, List<QuestionView> questions, boolean english) {

    /** The most free-text answers of one question the officer's page lists. */
    static final int TEXTS_SHOWN = 200;

    /** @param texts the free-text answers, for the officer; {@code null} on a question that is not text */
    record QuestionView(int number, Results.QuestionResult result, Chart chart, List<String> texts) {

        /** Whether there may be more texts than the page lists. */
        public boolean textsCut() {
            return texts != null && texts.size() >= TEXTS_SHOWN;
        }
    }

    /** @param texts a text question's answers, or {@code null} where they are not shown (the question is left out) */
    static ResultsPage of(Survey survey, Results results, boolean english, Function<Question, List<String>> texts) {
        List<QuestionView> questions = new ArrayList<>();
        int number = 0;
        for (Results.QuestionResult r : results.questions()) {
            number++;
            Question q = r.question();
            if (q.type().isText()) {
                if (texts != null) {
                    questions.add(new QuestionView(number, r, null, texts.apply(q)));
                }
                continue;
            }
            Chart chart = r.options().isEmpty() || r.answered() == 0 || q.groups() ? null
                    : Chart.of("chart-" + q.key(), q.options().stream().map(c -> c.text(english)).toList(), r.options());
            questions.add(new QuestionView(number, r, chart, null));
        }
        return new ResultsPage(survey, results, questions, english);
    }

    /** An option's text, or {@code null} for the merged small groups. */
    public String option(Question question, int place) {
        return place < 0 || place >= question.options().size() ? null : question.options().get(place).text(english);
    }
}
