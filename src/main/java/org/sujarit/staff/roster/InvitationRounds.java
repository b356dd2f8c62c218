package org.sujarit.staff.roster;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.shared.TenantId;
import org.sujarit.staff.InvitationMail;
import org.sujarit.staff.roster.Invitations.Awaiting;
import org.sujarit.staff.roster.Invitations.Issued;
import org.sujarit.staff.roster.Invitations.Kind;

/**
 * Invites everyone who has not set a password yet: by e-mail those with an address and no live
 * mailed invitation (each mail after its invitation is committed, so a mail never carries a link
 * that was rolled back), on paper the rest — a fresh code for each, the earlier codes void.
 */
@Service
public class InvitationRounds {

    /** What a round of mails did. */
    public record Mailed(int sent, int failed) implements java.io.Serializable {
    }

    private final Invitations invitations;
    private final InvitationMail mail;
    private final Clock clock;

    InvitationRounds(Invitations invitations, InvitationMail mail, Clock clock) {
        this.invitations = invitations;
        this.mail = mail;
        this.clock = clock;
    }

    public boolean mailAvailable() {
        return mail.available();
    }

    public Mailed mailAwaiting(TenantId tenant) {
        int sent = 0;
        int failed = 0;
        for (Awaiting account : invitations.awaiting(tenant)) {
            if (account.email() == null || (account.kind() == Kind.MAIL && account.live(clock.instant()))) {
                continue;
            }
            if (mail(tenant, invitations.issue(tenant, account.userId(), Kind.MAIL))) {
                sent++;
            } else {
                failed++;
            }
        }
        return new Mailed(sent, failed);
    }

    /** Sends one invitation that was just issued. */
    public boolean mail(TenantId tenant, Issued issued) {
        return mail.send(new InvitationMail.Invitation(tenant, issued.email(), issued.displayName(), issued.username(),
                ActivationLinks.path(issued.secret()), issued.expiresAt()));
    }

    @Transactional
    public List<Issued> printAwaiting(TenantId tenant) {
        List<Issued> codes = new ArrayList<>();
        for (Awaiting account : invitations.awaiting(tenant)) {
            if (account.email() == null) {
                codes.add(invitations.issue(tenant, account.userId(), Kind.PRINTED));
            }
        }
        return codes;
    }
}
