package org.sujarit.staff.factor;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.sujarit.audit.Actor;
import org.sujarit.shared.TenantId;
import org.sujarit.staff.Role;
import org.sujarit.staff.StaffPrincipal;

/**
 * Who must pass a second factor: the identity custodian and the platform admin always; in a
 * tenant, also the roles its tenant admin chose. A person needs one when any of their roles does.
 * <p>
 * The gate asks this on every request of a session without a second factor, so a tenant's choice is
 * kept for {@code sujarit.tenant.cache-ttl} (10 s, as the organisations are) and forgotten here once a
 * change is committed: another instance applies a change at most that much later.
 */
@Service
public class SecondFactorRequirement {

    /** Required everywhere, whatever a tenant chooses. */
    public static final Set<Role> ALWAYS = EnumSet.of(Role.IDENTITY_CUSTODIAN, Role.PLATFORM_ADMIN);

    /** The roles a tenant admin may add. */
    public static final Set<Role> CHOOSABLE = EnumSet.complementOf(EnumSet.of(Role.IDENTITY_CUSTODIAN, Role.PLATFORM_ADMIN,
            Role.OVERSIGHT));

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Cache<TenantId, Set<Role>> chosenByTenant;

    SecondFactorRequirement(JdbcClient jdbc, ApplicationEventPublisher events,
                            @Value("${sujarit.tenant.cache-ttl:PT10S}") Duration cacheTtl) {
        this.jdbc = jdbc;
        this.events = events;
        this.chosenByTenant = Caffeine.newBuilder().expireAfterWrite(cacheTtl).maximumSize(20_000).build();
    }

    public boolean requires(StaffPrincipal person) {
        if (person.roles().stream().anyMatch(ALWAYS::contains)) {
            return true;
        }
        if (!person.hasTenant()) {
            return false;
        }
        Set<Role> roles = chosenByTenant.get(person.tenant(), tenant -> Set.copyOf(chosen(tenant)));
        return person.roles().stream().anyMatch(roles::contains);
    }

    /** The roles this tenant added to those always required. */
    public Set<Role> chosen(TenantId tenant) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("select role from second_factor_role where tenant_id = ?").param(tenant.value())
                .query(String.class).list().forEach(role -> roles.add(Role.valueOf(role)));
        return roles;
    }

    /** The tenant admin's choice; audited with the roles before and after. */
    @Transactional
    public void choose(TenantId tenant, Set<Role> roles, Actor actor) {
        Set<Role> before = chosen(tenant);
        Set<Role> after = EnumSet.noneOf(Role.class);
        roles.stream().filter(CHOOSABLE::contains).forEach(after::add);
        if (before.equals(after)) {
            return;
        }
        jdbc.sql("delete from second_factor_role where tenant_id = ?").param(tenant.value()).update();
        for (Role role : after) {
            jdbc.sql("insert into second_factor_role (tenant_id, role) values (?, ?)").params(tenant.value(), role.name()).update();
        }
        events.publishEvent(new SecondFactorRolesChanged(tenant.value(), before, after, actor));
        chosenByTenant.invalidate(tenant);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    chosenByTenant.invalidate(tenant);
                }
            });
        }
    }
}
