package org.sujarit.staff.roster;

import java.util.Locale;
import java.util.UUID;

import org.sujarit.audit.Actor;
import org.sujarit.audit.AuditableEvent;

/** An invitation to set a first password was issued (replacing any earlier one) or accepted. */
public record InvitationChanged(UUID tenantId, UUID userId, Change change, Actor actor) implements AuditableEvent {

    public enum Change { MAILED, PRINTED, ACCEPTED }

    @Override
    public String action() {
        return "invitation." + change.name().toLowerCase(Locale.ROOT);
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
