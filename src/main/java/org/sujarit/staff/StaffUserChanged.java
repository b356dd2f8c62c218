package org.sujarit.staff;

import java.util.Locale;
import java.util.UUID;

import org.sujarit.audit.Actor;
import org.sujarit.audit.AuditableEvent;

/** Something happened to an account: created, roles or unit changed, deactivated, signed in … */
public record StaffUserChanged(UUID tenantId, UUID userId, Change change, Actor actor) implements AuditableEvent {

    public enum Change {
        CREATED, ASSIGNMENT_CHANGED, DEACTIVATED, REACTIVATED, PASSWORD_RESET, PASSWORD_CHANGED, SIGNED_IN,
        SIGN_IN_LOCKED
    }

    public StaffUserChanged(UUID tenantId, UUID userId, Change change) {
        this(tenantId, userId, change, null);
    }

    @Override
    public String action() {
        return "user." + change.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String recordType() {
        return "user";
    }

    @Override
    public String recordId() {
        return userId.toString();
    }
}
