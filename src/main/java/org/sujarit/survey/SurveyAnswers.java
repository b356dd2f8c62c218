package org.sujarit.survey;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A survey's answers one response at a time, for the officer's files: the day, the channel, a
 * test's score and the chosen options or numbers — never a text answer, which is for the officer's
 * eyes on the results page only. An answer to a sub-group question whose group has fewer than
 * {@link Results#SMALLEST_GROUP} responses in the period is given as {@link #MERGED}, as the results
 * merge it; a staff survey below its minimum number of answers gives no response at all.
 */
@Service
public class SurveyAnswers {

    /** The place given for an answer whose sub-group is too small to name (as {@link Results.Group#option()}). */
    public static final int MERGED = -1;

    /** One response: its version, day and channel, a test's score, and its answers by question key. */
    public record Response(int version, LocalDate day, Survey.Channel channel, BigDecimal score, Boolean passed,
                           Map<String, Answer> answers) {
    }

    /**
     * @param withheld  a staff survey below its minimum: {@code responses} is empty
     * @param questions the questions with a column, every version's (the current one's first), text
     *                  questions left out
     */
    public record Sheet(boolean withheld, long respondents, List<Question> questions, List<Response> responses) {
    }

    private record Row(UUID response, int version, LocalDate day, Survey.Channel channel, BigDecimal score,
                       Boolean passed, String key, Integer choice, BigDecimal number) {
    }

    private final JdbcClient jdbc;
    private final SurveyRepository surveys;

    SurveyAnswers(JdbcClient jdbc, SurveyRepository surveys) {
        this.jdbc = jdbc;
        this.surveys = surveys;
    }

    @Transactional(readOnly = true)
    public Sheet of(Survey survey, SurveyResults.Period period) {
        List<Row> rows = jdbc.sql("""
                select r.id, r.version, r.answered_on, r.channel, r.score, r.passed, a.question_key, a.choice, a.number
                from survey_response r
                left join survey_answer a on a.response_id = r.id and a.text is null
                where r.tenant_id = ? and r.survey_id = ? and r.answered_on between ? and ?
                order by r.answered_on, r.id""")
                .params(survey.tenant().value(), survey.id(), period.fromDate(), period.toDate())
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getInt(2), rs.getDate(3).toLocalDate(),
                        Survey.Channel.valueOf(rs.getString(4)), rs.getBigDecimal(5), (Boolean) rs.getObject(6),
                        rs.getString(7), (Integer) rs.getObject(8), rs.getBigDecimal(9)))
                .list();
        Map<UUID, Response> responses = new LinkedHashMap<>();
        for (Row row : rows) {
            Response response = responses.computeIfAbsent(row.response(), id -> new Response(row.version(), row.day(),
                    row.channel(), row.score(), row.passed(), new HashMap<>()));
            if (row.key() != null) {
                response.answers().merge(row.key(), new Answer(row.choice() == null ? List.of() : List.of(row.choice()),
                        row.number(), null), SurveyAnswers::together);
            }
        }
        List<Question> questions = questions(survey);
        if (survey.audience() == Survey.Audience.STAFF && responses.size() < survey.minAnswers()) {
            return new Sheet(true, responses.size(), questions, List.of());
        }
        List<Response> kept = new ArrayList<>(responses.values());
        questions.stream().filter(Question::groups).forEach(q -> mergeSmallGroups(q.key(), kept));
        return new Sheet(false, kept.size(), questions, List.copyOf(kept));
    }

    /** The first day with an answer, for choosing among fiscal years. */
    @Transactional(readOnly = true)
    public Optional<LocalDate> firstDay(Survey survey) {
        return jdbc.sql("select min(answered_on) from survey_response where tenant_id = ? and survey_id = ?")
                .params(survey.tenant().value(), survey.id()).query(Date.class).optional().map(Date::toLocalDate);
    }

    /** Every question of every version, by key, the current version's first; text questions have no column. */
    private List<Question> questions(Survey survey) {
        Map<String, Question> byKey = new LinkedHashMap<>();
        for (int version = survey.version(); version >= 1; version--) {
            surveys.questions(survey.tenant(), survey.id(), version).questions().stream()
                    .filter(q -> !q.type().isText()).forEach(q -> byKey.putIfAbsent(q.key(), q));
        }
        return List.copyOf(byKey.values());
    }

    private static void mergeSmallGroups(String key, List<Response> responses) {
        Map<Integer, Long> sizes = responses.stream().map(r -> r.answers().get(key))
                .filter(a -> a != null && a.choices().size() == 1)
                .collect(Collectors.groupingBy(a -> a.choices().get(0), Collectors.counting()));
        Set<Integer> small = sizes.entrySet().stream().filter(e -> e.getValue() < Results.SMALLEST_GROUP)
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        for (Response r : responses) {
            Answer answer = r.answers().get(key);
            if (answer != null && answer.choices().size() == 1 && small.contains(answer.choices().get(0))) {
                r.answers().put(key, Answer.chose(MERGED));
            }
        }
    }

    private static Answer together(Answer one, Answer other) {
        List<Integer> choices = new ArrayList<>(one.choices());
        choices.addAll(other.choices());
        return new Answer(choices, one.number() != null ? one.number() : other.number(), null);
    }
}
