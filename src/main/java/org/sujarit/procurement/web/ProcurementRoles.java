package org.sujarit.procurement.web;

import org.springframework.security.core.context.SecurityContextHolder;

/** Who records and publishes the summary, and who reads it in the console. */
final class ProcurementRoles {

    static final String READERS = "hasAnyRole('INTEGRITY_OFFICER', 'UNIT_STAFF', 'EXECUTIVE', 'INTERNAL_AUDITOR')";
    static final String EDITORS = "hasAnyRole('INTEGRITY_OFFICER', 'UNIT_STAFF')";

    private ProcurementRoles() {
    }

    static boolean editor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream().anyMatch(a ->
                a.getAuthority().equals("ROLE_INTEGRITY_OFFICER") || a.getAuthority().equals("ROLE_UNIT_STAFF"));
    }
}
