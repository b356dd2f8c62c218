package org.sujarit.audit;

import java.util.UUID;

/**
 * A change of state worth recording. Modules publish their domain events with this interface;
 * the trail records who, when, what kind of change and which record — never the content, so
 * that no personal data enters the trail.
 */
public interface AuditableEvent {

    /** The tenant whose chain records the event; {@code null} for platform-level changes. */
    UUID tenantId();

    /** What happened, as {@code record-type.past-tense-verb}, e.g. {@code unit.created}. */
    String action();

    String recordType();

    String recordId();

    /** Who acted, when the event knows better than the security context (e.g. a sign-in). */
    default Actor actor() {
        return null;
    }
}
