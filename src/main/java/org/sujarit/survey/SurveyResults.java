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

    /**
     * The survey's answers in a period, as {@code a}: all of them straight from survey_answer (its
     * index holds survey, question and choice), or those of responses of the period, joined.
     */
    private record Scope(String from, List<Object> params) {

        static Scope of(Survey survey, Period period) {
            List<Object> params = new ArrayList<>();
            String from = " from survey_answer a ";
            if (!period.equals(Period.ALL)) {
                from += "join survey_response r on r.id = a.response_id and r.answered_on between ? and ? ";
                params.add(period.fromDate());
                params.add(period.toDate());
            }
            params.add(survey.tenant().value());
            params.add(survey.id());
            return new Scope(from + "where a.tenant_id = ? and a.survey_id = ?", params);
        }

        Object[] with(Object... more) {
            List<Object> all = new ArrayList<>(params);
            all.addAll(List.of(more));
            return all.toArray();
        }
    }

    private final JdbcClient jdbc;
    private final SurveyRepository surveys;

    SurveyResults(JdbcClient jdbc, SurveyRepository surveys) {
        this.jdbc = jdbc;
        this.surveys = surveys;
    }

    @Transactional(readOnly = true)
    public Results of(Survey survey, Period period) {
        customPlans();
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
        Scope scope = Scope.of(survey, period);
        // One pass: per question and choice the count, and a number question's figures (its choice is null).
        Map<String, List<Tally>> tallies = new HashMap<>();
        Map<String, Numbers> numbers = new HashMap<>();
        jdbc.sql("select a.question_key, a.choice, count(*), avg(a.number), min(a.number), max(a.number)" + scope.from()
                        + " group by a.question_key, a.choice")
                .params(scope.with())
                .query((rs, n) -> {
                    String key = rs.getString(1);
                    Integer choice = rs.getObject(2) == null ? null : rs.getInt(2);
                    long count = rs.getLong(3);
                    if (choice != null) {
                        tallies.computeIfAbsent(key, k -> new ArrayList<>()).add(new Tally(key, choice, count));
                    }
                    Numbers before = numbers.get(key);
                    numbers.put(key, new Numbers(key, count + (before == null ? 0 : before.answered()),
                            choice == null ? rs.getBigDecimal(4) : before == null ? null : before.mean(),
                            choice == null ? rs.getBigDecimal(5) : before == null ? null : before.min(),
                            choice == null ? rs.getBigDecimal(6) : before == null ? null : before.max()));
                    return key;
                }).list();
        // A multiple-choice answer is a row per choice: who answered it is a distinct count.
        String[] multiple = questions.questions().stream().filter(q -> q.type() == QuestionType.MULTIPLE).map(Question::key)
                .toArray(String[]::new);
        if (multiple.length > 0) {
            jdbc.sql("select a.question_key, count(distinct a.response_id)" + scope.from() + " and a.question_key = any(?) group by a.question_key")
                    .params(scope.with((Object) multiple))
                    .query((rs, n) -> new Numbers(rs.getString(1), rs.getLong(2), null, null, null))
                    .list().forEach(x -> numbers.put(x.key(), x));
        }
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
        customPlans();
        return jdbc.sql("""
                select a.text from survey_answer a join survey_response r on r.id = a.response_id and r.answered_on between ? and ?
                where a.tenant_id = ? and a.survey_id = ? and a.question_key = ? and a.text is not null
                order by r.answered_on desc, a.text limit ?""")
                .params(period.fromDate(), period.toDate(), survey.tenant().value(), survey.id(), questionKey, limit)
                .query(String.class).list();
    }

    /**
     * Plans made for the values at hand: after five runs the driver's prepared statements may get
     * PostgreSQL's generic plan, which knows neither the survey's size nor the period, and joined a
     * question's answers to every response by bitmap (0.2 s instead of 2 ms on 100,000 answers).
     */
    private void customPlans() {
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
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
            List<Object> params = new ArrayList<>(List.of(survey.tenant().value(), survey.id(), q.key()));
            String inPeriod = "";
            if (!period.equals(Period.ALL)) {
                inPeriod = " join survey_response p on p.id = grouped.response_id and p.answered_on between ? and ?";
            }
            List<GroupRow> rows = jdbc.sql("""
                    with grouped as (
                        select g.response_id, g.choice from survey_answer g
                        where g.tenant_id = ? and g.survey_id = ? and g.question_key = ? and g.choice is not null),
                    chosen as (select grouped.response_id, grouped.choice from grouped%s),
                    people as (
                        select chosen.choice, count(*) as respondents, count(*) filter (where r.passed) as passed,
                               coalesce(sum(r.score), 0) as score
                        from chosen join survey_response r on r.id = chosen.response_id
                        group by chosen.choice),
                    scales as (
                        select chosen.choice, count(*) filter (where s.choice < 2) as satisfied, count(*) as answers
                        from survey_answer s join chosen on chosen.response_id = s.response_id
                        where s.tenant_id = ? and s.survey_id = ? and s.question_key = any(?)
                        group by chosen.choice)
                    select people.choice, people.respondents, people.passed, people.score,
                           coalesce(scales.satisfied, 0), coalesce(scales.answers, 0)
                    from people left join scales on scales.choice = people.choice""".formatted(inPeriod))
                    .params(withPeriod(params, period, survey, scaleKeys))
                    .query((rs, n) -> new GroupRow(rs.getInt(1), rs.getLong(2), rs.getLong(3), rs.getBigDecimal(4),
                            rs.getLong(5), rs.getLong(6))).list();
            groupings.add(grouping(q, rows, survey.test()));
        }
        return groupings;
    }

    private static Object[] withPeriod(List<Object> params, Period period, Survey survey, String[] scaleKeys) {
        if (!period.equals(Period.ALL)) {
            params.add(period.fromDate());
            params.add(period.toDate());
        }
        params.add(survey.tenant().value());
        params.add(survey.id());
        params.add(scaleKeys);
        return params.toArray();
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
