package org.sujarit.plan;

import org.sujarit.shared.RuleViolation;

/**
 * Where a revision of the plan stands: written as a draft, approved by an executive, published
 * to the portal (and frozen), or superseded by a later published revision.
 */
public enum RevisionStatus {
    DRAFT,
    APPROVED,
    PUBLISHED,
    SUPERSEDED;

    /** Only a draft takes changes of content: an approved revision goes back to draft first, a published one is frozen. */
    public void checkEditable() {
        if (this != DRAFT) {
            throw new RuleViolation(null, this == APPROVED ? "plan.edit.approved" : "plan.edit.frozen");
        }
    }
}
