package org.sujarit.staff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantId;
import org.sujarit.staff.StaffUserChanged.Change;
import org.sujarit.tenant.Organisations;
import org.sujarit.tenant.Unit;
import org.sujarit.tenant.UnitId;
import org.sujarit.tenant.Units;

/** The accounts. Tenant staff are always read and changed through their tenant. */
@Service
public class StaffUsers {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    private static final String SELECT = """
            select u.id, u.tenant_id, u.username, u.display_name, u.email, u.unit_id, u.active, u.position,
                   u.must_change_password, u.demo, u.oversight_scope, u.oversight_province, u.oversight_region,
                   coalesce((select string_agg(r.role, ',') from user_role r where r.user_id = u.id), '') as roles
            from app_user u""";

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Units units;
    private final Organisations organisations;
    private final ApplicationEventPublisher events;
    private final FindByIndexNameSessionRepository<?> sessions;

    StaffUsers(JdbcClient jdbc, PasswordEncoder passwords, Units units, Organisations organisations,
               ApplicationEventPublisher events, FindByIndexNameSessionRepository<?> sessions) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.units = units;
        this.organisations = organisations;
        this.events = events;
        this.sessions = sessions;
    }

    @Transactional(readOnly = true)
    public List<StaffUser> list(TenantId tenant) {
        return jdbc.sql(SELECT + " where u.tenant_id = ? order by u.active desc, u.display_name")
                .param(tenant.value()).query(StaffUsers::map).list();
    }

    /** An account of a tenant, or ({@code tenant} null) an account without one: platform admin, overseer. */
    @Transactional(readOnly = true)
    public Optional<StaffUser> find(TenantId tenant, UUID id) {
        return jdbc.sql(SELECT + " where u.tenant_id is not distinct from ? and u.id = ?")
                .params(tenant == null ? null : tenant.value(), id)
                .query(StaffUsers::map).optional();
    }

    /** Platform admins and oversight users: the accounts without a tenant. */
    @Transactional(readOnly = true)
    public List<StaffUser> listWithoutTenant() {
        return jdbc.sql(SELECT + " where u.tenant_id is null order by u.display_name").query(StaffUsers::map).list();
    }

    @Transactional(readOnly = true)
    public Optional<StaffUser> findByUsername(String username) {
        return jdbc.sql(SELECT + " where u.username = ?").param(normalise(username)).query(StaffUsers::map).optional();
    }

    @Transactional
    public StaffUser create(NewStaffUser command) {
        String username = normalise(command.username());
        if (!USERNAME.matcher(username).matches()) {
            throw new RuleViolation("username", "user.username.invalid");
        }
        checkAssignment(command.tenantId(), command.roles(), command.unitId(), command.oversight());
        PasswordPolicy.check("password", username, command.initialPassword());
        OversightScope scope = command.oversight();
        UUID id;
        try {
            id = jdbc.sql("""
                    insert into app_user (tenant_id, username, display_name, email, password_hash, unit_id,
                                          oversight_scope, oversight_province, oversight_region,
                                          must_change_password, demo)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(command.tenantId() == null ? null : command.tenantId().value(), username,
                            command.displayName().trim(), blankToNull(command.email()),
                            passwords.encode(command.initialPassword()),
                            command.unitId() == null ? null : command.unitId().value(),
                            scope == null ? null : scope.level().name(), scope == null ? null : scope.provinceCode(),
                            scope == null ? null : scope.region(), command.mustChangePassword(), command.demo())
                    .query(UUID.class).single();
        } catch (DuplicateKeyException e) {
            throw new RuleViolation("username", "user.username.taken");
        }
        insertRoles(id, command.roles());
        events.publishEvent(new StaffUserChanged(tenantValue(command.tenantId()), id, Change.CREATED));
        return jdbc.sql(SELECT + " where u.id = ?").param(id).query(StaffUsers::map).single();
    }

    /** Changes a tenant user's roles and unit; the user signs in again to get them. */
    @Transactional
    public void assign(TenantId tenant, UUID userId, Set<Role> roles, UnitId unitId) {
        StaffUser user = existing(tenant, userId);
        checkAssignment(tenant, roles, unitId, null);
        jdbc.sql("update app_user set unit_id = ? where tenant_id = ? and id = ?")
                .params(unitId == null ? null : unitId.value(), tenant.value(), userId).update();
        jdbc.sql("delete from user_role where user_id = ?").param(userId).update();
        insertRoles(userId, roles);
        endSessions(user.username());
        events.publishEvent(new StaffUserChanged(tenant.value(), userId, Change.ASSIGNMENT_CHANGED));
    }

    @Transactional
    public void deactivate(TenantId tenant, UUID userId, UUID actingUserId) {
        if (userId.equals(actingUserId)) {
            throw new RuleViolation(null, "user.deactivate.self");
        }
        StaffUser user = existing(tenant, userId);
        jdbc.sql("update app_user set active = false where tenant_id = ? and id = ?").params(tenant.value(), userId).update();
        endSessions(user.username());
        events.publishEvent(new StaffUserChanged(tenant.value(), userId, Change.DEACTIVATED));
    }

    @Transactional
    public void reactivate(TenantId tenant, UUID userId) {
        existing(tenant, userId);
        jdbc.sql("update app_user set active = true where tenant_id = ? and id = ?").params(tenant.value(), userId).update();
        events.publishEvent(new StaffUserChanged(tenant.value(), userId, Change.REACTIVATED));
    }

    /** An admin sets a temporary password, to be changed at the next sign-in. */
    @Transactional
    public void resetPassword(TenantId tenant, UUID userId, String temporaryPassword) {
        StaffUser user = existing(tenant, userId);
        PasswordPolicy.check("password", user.username(), temporaryPassword);
        jdbc.sql("""
                update app_user set password_hash = ?, must_change_password = true, password_changed_at = now()
                where tenant_id = ? and id = ?""")
                .params(passwords.encode(temporaryPassword), tenant.value(), userId).update();
        endSessions(user.username());
        events.publishEvent(new StaffUserChanged(tenant.value(), userId, Change.PASSWORD_RESET));
    }

    /** The user's own change, proven by the current password; other sessions of the user end. */
    @Transactional
    public void changeOwnPassword(UUID userId, String currentPassword, String newPassword, String keepSessionId) {
        Credentials own = jdbc.sql("select tenant_id, username, password_hash from app_user where id = ? and active")
                .param(userId)
                .query((rs, n) -> new Credentials(rs.getObject("tenant_id", UUID.class), rs.getString("username"),
                        rs.getString("password_hash")))
                .optional().orElseThrow(() -> new RuleViolation(null, "user.unknown"));
        if (currentPassword == null || !passwords.matches(currentPassword, own.passwordHash())) {
            throw new RuleViolation("currentPassword", "password.currentWrong");
        }
        PasswordPolicy.check("newPassword", own.username(), newPassword);
        if (passwords.matches(newPassword, own.passwordHash())) {
            throw new RuleViolation("newPassword", "password.unchanged");
        }
        jdbc.sql("update app_user set password_hash = ?, must_change_password = false, password_changed_at = now() where id = ?")
                .params(passwords.encode(newPassword), userId).update();
        sessions.findByPrincipalName(own.username()).keySet().stream()
                .filter(id -> !id.equals(keepSessionId))
                .forEach(sessions::deleteById);
        events.publishEvent(new StaffUserChanged(own.tenantId(), userId, Change.PASSWORD_CHANGED));
    }

    /**
     * Switches the demo accounts on or off; they exist only while the demo is on. Switching on
     * restores only the accounts the switch itself turned off, never one an admin deactivated.
     */
    @Transactional
    public int setDemoAccountsActive(boolean active) {
        List<StaffUser> changed = jdbc.sql(SELECT + (active ? " where u.demo and u.demo_suspended" : " where u.demo and u.active"))
                .query(StaffUsers::map).list();
        for (StaffUser user : changed) {
            jdbc.sql("update app_user set active = ?, demo_suspended = ? where id = ?")
                    .params(active, !active, user.id()).update();
            if (!active) {
                endSessions(user.username());
            }
            events.publishEvent(new StaffUserChanged(tenantValue(user.tenantId()), user.id(),
                    active ? Change.REACTIVATED : Change.DEACTIVATED));
        }
        return changed.size();
    }

    private void checkAssignment(TenantId tenant, Set<Role> roles, UnitId unitId, OversightScope oversight) {
        if (roles == null || roles.isEmpty()) {
            throw new RuleViolation("roles", "user.roles.empty");
        }
        if (tenant != null) {
            if (!Role.MEMBER_ROLES.containsAll(roles) || oversight != null) {
                throw new RuleViolation("roles", "user.roles.notTenant");
            }
            if (roles.contains(Role.UNIT_STAFF) && unitId == null) {
                throw new RuleViolation("unitId", "user.unit.required");
            }
            if (unitId != null) {
                Unit unit = units.find(tenant, unitId).orElseThrow(() -> new RuleViolation("unitId", "unit.parent.unknown"));
                if (!unit.active()) {
                    throw new RuleViolation("unitId", "unit.parent.inactive");
                }
            }
        } else {
            boolean platformAdmin = roles.equals(EnumSet.of(Role.PLATFORM_ADMIN)) && oversight == null;
            boolean overseer = roles.equals(EnumSet.of(Role.OVERSIGHT)) && oversight != null;
            if (!(platformAdmin || overseer) || unitId != null) {
                throw new RuleViolation("roles", "user.roles.notPlatform");
            }
            if (overseer && oversight.provinceCode() != null && organisations.province(oversight.provinceCode()).isEmpty()) {
                throw new RuleViolation("provinceCode", "organisation.province.unknown");
            }
        }
    }

    private StaffUser existing(TenantId tenant, UUID userId) {
        return find(tenant, userId).orElseThrow(() -> new StaffUserNotFound(userId));
    }

    private void insertRoles(UUID userId, Set<Role> roles) {
        for (Role role : roles) {
            jdbc.sql("insert into user_role (user_id, role) values (?, ?)").params(userId, role.name()).update();
        }
    }

    private void endSessions(String username) {
        sessions.findByPrincipalName(username).keySet().forEach(sessions::deleteById);
    }

    static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    private static UUID tenantValue(TenantId tenant) {
        return tenant == null ? null : tenant.value();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    static Set<Role> roles(String csv) {
        return csv.isEmpty() ? EnumSet.noneOf(Role.class)
                : Arrays.stream(csv.split(",")).map(Role::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    static OversightScope scope(ResultSet rs) throws SQLException {
        String level = rs.getString("oversight_scope");
        return level == null ? null : new OversightScope(OversightScope.Level.valueOf(level),
                rs.getString("oversight_province"), (Integer) rs.getObject("oversight_region"));
    }

    private record Credentials(UUID tenantId, String username, String passwordHash) {
    }

    private static StaffUser map(ResultSet rs, int row) throws SQLException {
        UUID tenant = rs.getObject("tenant_id", UUID.class);
        UUID unit = rs.getObject("unit_id", UUID.class);
        return new StaffUser(rs.getObject("id", UUID.class), tenant == null ? null : new TenantId(tenant),
                rs.getString("username"), rs.getString("display_name"), rs.getString("email"),
                unit == null ? null : new UnitId(unit), roles(rs.getString("roles")), scope(rs),
                rs.getBoolean("active"), rs.getBoolean("must_change_password"), rs.getBoolean("demo"),
                rs.getString("position"));
    }
}
