package org.sujarit.staff.provider;

import java.util.Locale;
import java.util.UUID;

import org.sujarit.audit.AuditableEvent;

/** A provider added, switched on or off, or removed, by the platform admin or a tenant admin. */
public record ProviderChanged(UUID tenantId, UUID providerId, Change change) implements AuditableEvent {

    public enum Change { ADDED, ENABLED, DISABLED, REMOVED }

    @Override
    public String action() {
        return "sign-in-provider." + change.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String recordType() {
        return "sign-in-provider";
    }

    @Override
    public String recordId() {
        return providerId.toString();
    }
}
