package org.sujarit.demo;

import java.nio.charset.StandardCharsets;

import org.springframework.stereotype.Component;
import org.sujarit.shared.TenantId;
import org.sujarit.staff.StaffUser;
import org.sujarit.staff.StaffUsers;
import org.sujarit.staff.roster.Invitations;
import org.sujarit.staff.roster.StaffImport;

/**
 * The demo's invented staff list, imported through the tenant admin's own staff import (people
 * already there are left alone). One of them sets the demo password with a printed activation
 * code, as a real member of staff would, so that the demo has a member of staff to sign in as.
 */
@Component
class DemoStaffLoader {

    /** The shape of the staff file. */
    record DemoStaff(String knownPassword, String list) {
    }

    private final StaffImport staffImport;
    private final Invitations invitations;
    private final StaffUsers users;
    private final DemoProperties properties;

    DemoStaffLoader(StaffImport staffImport, Invitations invitations, StaffUsers users, DemoProperties properties) {
        this.staffImport = staffImport;
        this.invitations = invitations;
        this.users = users;
        this.properties = properties;
    }

    void load(TenantId tenant, String file) {
        DemoStaff staff = DemoLoader.read(file, DemoStaff.class);
        staffImport.confirm(tenant, staff.list().getBytes(StandardCharsets.UTF_8), true);
        StaffUser known = users.findByUsername(staff.knownPassword())
                .orElseThrow(() -> new IllegalStateException("The demo staff list has no " + staff.knownPassword()));
        if (invitations.awaiting(tenant).stream().anyMatch(a -> a.userId().equals(known.id()))) {
            Invitations.Issued code = invitations.issue(tenant, known.id(), Invitations.Kind.PRINTED);
            invitations.acceptCode(code.username(), code.secret(), properties.password());
        }
    }
}
