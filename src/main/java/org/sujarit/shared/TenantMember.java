package org.sujarit.shared;

import java.util.UUID;

/**
 * The signed-in staff member as modules see it: whose tenant they act in. Controllers take the
 * tenant from here ({@code @AuthenticationPrincipal TenantMember me}), never from the request.
 */
public interface TenantMember {

    UUID userId();

    boolean hasTenant();

    /** Fails for platform and oversight users, who belong to no tenant. */
    TenantId tenant();
}
