package org.sujarit.staff;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.shared.TenantId;

/**
 * How many of a tenant's active members of staff ({@link Role#STAFF_MEMBER}) have set their own
 * password — the figure behind "ร้อยละของบุคลากรที่เปิดใช้บัญชีแล้ว". An account waiting for its
 * invitation, or holding a temporary password an admin set, has not.
 */
@Component
public class StaffActivation {

    /** Activated accounts out of all accounts counted. */
    public record Count(long activated, long total) {
    }

    private final JdbcClient jdbc;

    StaffActivation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The active staff accounts created before {@code until}, and those of them with a password of their own. */
    @Transactional(readOnly = true)
    public Count count(TenantId tenant, Instant until) {
        return jdbc.sql("""
                select count(*) filter (where u.password_hash is not null and not u.must_change_password) as activated,
                       count(*) as total
                from app_user u
                where u.tenant_id = ? and u.active and u.created_at < ?
                  and exists (select 1 from user_role r where r.user_id = u.id and r.role = 'STAFF_MEMBER')""")
                .params(tenant.value(), Timestamp.from(until))
                .query((rs, n) -> new Count(rs.getLong("activated"), rs.getLong("total"))).single();
    }
}
