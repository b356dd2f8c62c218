package org.sujarit.staff.web;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.sujarit.shared.TenantId;
import org.sujarit.staff.NewStaffUser;
import org.sujarit.staff.Role;
import org.sujarit.tenant.UnitId;

/** A tenant admin adds a staff member, who sets their own password at first sign-in. */
record NewUserForm(@NotBlank(message = "{validation.required}") @Size(max = 64, message = "{validation.tooLong}") String username,
                   @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String displayName,
                   @Email(message = "{validation.email}") @Size(max = 200, message = "{validation.tooLong}") String email,
                   UUID unitId,
                   @NotEmpty(message = "{user.roles.empty}") Set<Role> roles,
                   @NotBlank(message = "{validation.required}") String initialPassword) {

    static NewUserForm empty() {
        return new NewUserForm("", "", "", null, Set.of(), "");
    }

    NewStaffUser toCommand(TenantId tenant) {
        return new NewStaffUser(tenant, username, displayName, email, unitId == null ? null : new UnitId(unitId),
                roles, null, initialPassword, true, false);
    }
}
