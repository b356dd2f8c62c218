package org.sujarit.survey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sujarit.shared.ThaiDigits;

/**
 * A respondent's form read against the questionnaire: every answer checked on the server (a choice
 * the question does not offer, a number out of its range, a text over its limit, a required
 * question left empty) and the answers to questions not asked dropped. The problems name the
 * question, so the page comes back with them beside what was typed.
 *
 * @param answers  the answers of the questions asked and answered
 * @param problems question key → message key, empty when the sheet can be kept
 */
public record AnswerSheet(Map<String, Answer> answers, Map<String, String> problems) {

    /** The form field that carries a question's answer. */
    public static String field(Question question) {
        return "a." + question.key();
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    /** Reads the submitted fields ({@code a.<key>} → the values sent) against the questionnaire. */
    public static AnswerSheet read(Questionnaire questionnaire, Map<String, List<String>> form) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        Map<String, String> problems = new LinkedHashMap<>();
        for (Question q : questionnaire.questions()) {
            if (!questionnaire.asked(q, answers)) {
                continue;
            }
            List<String> sent = form.getOrDefault(field(q), List.of()).stream()
                    .map(v -> v == null ? "" : v.strip()).filter(v -> !v.isEmpty()).toList();
            if (sent.isEmpty()) {
                if (q.required()) {
                    problems.put(q.key(), "survey.answer.required");
                }
                continue;
            }
            try {
                answers.put(q.key(), read(q, sent));
            } catch (Refused refused) {
                problems.put(q.key(), refused.getMessage());
            }
        }
        return new AnswerSheet(answers, problems);
    }

    private static Answer read(Question q, List<String> sent) {
        if (q.type().choosing()) {
            if (q.type() != QuestionType.MULTIPLE && sent.size() > 1) {
                throw new Refused("survey.answer.choice");
            }
            List<Integer> places = new ArrayList<>();
            for (String value : sent) {
                int place = place(value, q.options().size());
                if (places.contains(place)) {
                    throw new Refused("survey.answer.choice");
                }
                places.add(place);
            }
            return new Answer(places, null, null);
        }
        if (sent.size() > 1) {
            throw new Refused("survey.answer.one");
        }
        String value = sent.get(0);
        if (q.type() == QuestionType.NUMBER) {
            BigDecimal number = number(value);
            if ((q.min() != null && number.compareTo(q.min()) < 0) || (q.max() != null && number.compareTo(q.max()) > 0)) {
                throw new Refused("survey.answer.range");
            }
            return Answer.number(number);
        }
        if (value.length() > q.type().maxLength()) {
            throw new Refused("survey.answer.tooLong");
        }
        return Answer.text(value);
    }

    private static int place(String value, int options) {
        try {
            int place = Integer.parseInt(ThaiDigits.toArabic(value));
            if (place < 0 || place >= options) {
                throw new Refused("survey.answer.choice");
            }
            return place;
        } catch (NumberFormatException e) {
            throw new Refused("survey.answer.choice");
        }
    }

    private static BigDecimal number(String value) {
        String plain = ThaiDigits.toArabic(value).replace(",", "").replace(" ", "");
        if (plain.length() > 20) {
            throw new Refused("survey.answer.number");
        }
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            throw new Refused("survey.answer.number");
        }
    }

    private static final class Refused extends RuntimeException {
        Refused(String messageKey) {
            super(messageKey, null, false, false);
        }
    }
}
