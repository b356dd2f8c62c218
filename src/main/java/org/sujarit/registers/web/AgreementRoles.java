package org.sujarit.registers.web;

import org.springframework.security.core.context.SecurityContextHolder;

/** Who reads every agreement and the code's acknowledgements (officer, executive), and who drafts and publishes (officer). */
final class AgreementRoles {

    static final String READERS = "hasAnyRole('INTEGRITY_OFFICER', 'EXECUTIVE')";
    static final String OFFICER = "hasRole('INTEGRITY_OFFICER')";

    private AgreementRoles() {
    }

    static boolean officer() {
        return has("ROLE_INTEGRITY_OFFICER");
    }

    static boolean seesAll() {
        return has("ROLE_INTEGRITY_OFFICER") || has("ROLE_EXECUTIVE");
    }

    private static boolean has(String authority) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(authority));
    }
}
