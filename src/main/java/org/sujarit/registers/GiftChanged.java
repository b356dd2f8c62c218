package org.sujarit.registers;

import java.util.Locale;
import java.util.UUID;

import org.sujarit.audit.AuditableEvent;

/**
 * Something happened in a tenant's gift register: a gift recorded, a report decided, the No Gift
 * declaration signed — or someone's records opened by another person, which the trail keeps too.
 * Names which record, never its content.
 */
public record GiftChanged(UUID tenantId, String recordType, String recordId, Change change) implements AuditableEvent {

    public enum Change {
        RECORDED, DECIDED, VIEWED, EXPORTED, SIGNED
    }

    static GiftChanged ofGift(UUID tenantId, UUID giftId, Change change) {
        return new GiftChanged(tenantId, "gift", giftId.toString(), change);
    }

    @Override
    public String action() {
        return recordType + "." + change.name().toLowerCase(Locale.ROOT);
    }
}
