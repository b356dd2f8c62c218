package org.sujarit.plan;

import java.time.Instant;
import java.util.UUID;

import org.sujarit.shared.RuleViolation;

/**
 * A revision of a plan and the moves of its lifecycle, each checked against the status it starts
 * from: an executive approves a draft; an approved revision is published or goes back to draft,
 * its approval lapsing; only a draft takes changes of content. Publishing supersedes the revision
 * published before ({@link PlanRepository#save}); a published plan is changed in a new revision
 * ({@link PlanSummary#nextRevisionNumber()}).
 */
record PlanRevision(UUID id, UUID planId, RevisionStatus status, int firstYear, int lastYear,
                    UUID approvedBy, Instant approvedAt, UUID publishedBy, Instant publishedAt) {

    PlanRevision approve(UUID executive, Instant at) {
        startsFrom(RevisionStatus.DRAFT, "plan.approve.notDraft");
        return new PlanRevision(id, planId, RevisionStatus.APPROVED, firstYear, lastYear, executive, at, publishedBy,
                publishedAt);
    }

    PlanRevision returnToDraft() {
        startsFrom(RevisionStatus.APPROVED, "plan.returnToDraft.notApproved");
        return new PlanRevision(id, planId, RevisionStatus.DRAFT, firstYear, lastYear, null, null, publishedBy, publishedAt);
    }

    PlanRevision publish(UUID by, Instant at) {
        startsFrom(RevisionStatus.APPROVED, "plan.publish.notApproved");
        return new PlanRevision(id, planId, RevisionStatus.PUBLISHED, firstYear, lastYear, approvedBy, approvedAt, by, at);
    }

    /** This revision, to change its content: refused unless it is a draft. */
    PlanRevision requireDraft() {
        status.checkEditable();
        return this;
    }

    private void startsFrom(RevisionStatus required, String refusal) {
        if (status != required) {
            throw new RuleViolation(null, refusal);
        }
    }

    /** An item as this revision stores it: within the plan's years. */
    void check(ItemContent item) {
        item.checkStorable(firstYear, lastYear);
    }
}
