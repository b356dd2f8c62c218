package org.sujarit.plan;

import java.util.UUID;

import org.sujarit.shared.RuleViolation;

/** A plan of a tenant with its open (draft/approved) and published revisions, if any. */
public record PlanSummary(UUID planId, int firstYear, int lastYear, UUID openRevisionId, RevisionStatus openStatus,
                          int openNumber, UUID publishedRevisionId, int publishedNumber) {

    public boolean hasOpenRevision() {
        return openRevisionId != null;
    }

    public boolean isPublished() {
        return publishedRevisionId != null;
    }

    /**
     * The number of a new revision, copied from the published one to change a published plan:
     * there is one open revision at the most, and nothing to copy before a first publication.
     */
    int nextRevisionNumber() {
        if (hasOpenRevision()) {
            throw new RuleViolation(null, "plan.revision.alreadyOpen");
        }
        if (!isPublished()) {
            throw new RuleViolation(null, "plan.revision.nothingPublished");
        }
        return publishedNumber + 1;
    }

    /** Whether this plan shares a fiscal year with a plan of the given years. */
    boolean overlaps(PlanHeader other) {
        return firstYear <= other.lastYear() && other.firstYear() <= lastYear;
    }

    /** The revision staff work on: the open one, else the published one. */
    public UUID workingRevisionId() {
        return openRevisionId != null ? openRevisionId : publishedRevisionId;
    }
}
