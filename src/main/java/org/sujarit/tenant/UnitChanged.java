package org.sujarit.tenant;

import java.util.Locale;
import java.util.UUID;

import org.sujarit.audit.AuditableEvent;

/** A unit was created, edited, moved, deactivated or reactivated. */
public record UnitChanged(UUID tenantId, UUID unitId, Change change) implements AuditableEvent {

    public enum Change { CREATED, EDITED, MOVED, DEACTIVATED, REACTIVATED }

    @Override
    public String action() {
        return "unit." + change.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String recordType() {
        return "unit";
    }

    @Override
    public String recordId() {
        return unitId.toString();
    }
}
