package org.sujarit.registers;

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
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.TenantId;
import org.sujarit.shared.ThaiTaxId;

/** The gift table, every query within one tenant but the digests' and the retention job's. */
@Repository
class GiftRepository {

    private static final String SELECT = """
            select g.*, u.display_name from gift g join app_user u on u.id = g.user_id
            """;

    private final JdbcClient jdbc;

    GiftRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID insert(TenantId tenant, UUID userId, FiscalYear year, GiftEntry e, boolean overLimit, LocalDate reportDue,
                Instant now) {
        return jdbc.sql("""
                        insert into gift (tenant_id, user_id, fiscal_year, received_on, giver_name, giver_kind, giver_tax_id,
                                          relative, relation, public_at_large, occasion, category, description, value, action,
                                          over_limit, report_due, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(tenant.value(), userId, year.buddhistYear(), e.receivedOn(), e.giverName(), e.giverKind().name(),
                        e.giverTaxId() == null ? null : e.giverTaxId().digits(), e.relative(), e.relation(),
                        e.publicAtLarge(), e.occasion(), e.category().name(), e.description(), e.value(), e.action().name(),
                        overLimit, reportDue, Timestamp.from(now))
                .query(UUID.class).single();
    }

    void decide(TenantId tenant, UUID id, GiftDecision decision, String reason, UUID by, Instant at) {
        jdbc.sql("""
                        update gift set decision = ?, decision_reason = ?, decided_by = ?, decided_at = ?
                        where tenant_id = ? and id = ? and decision is null""")
                .params(decision.name(), reason, by, Timestamp.from(at), tenant.value(), id).update();
    }

    Optional<Gift> find(TenantId tenant, UUID id) {
        return jdbc.sql(SELECT + " where g.tenant_id = ? and g.id = ?").params(tenant.value(), id)
                .query(GiftRepository::gift).optional();
    }

    List<Gift> ofPerson(TenantId tenant, UUID userId, FiscalYear year) {
        return jdbc.sql(SELECT + " where g.tenant_id = ? and g.user_id = ? and (?::int is null or g.fiscal_year = ?)"
                        + " order by g.received_on desc, g.recorded_at desc")
                .params(tenant.value(), userId, year == null ? null : year.buddhistYear(),
                        year == null ? null : year.buddhistYear())
                .query(GiftRepository::gift).list();
    }

    List<Gift> register(TenantId tenant, GiftFilter filter) {
        List<Object> params = new ArrayList<>(List.of(tenant.value(), filter.year().buddhistYear()));
        StringBuilder where = new StringBuilder(" where g.tenant_id = ? and g.fiscal_year = ?");
        if (filter.action() != null) {
            where.append(" and g.action = ?");
            params.add(filter.action().name());
        }
        if (filter.overLimit() != null) {
            where.append(" and g.over_limit = ?");
            params.add(filter.overLimit());
        }
        return jdbc.sql(SELECT + where + " order by g.received_on desc, g.recorded_at desc").params(params)
                .query(GiftRepository::gift).list();
    }

    /** Reports waiting for a decision, in every tenant: the digests are the platform's daily job. */
    List<Gift> awaitingDecision() {
        return jdbc.sql(SELECT + " where g.action = 'REPORTED' and g.decision is null order by g.report_due")
                .query(GiftRepository::gift).list();
    }

    List<GiftGiver> givers(TenantId tenant, UUID userId, FiscalYear year) {
        return jdbc.sql("""
                        select distinct giver_name, giver_tax_id from gift
                        where tenant_id = ? and user_id = ? and fiscal_year = ? order by giver_name, giver_tax_id""")
                .params(tenant.value(), userId, year.buddhistYear())
                .query((rs, n) -> new GiftGiver(rs.getString("giver_name"), taxId(rs.getString("giver_tax_id"))))
                .list();
    }

    /**
     * Every giver of a gift offered to the tenant's staff, declined ones included (an offer from a
     * bidder matters as much as a gift kept): the gift register's counterparties for the flags.
     */
    List<Counterparty> counterparties(TenantId tenant) {
        return jdbc.sql("""
                        select id, user_id, giver_name, giver_tax_id, value, received_on, action from gift
                        where tenant_id = ? order by received_on, id""")
                .param(tenant.value())
                .query((rs, n) -> new Counterparty(GiftCounterparties.SOURCE, rs.getObject("id", UUID.class),
                        rs.getObject("user_id", UUID.class), rs.getString("giver_name"), taxId(rs.getString("giver_tax_id")),
                        GiftCounterparties.tie(rs.getBigDecimal("value"), rs.getObject("received_on", LocalDate.class),
                                GiftAction.valueOf(rs.getString("action")))))
                .list();
    }

    /** Category, value and action of each gift of the year: what the yearly report counts, nothing else. */
    List<GiftYearReport.Figure> figures(TenantId tenant, FiscalYear year) {
        return jdbc.sql("select category, value, action from gift where tenant_id = ? and fiscal_year = ?")
                .params(tenant.value(), year.buddhistYear())
                .query((rs, n) -> new GiftYearReport.Figure(GiftCategory.valueOf(rs.getString("category")),
                        rs.getBigDecimal("value"), GiftAction.valueOf(rs.getString("action"))))
                .list();
    }

    private static Gift gift(ResultSet rs, int n) throws SQLException {
        GiftEntry entry = new GiftEntry(rs.getString("giver_name"), GiverKind.valueOf(rs.getString("giver_kind")),
                taxId(rs.getString("giver_tax_id")), rs.getBoolean("relative"), rs.getString("relation"),
                rs.getBoolean("public_at_large"), rs.getString("occasion"), GiftCategory.valueOf(rs.getString("category")),
                rs.getString("description"), rs.getBigDecimal("value"), rs.getObject("received_on", LocalDate.class),
                GiftAction.valueOf(rs.getString("action")));
        String decision = rs.getString("decision");
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        return new Gift(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
                rs.getObject("user_id", UUID.class), rs.getString("display_name"), new FiscalYear(rs.getInt("fiscal_year")),
                entry, rs.getBoolean("over_limit"), rs.getObject("report_due", LocalDate.class),
                decision == null ? null : GiftDecision.valueOf(decision), rs.getString("decision_reason"),
                rs.getObject("decided_by", UUID.class), decidedAt == null ? null : decidedAt.toInstant(),
                rs.getTimestamp("recorded_at").toInstant());
    }

    private static ThaiTaxId taxId(String digits) {
        return digits == null ? null : new ThaiTaxId(digits);
    }
}
