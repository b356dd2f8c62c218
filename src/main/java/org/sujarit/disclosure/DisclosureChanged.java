package org.sujarit.disclosure;

import java.util.Locale;
import java.util.UUID;

import org.sujarit.audit.AuditableEvent;

/** Something changed in what a tenant publishes against the disclosure checklist. */
public record DisclosureChanged(UUID tenantId, String recordType, String recordId, Change change) implements AuditableEvent {

    public enum Change { PUBLISHED, REPLACED, WITHDRAWN, ASSIGNED }

    @Override
    public String action() {
        return "disclosure." + change.name().toLowerCase(Locale.ROOT);
    }
}
