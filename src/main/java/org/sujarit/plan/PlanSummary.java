package org.sujarit.plan;

import java.util.UUID;

/** A plan of a tenant with its open (draft/approved) and published revisions, if any. */
public record PlanSummary(UUID planId, int firstYear, int lastYear, UUID openRevisionId, RevisionStatus openStatus,
                          int openNumber, UUID publishedRevisionId, int publishedNumber) {

    public boolean hasOpenRevision() {
        return openRevisionId != null;
    }

    public boolean isPublished() {
        return publishedRevisionId != null;
    }

    /** The revision staff work on: the open one, else the published one. */
    public UUID workingRevisionId() {
        return openRevisionId != null ? openRevisionId : publishedRevisionId;
    }
}
