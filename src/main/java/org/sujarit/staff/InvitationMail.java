package org.sujarit.staff;

import java.time.Instant;

import org.sujarit.shared.TenantId;

/**
 * Sends a member of staff the link that sets their first password. The staff module only knows
 * that such mail exists; the notification module, which owns the mail server's set-up, sends it.
 */
public interface InvitationMail {

    /**
     * One invitation.
     *
     * @param path the link's path and query, to be put after the public address ({@code /activate?token=…})
     */
    record Invitation(TenantId tenant, String to, String displayName, String username, String path, Instant expiresAt) {
    }

    /** Whether mail can go out at all. */
    boolean available();

    /** Sends the invitation; false when the mail server refused it (the reason is logged, without the address). */
    boolean send(Invitation invitation);
}
