package org.sujarit.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.shared.TenantId;

/**
 * Adds up a survey's answers, in PostgreSQL (a survey of 100,000 answers is counted, not loaded):
 * per question, overall, for a test, and per sub-group with the groups under five merged. A staff
 * survey below its minimum number of answers gives nothing but that number.
 */
@Service
public class SurveyResults {

    /** Answers from {@code from} to {@code to}, both included; {@code null} ends are open. */
    public record Period(LocalDate from, LocalDate to) {

        public static final Period ALL = new Period(null, null);

        Date fromDate() {
            return Date.valueOf(from == null ? LocalDate.of(1900, 1, 1) : from);
        }

        Date toDate() {
            return Date.valueOf(to == null ? LocalDate.of(9999, 12, 31) : to);
        }
    }

    private record Tally(String key, Integer choice, long count) {
    }

    private record Numbers(String key, long answered, BigDecimal mean, BigDecimal min, BigDecimal max) {
    }

    private record GroupRow(int option, long respondents, long passed, BigDecimal scoreSum, long satisfied, long scaleAnswers) {
    }

    private static final String IN_PERIOD = """
            join survey_response r on r.id = a.response_id and r.answered_on between ? and ?
            where a.tenant_id = ? and a.survey_id = ?""";

    private final JdbcClient jdbc;
    private final SurveyRepository surveys;

    SurveyResults(JdbcClient jdbc, SurveyRepository surveys) {
        this.jdbc = jdbc;
        this.surveys = surveys;
    }

    @Transactional(readOnly = true)
    public Results of(Survey survey, Period period) {
        Questionnaire questions = surveys.questions(survey.tenant(), survey.id(), survey.version());
        List<Results.VersionCount> versions = jdbc.sql("""
                select version, count(*) from survey_response
                where tenant_id = ? and survey_id = ? and answered_on between ? and ? group by version order by version""")
                .params(survey.tenant().value(), survey.id(), period.fromDate(), period.toDate())
                .query((rs, n) -> new Results.VersionCount(rs.getInt(1), rs.getLong(2))).list();
        long respondents = versions.stream().mapToLong(Results.VersionCount::respondents).sum();
        if (survey.audience() == Survey.Audience.STAFF && respondents < survey.minAnswers()) {
            return new Results(respondents, versions, true, List.of(), null, null, List.of());
        }
        Map<String, List<Tally>> tallies = new HashMap<>();
        jdbc.sql("select a.question_key, a.choice, count(*) from survey_answer a " + IN_PERIOD
                        + " and a.choice is not null group by a.question_key, a.choice")
                .params(period.fromDate(), period.toDate(), survey.tenant().value(), survey.id())
                .query((rs, n) -> new Tally(rs.getString(1), rs.getInt(2), rs.getLong(3)))
                .list().forEach(t -> tallies.computeIfAbsent(t.key(), k -> new ArrayList<>()).add(t));
        Map<String, Numbers> numbers = new HashMap<>();
        jdbc.sql("select a.question_key, count(distinct a.response_id), avg(a.number), min(a.number), max(a.number) from survey_answer a "
                        + IN_PERIOD + " group by a.question_key")
                .params(period.fromDate(), period.toDate(), survey.tenant().value(), survey.id())
                .query((rs, n) -> new Numbers(rs.getString(1), rs.getLong(2), rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getBigDecimal(5)))
                .list().forEach(x -> numbers.put(x.key(), x));
        List<Results.QuestionResult> results = questions.questions().stream()
                .map(q -> question(q, tallies.getOrDefault(q.key(), List.of()), numbers.get(q.key()))).toList();
        long satisfied = results.stream().filter(r -> r.satisfied() != null).mapToLong(r -> r.satisfied().count()).sum();
        long scaled = results.stream().filter(r -> r.satisfied() != null).mapToLong(r -> r.satisfied().of()).sum();
        boolean hasScale = questions.questions().stream().anyMatch(q -> q.type().isScale());
        return new Results(respondents, versions, false, results, hasScale ? new Results.Share(satisfied, scaled) : null,
                survey.test() ? test(survey, period) : null, groupings(survey, questions, period));
    }

    /** The free-text answers to one question, for the officer only: never published, never exported with a name. */
    @Transactional(readOnly = true)
    public List<String> texts(Survey survey, String questionKey, Period period, int limit) {
        return jdbc.sql("select a.text from survey_answer a " + IN_PERIOD
                        + " and a.question_key = ? and a.text is not null order by r.answered_on desc, a.text limit ?")
                .params(period.fromDate(), period.toDate(), survey.tenant().value(), survey.id(), questionKey, limit)
                .query(String.class).list();
    }

    /** A survey of the tenant, whoever asks: for the plan's KPI links and the portal. */
    public Optional<Survey> find(TenantId tenant, UUID id) {
        return surveys.find(tenant, id);
    }

