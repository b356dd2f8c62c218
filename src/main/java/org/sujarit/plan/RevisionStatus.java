package org.sujarit.plan;

/**
 * Where a revision of the plan stands: written as a draft, approved by an executive, published
 * to the portal (and frozen), or superseded by a later published revision.
 */
public enum RevisionStatus {
    DRAFT,
    APPROVED,
    PUBLISHED,
    SUPERSEDED
}
