package org.sujarit.plan.web;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.sujarit.plan.ItemView;
import org.sujarit.plan.PlanView;
import org.sujarit.plan.Progress;
import org.sujarit.plan.Progress.Reporter;
import org.sujarit.shared.TenantMember;
import org.sujarit.staff.StaffPrincipal;

/** Who the signed-in user is as a reporter: the integrity officer reports everything, unit staff their unit's items. */
@Component
class ProgressReporters {

    private final Progress progress;

    ProgressReporters(Progress progress) {
        this.progress = progress;
    }

    Reporter of(TenantMember me) {
        boolean officer = PlanPages.has("INTEGRITY_OFFICER");
        boolean staff = PlanPages.has("UNIT_STAFF");
        return new Reporter(me.userId(), officer,
                staff && me instanceof StaffPrincipal principal ? principal.unit() : null);
    }

    boolean mayReport(TenantMember me, ItemView item) {
        Reporter reporter = of(me);
        return (reporter.anyItem() || reporter.unit() != null) && progress.mayReport(me.tenant(), reporter, item);
    }

    Set<UUID> reportableKeys(TenantMember me, PlanView plan) {
        return plan.allItems().filter(item -> mayReport(me, item)).map(ItemView::key).collect(Collectors.toSet());
    }
}