    private static Results.QuestionResult question(Question q, List<Tally> tallies, Numbers numbers) {
        long answered = numbers == null ? 0 : numbers.answered();
        if (!q.type().choosing()) {
            return new Results.QuestionResult(q, answered, List.of(), q.type() == QuestionType.NUMBER && numbers != null
                    ? scale2(numbers.mean()) : null, numbers == null ? null : numbers.min(),
                    numbers == null ? null : numbers.max(), null);
        }
        long[] counts = new long[q.options().size()];
        tallies.stream().filter(t -> t.choice() >= 0 && t.choice() < counts.length).forEach(t -> counts[t.choice()] += t.count());
        List<Results.Share> options = new ArrayList<>();
        long weighted = 0;
        long top = 0;
        for (int place = 0; place < counts.length; place++) {
            options.add(new Results.Share(counts[place], answered));
            weighted += counts[place] * q.levelValue(place);
            top += q.satisfied(place) ? counts[place] : 0;
        }
        BigDecimal mean = q.type().isScale() && answered > 0
                ? BigDecimal.valueOf(weighted).divide(BigDecimal.valueOf(answered), 2, RoundingMode.HALF_UP) : null;
        return new Results.QuestionResult(q, answered, options, mean, null, null,
                q.type().isScale() ? new Results.Share(top, answered) : null);
    }

    private Results.TestResult test(Survey survey, Period period) {
        Results.Share passed = share(survey.id(), survey.tenant(), period);
        BigDecimal mean = meanScore(survey.tenant(), survey.id(), period);
        if (survey.preTestId() == null) {
            return new Results.TestResult(passed, mean, null, null);
        }
        BigDecimal pre = meanScore(survey.tenant(), survey.preTestId(), period);
        return new Results.TestResult(passed, mean, pre, mean == null || pre == null ? null : mean.subtract(pre));
    }

    private Results.Share share(UUID survey, TenantId tenant, Period period) {
        return jdbc.sql("""
                select count(*) filter (where passed), count(*) from survey_response
                where tenant_id = ? and survey_id = ? and answered_on between ? and ?""")
                .params(tenant.value(), survey, period.fromDate(), period.toDate())
                .query((rs, n) -> new Results.Share(rs.getLong(1), rs.getLong(2))).single();
    }

    private BigDecimal meanScore(TenantId tenant, UUID survey, Period period) {
        return scale2(jdbc.sql("""
                select avg(score) from survey_response
                where tenant_id = ? and survey_id = ? and answered_on between ? and ? and score is not null""")
                .params(tenant.value(), survey, period.fromDate(), period.toDate()).query(BigDecimal.class).optional().orElse(null));
    }

    private List<Results.Grouping> groupings(Survey survey, Questionnaire questions, Period period) {
        String[] scaleKeys = questions.questions().stream().filter(q -> q.type().isScale()).map(Question::key).toArray(String[]::new);
        List<Results.Grouping> groupings = new ArrayList<>();
        for (Question q : questions.questions()) {
            if (!q.groups()) {
                continue;
            }
            List<GroupRow> rows = jdbc.sql("""
                    with grouped as (
                        select r.id, g.choice, r.passed, r.score
                        from survey_answer g
                        join survey_response r on r.id = g.response_id and r.answered_on between ? and ?
                        where g.tenant_id = ? and g.survey_id = ? and g.question_key = ? and g.choice is not null)
                    select grouped.choice, count(*), count(*) filter (where grouped.passed), coalesce(sum(grouped.score), 0),
                           coalesce(sum(scale.satisfied), 0), coalesce(sum(scale.answers), 0)
                    from grouped
                    cross join lateral (select count(*) filter (where s.choice < 2) as satisfied, count(*) as answers
                                        from survey_answer s
                                        where s.response_id = grouped.id and s.question_key = any(?)) scale
                    group by grouped.choice""")
                    .params(period.fromDate(), period.toDate(), survey.tenant().value(), survey.id(), q.key(), scaleKeys)
                    .query((rs, n) -> new GroupRow(rs.getInt(1), rs.getLong(2), rs.getLong(3), rs.getBigDecimal(4),
                            rs.getLong(5), rs.getLong(6))).list();
            groupings.add(grouping(q, rows, survey.test()));
        }
        return groupings;
    }

    private static Results.Grouping grouping(Question q, List<GroupRow> rows, boolean test) {
        List<Results.Group> shown = new ArrayList<>();
        GroupRow small = new GroupRow(-1, 0, 0, BigDecimal.ZERO, 0, 0);
        for (GroupRow row : rows) {
            if (row.respondents() >= Results.SMALLEST_GROUP) {
                shown.add(group(row, test));
            } else {
                small = new GroupRow(-1, small.respondents() + row.respondents(), small.passed() + row.passed(),
                        small.scoreSum().add(row.scoreSum()), small.satisfied() + row.satisfied(),
                        small.scaleAnswers() + row.scaleAnswers());
            }
        }
        Results.Group merged = small.respondents() >= Results.SMALLEST_GROUP ? group(small, test)
                : new Results.Group(-1, small.respondents(), null, null, null);
        return new Results.Grouping(q, shown, small.respondents() == 0 ? null : merged);
    }

    private static Results.Group group(GroupRow row, boolean test) {
        return new Results.Group(row.option(), row.respondents(),
                row.scaleAnswers() == 0 ? null : new Results.Share(row.satisfied(), row.scaleAnswers()),
                test ? new Results.Share(row.passed(), row.respondents()) : null,
                test ? row.scoreSum().divide(BigDecimal.valueOf(row.respondents()), 2, RoundingMode.HALF_UP) : null);
    }

    private static BigDecimal scale2(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }
}
