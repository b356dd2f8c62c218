package org.sujarit.survey;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.sujarit.shared.TenantId;
import tools.jackson.databind.json.JsonMapper;

/** The surveys, their questionnaires by version, and the answers; every query names the tenant. */
@Repository
class SurveyRepository {

    private static final String COLUMNS = """
            id, tenant_id, kind, audience, unit_id, title_th, title_en, intro_th, intro_en, template_key, status,
            version, opens_on, closes_on, pass_mark, show_score, pre_test_id, min_answers, one_per_browser, published""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final JsonMapper json;

    SurveyRepository(JdbcClient jdbc, JdbcTemplate template, JsonMapper json) {
        this.jdbc = jdbc;
        this.template = template;
        this.json = json;
    }

    void insert(Survey s, Questionnaire questions, UUID by, Instant at) {
        jdbc.sql("""
                insert into survey (id, tenant_id, kind, audience, unit_id, title_th, title_en, intro_th, intro_en,
                                    template_key, status, version, opens_on, closes_on, pass_mark, show_score,
                                    pre_test_id, min_answers, one_per_browser, published, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(s.id(), s.tenant().value(), s.kind().name(), s.audience().name(), s.unitId(), s.titleTh(),
                        s.titleEn(), s.introTh(), s.introEn(), s.templateKey(), s.status().name(), s.version(),
                        date(s.opensOn()), date(s.closesOn()), s.passMark(), s.showScore(), s.preTestId(),
                        s.minAnswers(), s.onePerBrowser(), s.published(), by, Timestamp.from(at))
                .update();
        saveQuestions(s, questions, at);
    }

    void update(Survey s) {
        jdbc.sql("""
                update survey set unit_id = ?, title_th = ?, title_en = ?, intro_th = ?, intro_en = ?, status = ?,
                                  version = ?, opens_on = ?, closes_on = ?, pass_mark = ?, show_score = ?,
                                  pre_test_id = ?, min_answers = ?, one_per_browser = ?, published = ?
                where tenant_id = ? and id = ?""")
                .params(s.unitId(), s.titleTh(), s.titleEn(), s.introTh(), s.introEn(), s.status().name(), s.version(),
                        date(s.opensOn()), date(s.closesOn()), s.passMark(), s.showScore(), s.preTestId(),
                        s.minAnswers(), s.onePerBrowser(), s.published(), s.tenant().value(), s.id())
                .update();
    }

    /** Writes the questions of the survey's current version (a new version, or the unanswered one again). */
    void saveQuestions(Survey s, Questionnaire questions, Instant at) {
        jdbc.sql("""
                insert into survey_version (survey_id, version, tenant_id, questionnaire, created_at)
                values (?, ?, ?, cast(? as jsonb), ?)
                on conflict (tenant_id, survey_id, version) do update set questionnaire = excluded.questionnaire""")
                .params(s.id(), s.version(), s.tenant().value(), json.writeValueAsString(questions), Timestamp.from(at))
                .update();
    }

    Optional<Survey> find(TenantId tenant, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from survey where tenant_id = ? and id = ?")
                .params(tenant.value(), id).query(SurveyRepository::survey).optional();
    }

    /** Locks the survey row for an answer to a staff survey (its set of who has answered changes). */
    Optional<Survey> lock(TenantId tenant, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from survey where tenant_id = ? and id = ? for update")
                .params(tenant.value(), id).query(SurveyRepository::survey).optional();
    }

    /** Whether the account is in the survey's set of who has answered it. */
    boolean hasAnswered(TenantId tenant, UUID survey, UUID user) {
        return jdbc.sql("select ? = any(answered_by) from survey where tenant_id = ? and id = ?")
                .params(user, tenant.value(), survey).query(Boolean.class).single();
    }

    /**
     * Adds the account to the set of who has answered, kept sorted: the array says who, never in
     * which order, so it cannot be laid beside the order of the responses.
     */
    void addAnswered(Survey s, UUID user) {
        jdbc.sql("""
                update survey set answered_by = (select array_agg(u order by u) from unnest(answered_by || ?::uuid) u)
                where tenant_id = ? and id = ?""")
                .params(user, s.tenant().value(), s.id()).update();
    }

    /** Who has answered the survey, as a set: the array is sorted, so it holds no order of answering. */
    Set<UUID> answeredBy(TenantId tenant, UUID survey) {
        return Set.copyOf(jdbc.sql("select unnest(answered_by) from survey where tenant_id = ? and id = ?")
                .params(tenant.value(), survey).query(UUID.class).list());
    }

    /** The staff surveys the account is invited to, past their draft, each with whether it has answered. */
    List<SurveyInvitations.Invited> invitedTo(TenantId tenant, UUID user) {
        return jdbc.sql("select " + COLUMNS + ", ? = any(answered_by) as answered from survey where tenant_id = ? "
                        + "and status <> 'DRAFT' and id in (select survey_id from survey_invitation where tenant_id = ? and user_id = ?) "
                        + "order by title_th, id")
                .params(user, tenant.value(), tenant.value(), user)
                .query((rs, n) -> new SurveyInvitations.Invited(survey(rs, n), rs.getBoolean("answered"))).list();
    }

