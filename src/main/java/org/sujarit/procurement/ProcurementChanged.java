package org.sujarit.procurement;

import java.util.Locale;
import java.util.UUID;

import org.sujarit.audit.AuditableEvent;

/** Something changed in a tenant's procurement summaries. */
public record ProcurementChanged(UUID tenantId, String recordType, UUID record, Change change) implements AuditableEvent {

    public enum Change {
        PURCHASE_ADDED, PURCHASE_EDITED, PURCHASE_REMOVED, PURCHASES_IMPORTED, PUBLISHED, NO_PROCUREMENT_DECLARED,
        UNPUBLISHED
    }

    @Override
    public String recordId() {
        return record.toString();
    }

    @Override
    public String action() {
        return "procurement." + change.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
