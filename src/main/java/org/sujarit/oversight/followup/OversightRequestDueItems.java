package org.sujarit.oversight.followup;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.sujarit.notification.DueItem;

/**
 * Each open request in the LAO integrity officer's digest (no unit: the officer's business), due
 * on the date the overseer set; the digest marks it overdue once that has passed. The title is the
 * subject the overseer wrote (about an indicator, never about a person) before the sender, whose
 * name is what a long title loses.
 */
@Component
class OversightRequestDueItems implements DueItem.Source {

    private final OversightRequests requests;

    OversightRequestDueItems(OversightRequests requests) {
        this.requests = requests;
    }

    @Override
    public List<DueItem> dueItems(LocalDate today) {
        return requests.openOfAllTenants(today).stream().map(r -> new DueItem(r.tenantId(), null, "oversight",
                DueItem.titleLine("คำขอติดตาม: " + r.subject() + " — จาก " + r.senderName()),
                DueItem.titleLine("Follow-up request: " + r.subject() + " — from " + r.senderName()),
                r.dueOn(), "/console/oversight-requests/" + r.id(), false)).toList();
    }
}
