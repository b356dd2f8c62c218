package org.sujarit.oversight.followup;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.sujarit.oversight.followup.OversightRequest.Status;
import org.sujarit.oversight.ScopeSql;
import org.sujarit.staff.OversightScope;

/**
 * The requests' SQL. An overseer's statement carries the scope as a predicate on the LAO's
 * organisation and province; an LAO's names its tenant. Only the daily digest reads across all.
 */
@Repository
class RequestRepository {

    private static final String SELECT = """
            select r.*, (r.status = 'OPEN' and r.due_on < ?) as overdue, o.slug, o.name_th as lao_th, o.name_en as lao_en, o.province_code, p.name_th as province_th,
                   p.name_en as province_en, p.nacc_region, s.display_name as sender_name, a.display_name as answerer_name
            from oversight_request r
            join organisation o on o.id = r.tenant_id
            join province p on p.code = o.province_code
            join app_user s on s.id = r.sent_by
            left join app_user a on a.id = r.answered_by
            """;

    private final JdbcClient jdbc;

    RequestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A scope as a condition on {@code o} (organisation) and {@code p} (province), with its one parameter or none. */
    /** The local government a scope may write to, by its slug. */
    record Lao(UUID tenantId, String slug, String nameTh, String nameEn) {
    }

    Optional<Lao> lao(OversightScope scope, String slug) {
        ScopeSql where = ScopeSql.of(scope);
        return jdbc.sql("select o.id, o.slug, o.name_th, o.name_en from organisation o join province p on p.code = o.province_code"
                        + " where o.slug = ? and " + where.condition())
                .params(with(List.of(slug), where.params()))
                .query((rs, n) -> new Lao(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional();
    }

    UUID insert(UUID tenantId, UUID sender, OversightScope scope, RequestDraft draft, Instant at) {
        return jdbc.sql("""
                        insert into oversight_request (tenant_id, sent_by, sender_level, sender_province, sender_region, indicator,
                                                       fiscal_year, subject, message, due_on, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(tenantId, sender, scope.level().name(), scope.provinceCode(), scope.region(), draft.indicator(),
                        draft.fiscalYear(), draft.subject(), draft.message(), Date.valueOf(draft.dueOn()), Timestamp.from(at))
                .query(UUID.class).single();
    }

    /** Requests within a scope, open ones first (the most overdue on top), then the latest. */
    List<OversightRequest> inScope(OversightScope scope, Status status, boolean overdueOnly, LocalDate today, int limit) {
        ScopeSql where = ScopeSql.of(scope);
        List<Object> params = with(List.of(Date.valueOf(today)), where.params());
        StringBuilder sql = new StringBuilder(SELECT).append(" where ").append(where.condition());
        if (status != null) {
            sql.append(" and r.status = ?");
            params.add(status.name());
        }
        if (overdueOnly) {
            sql.append(" and r.status = 'OPEN' and r.due_on < ?");
            params.add(Date.valueOf(today));
        }
        sql.append(" order by r.status = 'OPEN' desc, r.due_on, r.created_at desc limit ?");
        params.add(limit);
        return jdbc.sql(sql.toString()).params(params).query(RequestRepository::request).list();
    }

    Optional<OversightRequest> inScope(OversightScope scope, UUID id, LocalDate today) {
        ScopeSql where = ScopeSql.of(scope);
        return jdbc.sql(SELECT + " where r.id = ? and " + where.condition())
                .params(with(List.of(Date.valueOf(today), id), where.params()))
                .query(RequestRepository::request).optional();
    }

    List<OversightRequest> ofTenant(UUID tenantId, LocalDate today) {
        return jdbc.sql(SELECT + " where r.tenant_id = ? order by r.status = 'OPEN' desc, r.due_on, r.created_at desc")
                .params(Date.valueOf(today), tenantId).query(RequestRepository::request).list();
    }

    Optional<OversightRequest> find(UUID tenantId, UUID id, LocalDate today) {
        return jdbc.sql(SELECT + " where r.tenant_id = ? and r.id = ?").params(Date.valueOf(today), tenantId, id)
                .query(RequestRepository::request).optional();
    }

    /** Every open request of every tenant, for the daily digest. */
    List<OversightRequest> open(LocalDate today) {
        return jdbc.sql(SELECT + " where r.status = 'OPEN' order by r.tenant_id, r.due_on").param(Date.valueOf(today)).query(RequestRepository::request).list();
    }

    /** Open and, of those, overdue requests of one tenant. */
    int[] openAndOverdue(UUID tenantId, LocalDate today) {
        return jdbc.sql("""
                        select count(*), count(*) filter (where due_on < ?) from oversight_request
                        where tenant_id = ? and status = 'OPEN'""")
                .params(Date.valueOf(today), tenantId).query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)}).single();
    }

    boolean answer(UUID tenantId, UUID id, String answer, UUID by, Instant at) {
        return jdbc.sql("""
                        update oversight_request set status = 'ANSWERED', answer = ?, answered_by = ?, answered_at = ?
                        where tenant_id = ? and id = ? and status = 'OPEN'""")
                .params(answer, by, Timestamp.from(at), tenantId, id).update() == 1;
    }

    boolean close(UUID tenantId, UUID id, Instant at) {
        return jdbc.sql("update oversight_request set status = 'CLOSED', closed_at = ? where tenant_id = ? and id = ? and status <> 'CLOSED'")
                .params(Timestamp.from(at), tenantId, id).update() == 1;
    }

    /** Counts per province of the scope that has requests, by the province's code. */
    List<RequestCounts> perProvince(OversightScope scope, LocalDate today) {
        ScopeSql where = ScopeSql.of(scope);
        return jdbc.sql("""
                        select p.code, p.name_th, p.name_en, coalesce(p.nacc_region, 0) as region,
                               count(*) filter (where r.status = 'OPEN') as open,
                               count(*) filter (where r.status = 'ANSWERED') as answered,
                               count(*) filter (where r.status = 'OPEN' and r.due_on < ?) as overdue,
                               count(*) filter (where r.status = 'CLOSED') as closed
                        from oversight_request r
                        join organisation o on o.id = r.tenant_id
                        join province p on p.code = o.province_code
                        where\s""" + where.condition() + " group by p.code order by p.code")
                .params(with(List.of(Date.valueOf(today)), where.params()))
                .query((rs, n) -> new RequestCounts(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8))).list();
    }

    private static List<Object> with(List<?> first, List<Object> then) {
        List<Object> all = new ArrayList<>(first);
        all.addAll(then);
        return all;
    }

    private static OversightRequest request(ResultSet rs, int n) throws SQLException {
        Timestamp answeredAt = rs.getTimestamp("answered_at");
        Timestamp closedAt = rs.getTimestamp("closed_at");
        int region = rs.getInt("nacc_region");
        int year = rs.getInt("fiscal_year");
        boolean noYear = rs.wasNull();
        return new OversightRequest(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class), rs.getString("slug"),
                rs.getString("lao_th"), rs.getString("lao_en"), rs.getString("province_code"), rs.getString("province_th"),
                rs.getString("province_en"), region == 0 ? null : region, rs.getString("sender_name"),
                OversightScope.Level.valueOf(rs.getString("sender_level")), rs.getString("indicator"), noYear ? null : year,
                rs.getString("subject"), rs.getString("message"), rs.getDate("due_on").toLocalDate(),
                Status.valueOf(rs.getString("status")), rs.getString("answer"), rs.getString("answerer_name"),
                answeredAt == null ? null : answeredAt.toInstant(), closedAt == null ? null : closedAt.toInstant(),
                rs.getTimestamp("created_at").toInstant(), rs.getBoolean("overdue"));
    }
}