    List<Survey> list(TenantId tenant) {
        return jdbc.sql("select " + COLUMNS + " from survey where tenant_id = ? order by created_at desc, title_th")
                .param(tenant.value()).query(SurveyRepository::survey).list();
    }

    Questionnaire questions(TenantId tenant, UUID survey, int version) {
        String doc = jdbc.sql("select questionnaire from survey_version where tenant_id = ? and survey_id = ? and version = ?")
                .params(tenant.value(), survey, version).query(String.class).single();
        return json.readValue(doc, Questionnaire.class);
    }

    /** Every question key any version of the survey has held. */
    List<String> keys(TenantId tenant, UUID survey) {
        return jdbc.sql("""
                select distinct q ->> 'key' from survey_version v,
                     jsonb_array_elements(v.questionnaire -> 'sections') s, jsonb_array_elements(s -> 'questions') q
                where v.tenant_id = ? and v.survey_id = ?""")
                .params(tenant.value(), survey).query(String.class).list();
    }

    boolean answered(TenantId tenant, UUID survey, int version) {
        return jdbc.sql("select exists (select 1 from survey_response where tenant_id = ? and survey_id = ? and version = ?)")
                .params(tenant.value(), survey, version).query(Boolean.class).single();
    }

    long count(TenantId tenant, UUID survey) {
        return jdbc.sql("select count(*) from survey_response where tenant_id = ? and survey_id = ?")
                .params(tenant.value(), survey).query(Long.class).single();
    }

    /** How many answers each of the tenant's surveys has (surveys without answers are absent). */
    Map<UUID, Long> counts(TenantId tenant) {
        Map<UUID, Long> counts = new java.util.HashMap<>();
        jdbc.sql("select survey_id, count(*) from survey_response where tenant_id = ? group by survey_id")
                .param(tenant.value()).query((ResultSet rs) -> {
                    counts.put(rs.getObject(1, UUID.class), rs.getLong(2));
                });
        return counts;
    }

    /**
     * Keeps one response and its answers in two statements, whatever the number of questions: the
     * answers go in as arrays unnested by PostgreSQL.
     */
    void saveResponse(Survey s, UUID response, LocalDate day, Survey.Channel channel, BigDecimal score, Boolean passed,
                      Map<String, Answer> answers) {
        jdbc.sql("""
                insert into survey_response (id, tenant_id, survey_id, version, answered_on, channel, score, passed)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(response, s.tenant().value(), s.id(), s.version(), Date.valueOf(day), channel.name(), score, passed)
                .update();
        List<String> keys = new ArrayList<>();
        List<Integer> choices = new ArrayList<>();
        List<BigDecimal> numbers = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        answers.forEach((key, answer) -> {
            if (answer.choices().isEmpty()) {
                keys.add(key);
                choices.add(null);
                numbers.add(answer.number());
                texts.add(answer.text());
            }
            for (Integer choice : answer.choices()) {
                keys.add(key);
                choices.add(choice);
                numbers.add(null);
                texts.add(null);
            }
        });
        template.execute((Connection c) -> {
            try (PreparedStatement insert = c.prepareStatement("""
                    insert into survey_answer (response_id, survey_id, tenant_id, question_key, choice, number, text)
                    select ?, ?, ?, k, ch, n, t from unnest(?::text[], ?::smallint[], ?::numeric[], ?::text[]) as a(k, ch, n, t)""")) {
                insert.setObject(1, response);
                insert.setObject(2, s.id());
                insert.setObject(3, s.tenant().value());
                insert.setArray(4, c.createArrayOf("text", keys.toArray()));
                insert.setArray(5, c.createArrayOf("int2", choices.toArray()));
                insert.setArray(6, c.createArrayOf("numeric", numbers.toArray()));
                insert.setArray(7, c.createArrayOf("text", texts.toArray()));
                return insert.executeUpdate();
            }
        });
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    private static Survey survey(ResultSet rs, int row) throws SQLException {
        Date opens = rs.getDate("opens_on");
        Date closes = rs.getDate("closes_on");
        return new Survey(rs.getObject("id", UUID.class), new TenantId(rs.getObject("tenant_id", UUID.class)),
                Survey.Kind.valueOf(rs.getString("kind")), Survey.Audience.valueOf(rs.getString("audience")),
                rs.getObject("unit_id", UUID.class), rs.getString("title_th"), rs.getString("title_en"),
                rs.getString("intro_th"), rs.getString("intro_en"), rs.getString("template_key"),
                Survey.Status.valueOf(rs.getString("status")), rs.getInt("version"),
                opens == null ? null : opens.toLocalDate(), closes == null ? null : closes.toLocalDate(),
                rs.getBigDecimal("pass_mark"), rs.getBoolean("show_score"), rs.getObject("pre_test_id", UUID.class),
                rs.getInt("min_answers"), rs.getBoolean("one_per_browser"), rs.getBoolean("published"));
    }
}
