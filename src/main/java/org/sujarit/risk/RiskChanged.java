package org.sujarit.risk;

import java.util.Locale;
import java.util.UUID;

import org.sujarit.audit.AuditableEvent;

/** Something changed in a tenant's risk assessments. */
public record RiskChanged(UUID tenantId, String recordType, UUID record, Change change) implements AuditableEvent {

    public enum Change {
        ASSESSMENT_CREATED, ASSESSMENT_CARRIED_OVER, RISK_ADDED, RISK_EDITED, RISK_REMOVED, MEASURE_ADDED,
        MEASURE_EDITED, MEASURE_REMOVED, MONITORED, PUBLISHED, UNPUBLISHED, SELF_ASSESSED
    }

    @Override
    public String recordId() {
        return record.toString();
    }

    @Override
    public String action() {
        return "risk." + change.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
