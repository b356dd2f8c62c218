package org.sujarit.registers;

import org.sujarit.shared.TenantMember;
import org.sujarit.staff.Role;
import org.sujarit.staff.StaffPrincipal;

/** Who oversees the declarations (everyone's, each view audited) and who decides on flags and committees. */
public final class InterestRoles {

    public static final String OVERSEERS = "hasAnyRole('INTEGRITY_OFFICER', 'EXECUTIVE')";
    public static final String FLAG_READERS = "hasAnyRole('INTEGRITY_OFFICER', 'EXECUTIVE')";
    public static final String OFFICER = "hasRole('INTEGRITY_OFFICER')";
    /** The integrity officer and the procurement editors name committees. */
    public static final String COMMITTEE_EDITORS = "hasAnyRole('INTEGRITY_OFFICER', 'UNIT_STAFF')";

    private InterestRoles() {
    }

    static boolean overseer(TenantMember member) {
        return member instanceof StaffPrincipal p && (p.has(Role.INTEGRITY_OFFICER) || p.has(Role.EXECUTIVE));
    }
}
