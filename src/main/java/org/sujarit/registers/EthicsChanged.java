package org.sujarit.registers;

import java.util.UUID;

import org.sujarit.audit.AuditableEvent;

/** A version of the code of ethics published, or acknowledged by a person (the record is the version). */
public record EthicsChanged(UUID tenantId, UUID codeId, String verb) implements AuditableEvent {

    static EthicsChanged published(UUID tenant, UUID code) {
        return new EthicsChanged(tenant, code, "published");
    }

    static EthicsChanged acknowledged(UUID tenant, UUID code) {
        return new EthicsChanged(tenant, code, "acknowledged");
    }

    @Override
    public String action() {
        return "ethics-code." + verb;
    }

    @Override
    public String recordType() {
        return "ethics-code";
    }

    @Override
    public String recordId() {
        return codeId.toString();
    }
}
