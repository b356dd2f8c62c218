package org.sujarit.plan.web;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.sujarit.plan.KpiMeasure;
import org.sujarit.plan.KpiMeasures;
import org.sujarit.shared.TenantMember;

/** The measures a KPI of the item editor can be linked to, offered to the tenant by other modules. */
@ControllerAdvice(assignableTypes = PlanItemController.class)
class KpiMeasureOptions {

    private final KpiMeasures measures;

    KpiMeasureOptions(KpiMeasures measures) {
        this.measures = measures;
    }

    @ModelAttribute("measures")
    List<KpiMeasure> measures(@AuthenticationPrincipal TenantMember me) {
        return me == null || !me.hasTenant() ? List.of() : measures.offered(me.tenant());
    }
}
