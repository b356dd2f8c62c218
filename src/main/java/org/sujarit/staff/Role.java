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
    IDENTITY_CUSTODIAN,
    /**
     * Every employee, executive and council member (บุคลากร): declares gifts and interests,
     * acknowledges the code of ethics, signs agreements, answers staff surveys — under
     * {@code /console/me} only, and only their own records.
     */
    STAFF_MEMBER;

    /** The roles that run the programme and open the console. */
    public static final Set<Role> TENANT_ROLES = EnumSet.range(TENANT_ADMIN, IDENTITY_CUSTODIAN);

    /** Every role a local government's account may hold: the console roles and the basic staff role. */
    public static final Set<Role> MEMBER_ROLES = EnumSet.range(TENANT_ADMIN, STAFF_MEMBER);

    public boolean isTenantRole() {
        return TENANT_ROLES.contains(this);
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
