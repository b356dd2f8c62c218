package org.sujarit.staff;

import java.util.Locale;
import java.util.UUID;

import org.sujarit.audit.Actor;
import org.sujarit.audit.AuditableEvent;

/** Something happened to an account: created, roles or unit changed, deactivated, signed in … */
public record StaffUserChanged(UUID tenantId, UUID userId, Change change, Actor actor) implements AuditableEvent {

    public enum Change {
        CREATED, ASSIGNMENT_CHANGED, DEACTIVATED, REACTIVATED, PASSWORD_RESET, PASSWORD_CHANGED,
        /** Signed in with the password form. */
        SIGNED_IN,
        SIGN_IN_LOCKED,
        /** A sign-in refused for an existing account (wrong password, code, passkey …); never the secret. */
        SIGN_IN_FAILED,
        SIGNED_IN_PASSKEY, SIGNED_IN_PROVIDER,
        /** The second factor after the first (one-time code or recovery code) passed or failed. */
        SECOND_FACTOR_PASSED, SECOND_FACTOR_FAILED,
        /** A fresh second factor asked for a sensitive action (step-up) passed or failed. */
        STEP_UP_PASSED, STEP_UP_FAILED,
        TOTP_ADDED, TOTP_REMOVED, RECOVERY_CODES_RENEWED, RECOVERY_CODE_USED,
        PASSKEY_ADDED, PASSKEY_REMOVED,
        /** A tenant admin (or platform admin) removed all of a member's second factors. */
        FACTORS_RESET,
        /** A single sign-on identity linked to or unlinked from the account. */
        IDENTITY_LINKED, IDENTITY_UNLINKED
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
