package org.sujarit.survey.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.sujarit.survey.AnswerSheet;
import org.sujarit.survey.Question;
import org.sujarit.survey.Questionnaire;

/**
 * A questionnaire as the respondent's page shows it, with what they typed and the problems found:
 * the same for the public link, the preview, a paper questionnaire typed in and a staff invitation.
 *
 * @param typed    field → the values sent ({@code a.<key>}), so the page comes back as it was
 * @param problems question key → message key
 * @param numbers  question key → its number in the whole questionnaire (1, 2 …)
 */
public record Sheet(Questionnaire questions, Map<String, List<String>> typed, Map<String, String> problems,
                    Map<String, Integer> numbers) {

    /** An empty sheet, as first shown. */
    public static Sheet blank(Questionnaire questions) {
        return new Sheet(questions, Map.of(), Map.of(), numbers(questions));
    }

    /** The sheet again with what was sent, refused before its answers were read (too many, no proof of work). */
    public static Sheet kept(Questionnaire questions, Map<String, List<String>> typed) {
        return new Sheet(questions, typed, Map.of(), numbers(questions));
    }

    /** The sheet again with what was sent and what was wrong with it. */
    public static Sheet returned(Questionnaire questions, Map<String, List<String>> typed, AnswerSheet read) {
        return new Sheet(questions, typed, read.problems(), numbers(questions));
    }

    /** The answer fields of a request, and nothing else of it. */
    public static Map<String, List<String>> fields(HttpServletRequest request) {
        Map<String, List<String>> fields = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (name.startsWith("a.") && name.length() <= 40 && values.length <= 40) {
                fields.put(name, List.of(values));
            }
        });
        return fields;
    }

    public boolean chosen(Question q, int place) {
        return typed.getOrDefault(AnswerSheet.field(q), List.of()).contains(Integer.toString(place));
    }

    public String text(Question q) {
        List<String> values = typed.getOrDefault(AnswerSheet.field(q), List.of());
        return values.isEmpty() ? "" : values.get(0);
    }

    public String field(Question q) {
        return AnswerSheet.field(q);
    }

    public String problem(Question q) {
        return problems.get(q.key());
    }

    /** "speed:3,4": the question and choices a conditional question waits for, for the page's script. */
    public String shownIf(Question q) {
        if (q.shownIf() == null) {
            return null;
        }
        return q.shownIf().question() + ":" + String.join(",", q.shownIf().choices().stream().map(String::valueOf).toList());
    }

    /** The number of the earlier question a conditional question waits for, to name it in the hint. */
    public Integer conditionNumber(Question q) {
        return q.shownIf() == null ? null : numbers.get(q.shownIf().question());
    }

    /** The answers of that earlier question it waits for: "น้อย / น้อยที่สุด". */
    public String conditionAnswers(Question q, boolean english) {
        Question earlier = q.shownIf() == null ? null : questions.question(q.shownIf().question()).orElse(null);
        if (earlier == null) {
            return "";
        }
        return String.join(" / ", q.shownIf().choices().stream().map(place -> earlier.options().get(place).text(english)).toList());
    }

    public int count() {
        return numbers.size();
    }

    private static Map<String, Integer> numbers(Questionnaire questions) {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        questions.questions().forEach(q -> numbers.put(q.key(), numbers.size() + 1));
        return numbers;
    }
}
