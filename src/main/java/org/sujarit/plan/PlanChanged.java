package org.sujarit.plan;

import java.util.Locale;
import java.util.UUID;

import org.sujarit.audit.AuditableEvent;

/** Something changed in a plan: its content, its revision's status, or a progress report. */
public record PlanChanged(UUID tenantId, String recordType, UUID record, Change change) implements AuditableEvent {

    public enum Change {
        CREATED, HEADER_EDITED, DIMENSION_ADDED, DIMENSION_EDITED, ITEM_ADDED, ITEM_EDITED, ITEM_REMOVED, IMPORTED,
        APPROVED, RETURNED_TO_DRAFT, PUBLISHED, REVISION_STARTED, PROGRESS_REPORTED, EVIDENCE_ADDED,
        EVIDENCE_REMOVED, ROUND_PUBLISHED, KPI_OVERRIDDEN, KPI_OVERRIDE_REMOVED
    }

    @Override
    public String recordId() {
        return record.toString();
    }

    @Override
    public String action() {
        return "plan." + change.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
