package org.sujarit.procurement;

/** Where a month's summary stands. */
public enum MonthState {
    /** Nothing recorded yet. */
    EMPTY,
    /** Purchases recorded, not published. */
    DRAFT,
    PUBLISHED,
    /** Published as "no procurement this month". */
    NO_PROCUREMENT;

    public boolean isPublished() {
        return this == PUBLISHED || this == NO_PROCUREMENT;
    }
}
