package org.sujarit.staff;

import java.util.Set;

import org.sujarit.shared.TenantId;
import org.sujarit.tenant.UnitId;

/**
 * An account to create. Tenant staff carry a tenant and tenant roles; a platform admin or an
 * oversight user carries neither tenant nor unit.
 */
public record NewStaffUser(TenantId tenantId, String username, String displayName, String email, UnitId unitId,
                           Set<Role> roles, OversightScope oversight, String initialPassword,
                           boolean mustChangePassword, boolean demo) {
}
