package org.sujarit.notification;

import java.util.UUID;

import org.sujarit.audit.AuditableEvent;

/** A person was mailed the day's digest; the trail names the user, never the address. */
public record DigestSent(UUID tenantId, UUID userId) implements AuditableEvent {

    @Override
    public String action() {
        return "notification.digest-sent";
    }

    @Override
    public String recordType() {
        return "user";
    }

    @Override
    public String recordId() {
        return userId.toString();
    }
}
