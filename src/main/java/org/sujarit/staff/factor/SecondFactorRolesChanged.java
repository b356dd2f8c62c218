package org.sujarit.staff.factor;

import java.util.Set;
import java.util.UUID;

import org.sujarit.audit.Actor;
import org.sujarit.audit.AuditableEvent;
import org.sujarit.staff.Role;

/** A tenant admin changed the roles for which the tenant requires a second factor. */
public record SecondFactorRolesChanged(UUID tenantId, Set<Role> before, Set<Role> after, Actor actor)
        implements AuditableEvent {

    public SecondFactorRolesChanged {
        before = Set.copyOf(before);
        after = Set.copyOf(after);
    }

    @Override
    public String action() {
        return "tenant.second-factor-roles-changed";
    }

    @Override
    public String recordType() {
        return "second-factor-roles";
    }

    @Override
    public String recordId() {
        return tenantId.toString();
    }
}
