package org.sujarit.audit;

import java.time.Instant;
import java.util.UUID;

/** One recorded row of the trail, as shown to auditors. */
public record AuditEvent(long id, long seq, Instant occurredAt, UUID actorId, String actorLabel,
                         String action, String recordType, String recordId) {
}
