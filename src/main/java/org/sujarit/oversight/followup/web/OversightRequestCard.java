package org.sujarit.oversight.followup.web;

import java.util.List;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.sujarit.console.DashboardCard;
import org.sujarit.oversight.followup.OversightRequests;
import org.sujarit.shared.TenantId;
import org.sujarit.staff.Role;
import org.sujarit.staff.StaffPrincipal;

/**
 * Requests from overseers still waiting for this local government's answer, and how many are past
 * their due date — on the console's home of those who answer them, and only while any wait.
 */
@Component
class OversightRequestCard implements DashboardCard.Source {

    private final OversightRequests requests;

    OversightRequestCard(OversightRequests requests) {
        this.requests = requests;
    }

    @Override
    public Optional<DashboardCard> card(TenantId tenant) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof StaffPrincipal me) || !me.hasTenant()
                || !me.tenant().equals(tenant) || !(me.has(Role.INTEGRITY_OFFICER) || me.has(Role.TENANT_ADMIN))) {
            return Optional.empty();
        }
        int[] counts = requests.openAndOverdue(tenant);
        if (counts[0] == 0) {
            return Optional.empty();
        }
        return Optional.of(new DashboardCard("followup.card.title", String.valueOf(counts[0]), "followup.card.note",
                List.of(counts[1]), "/console/oversight-requests"));
    }

    @Override
    public int order() {
        return 5;
    }
}
