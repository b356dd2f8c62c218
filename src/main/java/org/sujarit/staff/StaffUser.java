package org.sujarit.staff;

import java.util.Set;
import java.util.UUID;

import org.sujarit.shared.TenantId;
import org.sujarit.tenant.UnitId;

/**
 * An account as the admin pages show it; never carries the password hash.
 *
 * @param position the person's position (ตำแหน่ง) as the staff list gives it; {@code null} when unknown
 */
public record StaffUser(UUID id, TenantId tenantId, String username, String displayName, String email,
                        UnitId unitId, Set<Role> roles, OversightScope oversight, boolean active,
                        boolean mustChangePassword, boolean demo, String position) {
}
