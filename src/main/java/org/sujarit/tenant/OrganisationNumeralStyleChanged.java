package org.sujarit.tenant;

import java.util.UUID;

import org.sujarit.audit.AuditableEvent;
import org.sujarit.shared.NumeralStyle;

/** A tenant admin chose how the tenant's pages and documents write numbers. */
public record OrganisationNumeralStyleChanged(UUID tenantId, NumeralStyle style) implements AuditableEvent {

    @Override
    public String action() {
        return "organisation.numeral-style-changed";
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
