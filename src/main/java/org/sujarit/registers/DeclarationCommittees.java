package org.sujarit.registers;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.procurement.ProcurementSummaries;
import org.sujarit.procurement.Purchase;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantId;
import org.sujarit.staff.StaffUser;
import org.sujarit.staff.StaffUsers;

/**
 * Who sat on the committee of which purchase: the integrity officer or a procurement editor names
 * the members; each then declares for that purchase. This is how the flags know who handled what.
 */
@Service
public class DeclarationCommittees {

    static final int MAX_MEMBERS = 20;
    static final String NAMED = "named";

    private final JdbcClient jdbc;
    private final ProcurementSummaries procurement;
    private final StaffUsers users;
    private final DeclarationRepository declarations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DeclarationCommittees(JdbcClient jdbc, ProcurementSummaries procurement, StaffUsers users,
                          DeclarationRepository declarations, ApplicationEventPublisher events,
                          Clock clock) {
        this.jdbc = jdbc;
        this.procurement = procurement;
        this.users = users;
        this.declarations = declarations;
        this.events = events;
        this.clock = clock;
    }

    /** The purchase's committee; the purchase must be the tenant's, in that month. */
    @Transactional(readOnly = true)
    public DeclarationCommittee committee(TenantId tenant, int fiscalYear, int fiscalMonth, UUID purchaseId) {
        Purchase purchase = procurement.purchase(tenant, fiscalYear, fiscalMonth, purchaseId);
        List<InterestDeclaration> declared = declarations.currentForPurchase(tenant, purchaseId);
        List<DeclarationCommittee.Member> members = jdbc.sql("""
                select u.id, u.display_name from interest_committee_member c join app_user u on u.id = c.user_id
                where c.tenant_id = ? and c.purchase_id = ? order by u.display_name""")
                .params(tenant.value(), purchaseId)
                .query((rs, n) -> {
                    UUID userId = rs.getObject("id", UUID.class);
                    return new DeclarationCommittee.Member(userId, rs.getString("display_name"), declared.stream()
                            .filter(d -> d.userId().equals(userId)).findFirst().orElse(null));
                }).list();
        return new DeclarationCommittee(fiscalYear, fiscalMonth, purchase, members);
    }

    /** Replaces the committee with these members, all active accounts of the tenant. */
    @Transactional
    public void name(TenantId tenant, int fiscalYear, int fiscalMonth, UUID purchaseId, Set<UUID> members, UUID by) {
        procurement.purchase(tenant, fiscalYear, fiscalMonth, purchaseId);
        if (members.size() > MAX_MEMBERS) {
            throw new RuleViolation("members", "interest.committee.tooMany");
        }
        Set<UUID> active = users.list(tenant).stream().filter(StaffUser::active).map(StaffUser::id)
                .collect(Collectors.toSet());
        if (!active.containsAll(members)) {
            throw new RuleViolation("members", "interest.committee.unknownMember");
        }
        jdbc.sql("delete from interest_committee_member where tenant_id = ? and purchase_id = ?")
                .params(tenant.value(), purchaseId).update();
        Timestamp now = Timestamp.from(clock.instant());
        for (UUID member : members) {
            jdbc.sql("""
                    insert into interest_committee_member (tenant_id, purchase_id, fiscal_year, fiscal_month, user_id,
                                                           named_by, named_at)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(tenant.value(), purchaseId, fiscalYear, fiscalMonth, member, by, now).update();
        }
        events.publishEvent(new InterestChanged(tenant.value(), InterestChanged.COMMITTEE, purchaseId, NAMED));
    }

    /** How many members each purchase of the year has on its committee; purchases without one are absent. */
    @Transactional(readOnly = true)
    public java.util.Map<UUID, Integer> memberCounts(TenantId tenant, int fiscalYear) {
        java.util.Map<UUID, Integer> counts = new java.util.HashMap<>();
        jdbc.sql("""
                select purchase_id, count(*) from interest_committee_member
                where tenant_id = ? and fiscal_year = ? group by purchase_id""")
                .params(tenant.value(), fiscalYear)
                .query(rs -> {
                    counts.put(rs.getObject(1, UUID.class), rs.getInt(2));
                });
        return counts;
    }

    /** The purchases a person sat on, the latest first. */
    @Transactional(readOnly = true)
    public List<DeclarationCommittee.Seat> seatsOf(TenantId tenant, UUID userId) {
        return jdbc.sql("""
                select fiscal_year, fiscal_month, purchase_id from interest_committee_member
                where tenant_id = ? and user_id = ? order by fiscal_year desc, fiscal_month desc, named_at desc""")
                .params(tenant.value(), userId)
                .query((rs, n) -> new DeclarationCommittee.Seat(rs.getInt(1), rs.getInt(2), rs.getObject(3, UUID.class)))
                .list();
    }

    /** Whether the person sits on the purchase's committee. */
    boolean sitsOn(TenantId tenant, UUID userId, UUID purchaseId) {
        return jdbc.sql("select count(*) from interest_committee_member where tenant_id = ? and user_id = ? and purchase_id = ?")
                .params(tenant.value(), userId, purchaseId).query(Long.class).single() > 0;
    }
}
