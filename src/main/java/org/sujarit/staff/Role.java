package org.sujarit.staff;

import java.util.EnumSet;
import java.util.Set;

/** What a user may do. Tenant roles act inside one local government; the first two do not. */
public enum Role {
    PLATFORM_ADMIN,
    /** Province, NACC region or nation: reads aggregates only, never a tenant's records. */
    OVERSIGHT,
    TENANT_ADMIN,
    INTEGRITY_OFFICER,
    /** Staff of one unit, scoped to it. */
    UNIT_STAFF,
    EXECUTIVE,
    INTERNAL_AUDITOR,
    COUNCIL_MEMBER,
    /** The only role that may reveal a whistleblower's identity. */
    IDENTITY_CUSTODIAN;

    public static final Set<Role> TENANT_ROLES = EnumSet.range(TENANT_ADMIN, IDENTITY_CUSTODIAN);

    public boolean isTenantRole() {
        return TENANT_ROLES.contains(this);
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
