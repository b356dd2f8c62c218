package org.sujarit.complaint.web;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.sujarit.complaint.CaseAccess;
import org.sujarit.complaint.CaseSearch;
import org.sujarit.console.DashboardCard;
import org.sujarit.shared.TenantId;
import org.sujarit.shared.TenantMember;

/**
 * The cases still open and how many of them are overdue, counted over what the signed-in user may
 * read: a unit's staff see their unit's, the tenant admin sees no card.
 */
@Component
class ComplaintDashboardCard implements DashboardCard.Source {

    private final CaseSearch search;
    private final CaseAccess access;
    private final Clock clock;

    ComplaintDashboardCard(CaseSearch search, CaseAccess access, Clock clock) {
        this.search = search;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public Optional<DashboardCard> card(TenantId tenant) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof TenantMember me) || !me.hasTenant()
                || !me.tenant().equals(tenant)) {
            return Optional.empty();
        }
        CaseAccess.Scope scope = access.scope(me);
        if (scope.none()) {
            return Optional.empty();
        }
        CaseSearch.Result result = search.search(tenant, scope, CaseSearch.Criteria.ANY, clock.instant());
        return Optional.of(new DashboardCard("dashboard.complaints.open", String.valueOf(result.open()),
                "dashboard.complaints.note", List.of(result.overdue()),
                result.overdue() > 0 ? "/console/complaints?overdue=true" : "/console/complaints"));
    }

    @Override
    public int order() {
        return 30;
    }
}
