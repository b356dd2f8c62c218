package org.sujarit.complaint.web;

import java.util.List;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.sujarit.complaint.vault.IdentityVault;
import org.sujarit.console.DashboardCard;
import org.sujarit.shared.TenantId;
import org.sujarit.shared.TenantMember;
import org.sujarit.staff.Role;

/** An identity custodian's way in: the requests to reveal a reporter's identity waiting for a decision. */
@Component
class VaultDashboardCard implements DashboardCard.Source {

    private final IdentityVault vault;

    VaultDashboardCard(IdentityVault vault) {
        this.vault = vault;
    }

    @Override
    public Optional<DashboardCard> card(TenantId tenant) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof TenantMember me) || !me.hasTenant()
                || !me.tenant().equals(tenant) || authentication.getAuthorities().stream()
                        .noneMatch(a -> a.getAuthority().equals("ROLE_" + Role.IDENTITY_CUSTODIAN.name()))) {
            return Optional.empty();
        }
        return Optional.of(new DashboardCard("dashboard.vault.requests", String.valueOf(vault.pending(tenant).size()),
                "dashboard.vault.note", List.of(), "/console/vault"));
    }

    @Override
    public int order() {
        return 35;
    }
}
