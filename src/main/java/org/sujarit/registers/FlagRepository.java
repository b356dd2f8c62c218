package org.sujarit.registers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.sujarit.registers.InterestFlag.State;
import org.sujarit.shared.TenantId;

/** The flags' SQL; every statement names the tenant, except the daily run's list of tenants to scan. */
@Repository
class FlagRepository {

    private static final String SELECT = """
            select f.*, u.display_name as person_name, d.display_name as decided_by_name
            from interest_flag f
            join app_user u on u.id = f.user_id
            left join app_user d on d.id = f.decided_by
            """;

    private final JdbcClient jdbc;

    FlagRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A person's seat on a purchase's committee. */
    record Seat(UUID userId, int fiscalYear, int fiscalMonth, UUID purchaseId) {
    }

    List<Seat> seats(TenantId tenant) {
        return jdbc.sql("select user_id, fiscal_year, fiscal_month, purchase_id from interest_committee_member where tenant_id = ?")
                .param(tenant.value())
                .query((rs, n) -> new Seat(rs.getObject(1, UUID.class), rs.getInt(2), rs.getInt(3), rs.getObject(4, UUID.class)))
                .list();
    }

    /** The tenants with at least one committee, for the daily scan. */
    List<TenantId> tenantsWithCommittees() {
        return jdbc.sql("select distinct tenant_id from interest_committee_member")
                .query((rs, n) -> new TenantId(rs.getObject(1, UUID.class))).list();
    }

    /** Adds the flag unless the same match was flagged before (whatever became of it); true when new. */
    boolean insertIfNew(TenantId tenant, Seat seat, String work, Counterparty counterparty, String party,
                        FlagMatcher.MatchedBy by, Instant at) {
        return jdbc.sql("""
                insert into interest_flag (tenant_id, user_id, purchase_id, fiscal_year, fiscal_month, work, source,
                                           reference_id, counterparty_key, counterparty, tie, party, matched_by, found_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (tenant_id, user_id, purchase_id, source, counterparty_key, party) do nothing""")
                .params(tenant.value(), seat.userId(), seat.purchaseId(), seat.fiscalYear(), seat.fiscalMonth(), work,
                        counterparty.source(), counterparty.reference(), counterparty.key(),
                        counterparty.name(), counterparty.tie(), party, by.name(), Timestamp.from(at))
                .update() > 0;
    }

    List<InterestFlag> list(TenantId tenant) {
        return jdbc.sql(SELECT + " where f.tenant_id = ? order by f.state = 'OPEN' desc, f.found_at desc")
                .param(tenant.value()).query(FlagRepository::flag).list();
    }

    List<InterestFlag> open(TenantId tenant) {
        return jdbc.sql(SELECT + " where f.tenant_id = ? and f.state = 'OPEN' order by f.found_at")
                .param(tenant.value()).query(FlagRepository::flag).list();
    }

    List<InterestFlag> ofRisk(TenantId tenant, UUID riskId) {
        return jdbc.sql(SELECT + " where f.tenant_id = ? and f.risk_id = ? order by f.found_at desc")
                .params(tenant.value(), riskId).query(FlagRepository::flag).list();
    }

    Optional<InterestFlag> find(TenantId tenant, UUID id) {
        return jdbc.sql(SELECT + " where f.tenant_id = ? and f.id = ?").params(tenant.value(), id)
                .query(FlagRepository::flag).optional();
    }

    /** Decides an open flag; false when it was not open. */
    boolean decide(TenantId tenant, UUID id, State state, UUID riskId, String reason, UUID by, Instant at) {
        return jdbc.sql("""
                update interest_flag set state = ?, risk_id = ?, dismissed_reason = ?, decided_by = ?, decided_at = ?
                where tenant_id = ? and id = ? and state = 'OPEN'""")
                .params(state.name(), riskId, reason, by, Timestamp.from(at), tenant.value(), id).update() > 0;
    }

    private static InterestFlag flag(ResultSet rs, int n) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new InterestFlag(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
                rs.getString("person_name"), rs.getObject("purchase_id", UUID.class), rs.getInt("fiscal_year"),
                rs.getInt("fiscal_month"), rs.getString("work"), rs.getString("source"), rs.getString("counterparty"),
                rs.getString("tie"), rs.getString("party"), rs.getString("matched_by"),
                rs.getTimestamp("found_at").toInstant(), State.valueOf(rs.getString("state")),
                rs.getObject("risk_id", UUID.class), rs.getString("dismissed_reason"), rs.getString("decided_by_name"),
                decided == null ? null : decided.toInstant());
    }
}
