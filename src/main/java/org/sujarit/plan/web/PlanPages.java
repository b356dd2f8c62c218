package org.sujarit.plan.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.sujarit.plan.DimensionView;
import org.sujarit.plan.PlanNotFound;
import org.sujarit.plan.PlanSummary;
import org.sujarit.plan.PlanView;
import org.sujarit.plan.Plans;
import org.sujarit.plan.TreatedRisks;
import org.sujarit.shared.TenantId;
import org.sujarit.shared.TenantMember;

/** What the plan's staff pages share: the tenant's current plan and who may do what with it. */
@Component
class PlanPages {

    private final Plans plans;

    PlanPages(Plans plans) {
        this.plans = plans;
    }

    PlanSummary current(TenantMember me) {
        return plans.current(me.tenant()).orElseThrow(() -> new PlanNotFound("plan"));
    }

    /** The revision staff work on: the open one if any, else the published one. */
    PlanView working(TenantMember me) {
        PlanSummary plan = current(me);
        return plans.view(me.tenant(), plan.workingRevisionId()).orElseThrow(() -> new PlanNotFound("revision"));
    }

    /** The open draft, for changes; a published or approved plan is refused with a message. */
    PlanView draft(TenantMember me) {
        PlanView plan = working(me);
        plan.status().checkEditable();
        return plan;
    }

    static boolean has(String role) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role));
    }

    /** The risks an item treats, as the risk module tells (none when it is absent). */
    static List<TreatedRisks.TreatedRisk> treated(ObjectProvider<TreatedRisks> providers, TenantId tenant, UUID itemKey,
                                                 boolean publishedOnly) {
        return providers.orderedStream().flatMap(p -> p.treatedBy(tenant, itemKey, publishedOnly).stream()).toList();
    }

    /** Every dimension, depth first, for selects. */
    static List<DimensionView> flatten(List<DimensionView> dimensions) {
        List<DimensionView> all = new ArrayList<>();
        for (DimensionView dimension : dimensions) {
            all.add(dimension);
            all.addAll(flatten(dimension.children()));
        }
        return all;
    }
}
