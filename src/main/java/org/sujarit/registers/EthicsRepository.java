package org.sujarit.registers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.sujarit.registers.EthicsReport.Person;

/** The SQL of the code of ethics and its acknowledgements; every statement names the tenant. */
@Repository
class EthicsRepository {

    private static final String SELECT = """
            select c.id, c.version, c.title, c.body, c.effective_on, c.file_name, c.published_at, u.display_name
            from ethics_code c join app_user u on u.id = c.published_by""";

    private final JdbcClient jdbc;

    EthicsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<EthicsCode> versions(UUID tenant) {
        return jdbc.sql(SELECT + " where c.tenant_id = ? order by c.version desc").param(tenant)
                .query((rs, n) -> map(rs)).list();
    }

    Optional<EthicsCode> find(UUID tenant, UUID id) {
        return jdbc.sql(SELECT + " where c.tenant_id = ? and c.id = ?").params(tenant, id).query((rs, n) -> map(rs)).optional();
    }

    /** The version in force on a day: the latest whose effective date has come. */
    Optional<EthicsCode> inForce(UUID tenant, LocalDate day) {
        return jdbc.sql(SELECT + " where c.tenant_id = ? and c.effective_on <= ? order by c.version desc limit 1")
                .params(tenant, day).query((rs, n) -> map(rs)).optional();
    }

    Optional<byte[]> file(UUID tenant, UUID id) {
        return jdbc.sql("select file_content from ethics_code where tenant_id = ? and id = ? and file_content is not null")
                .params(tenant, id).query(byte[].class).optional();
    }

    UUID insert(UUID tenant, EthicsCodeDraft draft, String sha256, UUID by) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into ethics_code (id, tenant_id, version, title, body, effective_on, file_name, file_content,
                                                 file_sha256, published_by)
                        values (?, ?, (select coalesce(max(version), 0) + 1 from ethics_code where tenant_id = ?), ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, tenant, tenant, draft.title(), draft.body(), draft.effectiveOn(), draft.fileName(), draft.file(),
                        sha256, by).update();
        return id;
    }

    /** @return whether it was recorded now (false when acknowledged before) */
    boolean acknowledge(UUID tenant, UUID code, UUID user) {
        return jdbc.sql("""
                        insert into ethics_acknowledgement (tenant_id, code_id, user_id) values (?, ?, ?)
                        on conflict do nothing""").params(tenant, code, user).update() > 0;
    }

    Optional<Instant> acknowledgedAt(UUID tenant, UUID code, UUID user) {
        return jdbc.sql("select acknowledged_at from ethics_acknowledgement where tenant_id = ? and code_id = ? and user_id = ?")
                .params(tenant, code, user).query((rs, n) -> rs.getTimestamp(1).toInstant()).optional();
    }

    /** Every active account of the tenant, in unit order, with when it acknowledged the version. */
    List<Person> people(UUID tenant, UUID code) {
        return jdbc.sql("""
                        select u.id, u.display_name, u.position, un.name_th, k.acknowledged_at
                        from app_user u left join unit un on un.tenant_id = u.tenant_id and un.id = u.unit_id
                             left join ethics_acknowledgement k on k.tenant_id = u.tenant_id and k.code_id = ? and k.user_id = u.id
                        where u.tenant_id = ? and u.active
                        order by un.name_th nulls last, u.display_name""")
                .params(code, tenant)
                .query((rs, n) -> new Person(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()))
                .list();
    }

    private static EthicsCode map(ResultSet rs) throws SQLException {
        return new EthicsCode(rs.getObject("id", UUID.class), rs.getInt("version"), rs.getString("title"), rs.getString("body"),
                rs.getObject("effective_on", LocalDate.class), rs.getString("file_name"),
                rs.getTimestamp("published_at").toInstant(), rs.getString("display_name"));
    }
}
