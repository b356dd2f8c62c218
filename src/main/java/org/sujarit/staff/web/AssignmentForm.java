package org.sujarit.staff.web;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotEmpty;
import org.sujarit.staff.Role;
import org.sujarit.staff.StaffUser;

/** A staff member's roles and unit. */
record AssignmentForm(@NotEmpty(message = "{user.roles.empty}") Set<Role> roles, UUID unitId) {

    static AssignmentForm of(StaffUser user) {
        return new AssignmentForm(user.roles(), user.unitId() == null ? null : user.unitId().value());
    }
}
