package org.sujarit.complaint.vault;

import java.util.UUID;

import org.sujarit.audit.AuditableEvent;

/**
 * Something happened in a tenant's identity vault: a reveal requested, approved, refused or
 * viewed (recorded against the case), a vault set up, a custodian added, a wrong passphrase.
 * The trail records that it happened, never the identity.
 */
public record IdentityVaultChanged(UUID tenantId, String recordType, UUID record, String verb) implements AuditableEvent {

    static IdentityVaultChanged ofCase(UUID tenantId, UUID caseId, String verb) {
        return new IdentityVaultChanged(tenantId, "complaint", caseId, verb);
    }

    @Override
    public String recordId() {
        return record.toString();
    }

    @Override
    public String action() {
        return "identity." + verb;
    }
}
