package org.sujarit.tenant;

import java.util.UUID;

import org.sujarit.audit.AuditableEvent;

/** A tenant admin changed the public contact details. */
public record OrganisationContactsChanged(UUID tenantId) implements AuditableEvent {

    @Override
    public String action() {
        return "organisation.contacts-changed";
    }

    @Override
    public String recordType() {
        return "organisation";
    }

    @Override
    public String recordId() {
        return tenantId.toString();
    }
}
