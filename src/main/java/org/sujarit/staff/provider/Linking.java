package org.sujarit.staff.provider;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.audit.Actor;
import org.sujarit.shared.RuleViolation;
import org.sujarit.staff.roster.Invitations;

/** Links an identity through a mailed invitation: the invitation is used up in the same transaction. */
@Component
class Linking {

    private final Identities identities;
    private final Invitations invitations;

    Linking(Identities identities, Invitations invitations) {
        this.identities = identities;
        this.invitations = invitations;
    }

    /** The account the invitation was for, now linked; a {@link RuleViolation} says why not. */
    @Transactional
    Identities.Account byInvitation(Provider provider, String subjectKey, String token) {
        Invitations.Invited invited = invitations.invitedByLink(token)
                .orElseThrow(() -> new RuleViolation(null, "provider.problem.invitationGone"));
        Identities.Account account = identities.account(invited.userId()).orElseThrow();
        identities.link(provider, subjectKey, account, new Self(account.userId(), account.username()));
        invitations.acceptLinkWithoutPassword(token);
        return account;
    }

    private record Self(UUID actorId, String actorLabel) implements Actor {
    }
}
