package org.sujarit.complaint;

import java.util.Locale;
import java.util.UUID;

import org.sujarit.audit.AuditableEvent;

/** Something happened to a complaint case or the centre's settings; the trail records that it did, never the content. */
public record ComplaintChanged(UUID tenantId, String recordType, UUID record, Change change) implements AuditableEvent {

    public enum Change {
        FILED, STATUS_CHANGED, REPLIED, EXPLAINED, NOTED, CITIZEN_ADDED, PRIORITY_SET, DUPLICATE_LINKED, OVERDUE_FLAGGED,
        RATED, REOPENED, CAUSE_ANALYSED, ATTACHMENT_VIEWED, CONTACT_VIEWED, SETTINGS_CHANGED, CATEGORY_SAVED
    }

    static ComplaintChanged ofCase(UUID tenantId, UUID caseId, Change change) {
        return new ComplaintChanged(tenantId, "complaint", caseId, change);
    }

    @Override
    public String recordId() {
        return record.toString();
    }

    @Override
    public String action() {
        return "complaint." + change.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
