package org.sujarit.complaint;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.sujarit.complaint.CaseView.DeadlineKind;
import org.sujarit.complaint.CaseView.EventKind;

/** One write of a {@link Complaint}'s move, as {@link ComplaintRepository#save} carries it out. */
sealed interface CaseWrite {

    record Filed(String number, int fiscalYear, Filing filing, String secretHash, UUID filedBy, Instant at) implements CaseWrite {
    }

    record Event(UUID id, Instant at, EventKind kind, CaseStatus from, CaseStatus to, String body, UUID unitId,
                 UUID actorId, boolean visibleToCitizen, List<CheckedFile> files, boolean filesFromCitizen)
            implements CaseWrite {
    }

    record Deadline(DeadlineKind kind, String nameTh, String nameEn, CaseStatus status, Instant dueAt) implements CaseWrite {
    }

    record DeadlinesMet(DeadlineKind kind, String by, Instant at) implements CaseWrite {
    }

    record MilestonesMet(List<String> statuses, Instant at) implements CaseWrite {
    }

    record Moved(CaseStatus status, UUID unitId, Instant finishedAt, String outcome, Instant at) implements CaseWrite {
    }

    record Reopened(CaseStatus status, Instant at) implements CaseWrite {
    }

    record Touched(Instant at) implements CaseWrite {
    }

    record Prioritised(Priority priority) implements CaseWrite {
    }

    record DuplicateOf(UUID original) implements CaseWrite {
    }

    record CauseFound(Cause cause, UUID riskId, String preventiveMeasure) implements CaseWrite {
    }

    record Rated(int satisfaction, String comment, Instant at) implements CaseWrite {
    }
    }
