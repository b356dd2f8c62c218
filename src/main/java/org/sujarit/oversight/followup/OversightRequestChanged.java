package org.sujarit.oversight.followup;

import java.util.Locale;
import java.util.UUID;

import org.sujarit.audit.AuditableEvent;

/**
 * A request was sent to a local government, answered by it, or closed by the overseer. Recorded in
 * the LAO's chain with the request's id only: never its subject, message or answer.
 */
public record OversightRequestChanged(UUID tenantId, UUID requestId, Change change) implements AuditableEvent {

    public enum Change {
        SENT, ANSWERED, CLOSED
    }

    @Override
    public String action() {
        return recordType() + "." + change.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String recordType() {
        return "oversight-request";
    }

    @Override
    public String recordId() {
        return requestId.toString();
    }
}
