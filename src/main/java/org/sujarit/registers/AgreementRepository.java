package org.sujarit.registers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.sujarit.registers.Agreement.Party;
import org.sujarit.registers.Agreement.Side;
import org.sujarit.registers.Agreement.Signature;
import org.sujarit.registers.Agreement.Stage;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The SQL of agreements; every statement names the tenant. */
@Repository
class AgreementRepository {

    private static final TypeReference<List<AgreementGoal>> GOALS = new TypeReference<>() { };
    private static final TypeReference<List<String>> RESULTS = new TypeReference<>() { };
    private static final String SELECT = """
            select a.*, p.display_name as person_name, p.position as person_position,
                   s.display_name as supervisor_name, s.position as supervisor_position, u.name_th as unit_name
            from agreement a join app_user p on p.id = a.person_id join app_user s on s.id = a.supervisor_id
                 left join unit u on u.tenant_id = a.tenant_id and u.id = a.unit_id""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AgreementRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<Agreement> find(UUID tenant, UUID id) {
        return jdbc.sql(SELECT + " where a.tenant_id = ? and a.id = ?").params(tenant, id)
                .query((rs, n) -> map(rs, signatures(tenant, id))).optional();
    }

    /** The agreements a person signs or supervises, newest year first. */
    List<Agreement> ofParty(UUID tenant, UUID user) {
        List<UUID> ids = jdbc.sql("""
                        select a.id from agreement a where a.tenant_id = ? and (a.person_id = ? or a.supervisor_id = ?)
                        order by a.fiscal_year desc, a.created_at""")
                .params(tenant, user, user).query(UUID.class).list();
        return ids.stream().map(id -> find(tenant, id).orElseThrow()).toList();
    }

    boolean exists(UUID tenant, int year, UUID person, UUID unit) {
        return jdbc.sql("""
                        select exists (select 1 from agreement where tenant_id = ? and fiscal_year = ? and person_id = ?
                                       and unit_id is not distinct from ?)""")
                .params(tenant, year, person, unit).query(Boolean.class).single();
    }

    boolean activeAccount(UUID tenant, UUID user) {
        return jdbc.sql("select exists (select 1 from app_user where tenant_id = ? and id = ? and active)")
                .params(tenant, user).query(Boolean.class).single();
    }

    boolean unitOf(UUID tenant, UUID unit) {
        return jdbc.sql("select exists (select 1 from unit where tenant_id = ? and id = ?)").params(tenant, unit)
                .query(Boolean.class).single();
    }

    /** The active accounts of a unit and the units beneath it. */
    List<UUID> activeAccountsWithin(UUID tenant, UUID unit) {
        return jdbc.sql("""
                        with recursive tree as (select id from unit where tenant_id = ? and id = ?
                                                union all
                                                select u.id from unit u join tree t on u.parent_id = t.id where u.tenant_id = ?)
                        select a.id from app_user a where a.tenant_id = ? and a.active and a.unit_id in (select id from tree)
                        order by a.display_name""")
                .params(tenant, unit, tenant, tenant).query(UUID.class).list();
    }

    UUID insert(UUID tenant, AgreementContent content, UUID by) {
        UUID id = UUID.randomUUID();
        String goals = json.writeValueAsString(content.goals());
        jdbc.sql("""
                        insert into agreement (id, tenant_id, fiscal_year, person_id, unit_id, supervisor_id, version,
                                               content_hash, goals, created_by)
                        values (?, ?, ?, ?, ?, ?, 1, ?, cast(? as jsonb), ?)""")
                .params(id, tenant, content.fiscalYear(), content.personId(), content.unitId(), content.supervisorId(),
                        content.hash(), goals, by).update();
        insertVersion(tenant, id, 1, content, goals, by);
        return id;
    }

    void revise(UUID tenant, UUID id, int version, AgreementContent content, UUID by) {
        String goals = json.writeValueAsString(content.goals());
        jdbc.sql("""
                        update agreement set version = ?, content_hash = ?, goals = cast(? as jsonb), supervisor_id = ?,
                                             changed_at = now()
                        where tenant_id = ? and id = ?""")
                .params(version, content.hash(), goals, content.supervisorId(), tenant, id).update();
        insertVersion(tenant, id, version, content, goals, by);
    }

    private void insertVersion(UUID tenant, UUID id, int version, AgreementContent content, String goals, UUID by) {
        jdbc.sql("""
                        insert into agreement_version (tenant_id, agreement_id, version, content_hash, supervisor_id, goals, saved_by)
                        values (?, ?, ?, ?, ?, cast(? as jsonb), ?)""")
                .params(tenant, id, version, content.hash(), content.supervisorId(), goals, by).update();
    }

    void sign(UUID tenant, Agreement agreement, Stage stage, Side side, UUID signer) {
        jdbc.sql("""
                        insert into agreement_signature (tenant_id, agreement_id, stage, side, signer_id, version, content_hash)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(tenant, agreement.id(), stage.name(), side.name(), signer, agreement.version(),
                        stage == Stage.AGREEMENT ? agreement.contentHash() : agreement.assessmentHash()).update();
    }

    void assess(UUID tenant, UUID id, AgreementAssessment assessment, String hash) {
        jdbc.sql("""
                        update agreement set results = cast(? as jsonb), score = ?, level = ?, assessment_comment = ?,
                                             assessment_hash = ?, changed_at = now()
                        where tenant_id = ? and id = ?""")
                .params(json.writeValueAsString(assessment.results()), assessment.score(),
                        assessment.level() == null ? null : assessment.level().name(), assessment.comment(), hash, tenant, id)
                .update();
    }

    Optional<LocalDate> signBy(UUID tenant, int year) {
        return jdbc.sql("select sign_by from agreement_year where tenant_id = ? and fiscal_year = ?").params(tenant, year)
                .query(LocalDate.class).optional();
    }

    void setSignBy(UUID tenant, int year, LocalDate date) {
        jdbc.sql("""
                        insert into agreement_year (tenant_id, fiscal_year, sign_by) values (?, ?, ?)
                        on conflict (tenant_id, fiscal_year) do update set sign_by = excluded.sign_by""")
                .params(tenant, year, date).update();
    }

    private List<Signature> signatures(UUID tenant, UUID agreement) {
        return jdbc.sql("""
                        select g.*, u.display_name, u.position from agreement_signature g join app_user u on u.id = g.signer_id
                        where g.tenant_id = ? and g.agreement_id = ? order by g.signed_at, g.stage, g.side""")
                .params(tenant, agreement)
                .query((rs, n) -> new Signature(Stage.valueOf(rs.getString("stage")), Side.valueOf(rs.getString("side")),
                        new Party(rs.getObject("signer_id", UUID.class), rs.getString("display_name"), rs.getString("position")),
                        rs.getInt("version"), rs.getString("content_hash"), rs.getTimestamp("signed_at").toInstant()))
                .list();
    }

    private Agreement map(ResultSet rs, List<Signature> signatures) throws SQLException {
        String results = rs.getString("results");
        String level = rs.getString("level");
        AgreementAssessment assessment = results == null ? null : new AgreementAssessment(json.readValue(results, RESULTS),
                rs.getBigDecimal("score"), level == null ? null : AgreementLevel.valueOf(level), rs.getString("assessment_comment"));
        return new Agreement(rs.getObject("id", UUID.class), rs.getInt("fiscal_year"),
                new Party(rs.getObject("person_id", UUID.class), rs.getString("person_name"), rs.getString("person_position")),
                rs.getObject("unit_id", UUID.class), rs.getString("unit_name"),
                new Party(rs.getObject("supervisor_id", UUID.class), rs.getString("supervisor_name"),
                        rs.getString("supervisor_position")),
                rs.getInt("version"), rs.getString("content_hash"), json.readValue(rs.getString("goals"), GOALS), assessment,
                rs.getString("assessment_hash"), signatures);
    }
}
