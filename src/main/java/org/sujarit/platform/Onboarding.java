package org.sujarit.platform;

import java.util.EnumSet;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.staff.NewStaffUser;
import org.sujarit.staff.Role;
import org.sujarit.staff.StaffUsers;
import org.sujarit.tenant.NewOrganisation;
import org.sujarit.tenant.Organisation;
import org.sujarit.tenant.Organisations;

/** Brings a local government onto the platform together with its first tenant admin. */
@Service
public class Onboarding {

    private final Organisations organisations;
    private final StaffUsers users;

    Onboarding(Organisations organisations, StaffUsers users) {
        this.organisations = organisations;
        this.users = users;
    }

    /**
     * Both or neither: a rejected admin account (name taken, weak password) leaves no
     * organisation behind.
     */
    @Transactional
    public Organisation onboard(NewOrganisation organisation, FirstAdmin admin) {
        Organisation created = organisations.onboard(organisation);
        users.create(new NewStaffUser(created.id(), admin.username(), admin.displayName(), admin.email(), null,
                EnumSet.of(Role.TENANT_ADMIN), null, admin.initialPassword(), admin.mustChangePassword(),
                organisation.demo()));
        return created;
    }

    public record FirstAdmin(String username, String displayName, String email, String initialPassword,
                             boolean mustChangePassword) {
    }
}
