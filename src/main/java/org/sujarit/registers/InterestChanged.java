package org.sujarit.registers;

import java.util.UUID;

import org.sujarit.audit.AuditableEvent;

/**
 * A declaration signed or viewed by someone else, a committee named, a flag found, recorded on the
 * risk register or dismissed. Only the record's id enters the trail, never what was declared.
 */
public record InterestChanged(UUID tenantId, String recordType, UUID record, String verb) implements AuditableEvent {

    static final String DECLARATION = "interest-declaration";
    static final String COMMITTEE = "interest-committee";
    static final String FLAG = "interest-flag";

    @Override
    public String action() {
        return recordType + "." + verb;
    }

    @Override
    public String recordId() {
        return record.toString();
    }
}
