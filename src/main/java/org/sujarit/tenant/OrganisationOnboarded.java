package org.sujarit.tenant;

import java.util.UUID;

import org.sujarit.audit.AuditableEvent;

/** A platform admin brought a local government onto the platform. */
public record OrganisationOnboarded(UUID organisationId) implements AuditableEvent {

    @Override
    public UUID tenantId() {
        return null;
    }

    @Override
    public String action() {
        return "organisation.onboarded";
    }

    @Override
    public String recordType() {
        return "organisation";
    }

    @Override
    public String recordId() {
        return organisationId.toString();
    }
}
