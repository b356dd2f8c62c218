package org.sujarit.staff.roster;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.shared.TenantId;
import org.sujarit.staff.Role;
import org.sujarit.staff.StaffUserChanged;
import org.sujarit.staff.StaffUserChanged.Change;
import org.sujarit.tenant.Organisations;
import org.sujarit.tenant.Units;

/**
 * The tenant admin's import of the whole staff list: a preview of who is new and who is already
 * there, then, on confirmation, one {@link Role#STAFF_MEMBER} account per new person, all in one
 * transaction, each without a password until its owner sets one through an invitation. User names
 * come from the e-mail address ({@code somchai.j@…} → {@code somchai.j}), or are {@code <slug>.<n>}
 * for staff without e-mail — never a transliteration of a Thai name.
 */
@Service
public class StaffImport {

    /** What confirming the list would do. */
    public record Preview(List<StaffList.Line> fresh, List<StaffList.Line> existing) {
    }

    private final JdbcClient jdbc;
    private final Units units;
    private final Organisations organisations;
    private final ApplicationEventPublisher events;

    StaffImport(JdbcClient jdbc, Units units, Organisations organisations, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.units = units;
        this.organisations = organisations;
        this.events = events;
    }

    /** @throws StaffListRejected with every problem of every line */
    @Transactional(readOnly = true)
    public Preview preview(TenantId tenant, byte[] content) {
        List<StaffList.Line> lines = read(tenant, content);
        return new Preview(lines.stream().filter(l -> !l.existing()).toList(),
                lines.stream().filter(StaffList.Line::existing).toList());
    }

    /**
     * Creates the accounts of the list's new people, checking the list again first.
     *
     * @return the new accounts' ids
     * @throws StaffListRejected with every problem of every line; then nothing is saved
     */
    @Transactional
    public List<UUID> confirm(TenantId tenant, byte[] content, boolean demo) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('staff-import'), hashtext(?))").param(tenant.value().toString())
                .query((rs, n) -> 1).single();
        Usernames usernames = new Usernames(organisations.get(tenant).slug());
        List<UUID> created = new ArrayList<>();
        for (StaffList.Line line : read(tenant, content)) {
            if (line.existing()) {
                continue;
            }
            UUID id = jdbc.sql("""
                    insert into app_user (tenant_id, username, display_name, email, password_hash, unit_id, position,
                                          must_change_password, demo)
                    values (?, ?, ?, ?, null, ?, ?, false, ?) returning id""")
                    .params(tenant.value(), usernames.next(line.email()), line.name(), line.email(),
                            line.unit().unit().id().value(), line.position(), demo)
                    .query(UUID.class).single();
            jdbc.sql("insert into user_role (user_id, role) values (?, ?)").params(id, Role.STAFF_MEMBER.name()).update();
            events.publishEvent(new StaffUserChanged(tenant.value(), id, Change.CREATED));
            created.add(id);
        }
        return created;
    }

    private List<StaffList.Line> read(TenantId tenant, byte[] content) {
        List<StaffList.Account> accounts = jdbc.sql("select display_name, email from app_user where tenant_id = ?")
                .param(tenant.value())
                .query((rs, n) -> new StaffList.Account(rs.getString("display_name"), rs.getString("email"))).list();
        return StaffList.read(content, units.activeTree(tenant), accounts);
    }

    /** Free user names: the e-mail's local part, or the tenant's slug and a number, with a number added when taken. */
    private final class Usernames {

        private final String slug;
        private final Set<String> given = new HashSet<>();
        private int number;

        Usernames(String slug) {
            this.slug = slug.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "");
        }

        String next(String email) {
            String base = email == null ? "" : email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT)
                    .replaceAll("[^a-z0-9._-]+", ".").replaceAll("^[^a-z0-9]+", "");
            if (base.length() > 56) {
                base = base.substring(0, 56);
            }
            if (base.length() >= 3 && free(base)) {
                return take(base);
            }
            if (base.length() >= 3) {
                for (int n = 2; ; n++) {
                    if (free(base + n)) {
                        return take(base + n);
                    }
                }
            }
            while (true) {
                String candidate = slug + "." + (++number);
                if (free(candidate)) {
                    return take(candidate);
                }
            }
        }

        private boolean free(String username) {
            return !given.contains(username)
                    && jdbc.sql("select count(*) from app_user where username = ?").param(username).query(Long.class).single() == 0;
        }

        private String take(String username) {
            given.add(username);
            return username;
        }
    }
}
