package org.sujarit.registers;

import java.util.Locale;
import java.util.UUID;

import org.sujarit.audit.AuditableEvent;

/**
 * An agreement drafted, revised, signed or assessed, a year's signing date set, or an agreement
 * opened by someone other than its person (recorded, as agreements are personal data).
 */
public record AgreementChanged(UUID tenantId, String recordType, String recordId, Change change) implements AuditableEvent {

    public enum Change { DRAFTED, REVISED, SIGNED, ASSESSED, VIEWED, SIGN_BY_SET }

    static AgreementChanged of(UUID tenant, UUID agreement, Change change) {
        return new AgreementChanged(tenant, "agreement", agreement.toString(), change);
    }

    @Override
    public String action() {
        return "agreement." + change.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
