package org.sujarit.complaint;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a case stands: received → acknowledged → accepted (or not accepted / referred elsewhere)
 * → assigned to a unit → in progress → resolved → closed; a finished case can be reopened.
 */
public enum CaseStatus {
    RECEIVED,
    ACKNOWLEDGED,
    ACCEPTED,
    NOT_ACCEPTED,
    REFERRED,
    ASSIGNED,
    IN_PROGRESS,
    RESOLVED,
    CLOSED;

    /** Statuses in which nothing more is done unless the case is reopened. */
    public static final Set<CaseStatus> FINISHED = EnumSet.of(NOT_ACCEPTED, REFERRED, CLOSED);

    /** Statuses that count as "handled" for the 15-day rule and the statistics' "finished". */
    public static final Set<CaseStatus> HANDLED = EnumSet.of(NOT_ACCEPTED, REFERRED, RESOLVED, CLOSED);

    public boolean finished() {
        return FINISHED.contains(this);
    }

    public boolean handled() {
        return HANDLED.contains(this);
    }

    /** The steps staff may take from here. Assignment to another unit is allowed while work is under way. */
    public Set<CaseStatus> next() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(ACKNOWLEDGED, NOT_ACCEPTED, REFERRED);
            case ACKNOWLEDGED -> EnumSet.of(ACCEPTED, NOT_ACCEPTED, REFERRED);
            case ACCEPTED -> EnumSet.of(ASSIGNED, REFERRED);
            case ASSIGNED -> EnumSet.of(IN_PROGRESS, ASSIGNED, REFERRED);
            case IN_PROGRESS -> EnumSet.of(RESOLVED, ASSIGNED);
            case RESOLVED -> EnumSet.of(CLOSED, IN_PROGRESS);
            case NOT_ACCEPTED, REFERRED, CLOSED -> EnumSet.noneOf(CaseStatus.class);
        };
    }

    /** The rank of a status along the main path, to tell whether a milestone's status has been reached. */
    int rank() {
        return switch (this) {
            case RECEIVED -> 0;
            case ACKNOWLEDGED -> 1;
            case ACCEPTED -> 2;
            case ASSIGNED -> 3;
            case IN_PROGRESS -> 4;
            case RESOLVED, NOT_ACCEPTED, REFERRED -> 5;
            case CLOSED -> 6;
        };
    }
}
