package org.sujarit.registers;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.shared.TenantId;
import org.sujarit.staff.Role;
import org.sujarit.staff.StaffUser;
import org.sujarit.staff.StaffUsers;

/**
 * Whether the tenant publishes its executives' yearly declarations of interests on its portal —
 * the one case in which a declaration is shown by name, as the law publishes executives' own. The
 * executive chooses; everyone else's declarations stay inside. What is published leaves out
 * relatives' names and the dates of signing beyond the day.
 */
@Service
public class InterestPublication {

    static final String RECORD = "interest-publication";

    /** An executive's declaration as the portal shows it: no relative is named. */
    public record Published(String name, String position, int version, LocalDate signedOn, boolean noneDeclared,
                            List<Line> lines) {
    }

    /** One interest: what, whose (self, spouse …), how, in which body. */
    public record Line(InterestKind kind, InterestHolder holder, InterestInvolvement involvement, String organisation,
                       String detail) {
    }

    private final JdbcClient jdbc;
    private final DeclarationRepository declarations;
    private final StaffUsers users;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InterestPublication(JdbcClient jdbc, DeclarationRepository declarations, StaffUsers users,
                        ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.declarations = declarations;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean executivesPublished(TenantId tenant) {
        return jdbc.sql("select executives from interest_publication where tenant_id = ?").param(tenant.value())
                .query(Boolean.class).optional().orElse(false);
    }

    /** The executive's choice: publish the executives' declarations from now on, or stop. */
    @Transactional
    public void publishExecutives(TenantId tenant, boolean publish, UUID by) {
        jdbc.sql("""
                insert into interest_publication (tenant_id, executives, changed_by, changed_at) values (?, ?, ?, ?)
                on conflict (tenant_id) do update set executives = excluded.executives, changed_by = excluded.changed_by,
                                                      changed_at = excluded.changed_at""")
                .params(tenant.value(), publish, by, Timestamp.from(clock.instant())).update();
        events.publishEvent(new InterestChanged(tenant.value(), RECORD, tenant.value(), publish ? "published" : "withdrawn"));
    }

    /** The year's current yearly declarations of the tenant's active executives, empty unless published. */
    @Transactional(readOnly = true)
    public List<Published> executives(TenantId tenant, int fiscalYear) {
        if (!executivesPublished(tenant)) {
            return List.of();
        }
        Set<UUID> executives = users.list(tenant).stream().filter(StaffUser::active)
                .filter(user -> user.roles().contains(Role.EXECUTIVE)).map(StaffUser::id).collect(Collectors.toSet());
        return declarations.currentYearly(tenant, fiscalYear).stream().filter(d -> executives.contains(d.userId()))
                .map(d -> new Published(d.personName(), d.position(), d.version(),
                        LocalDate.ofInstant(d.signedAt(), clock.getZone()), d.noneDeclared(),
                        d.entries().stream().map(e -> new Line(e.kind(), e.holder(), e.involvement(), e.organisation(),
                                e.detail())).toList()))
                .toList();
    }
}
