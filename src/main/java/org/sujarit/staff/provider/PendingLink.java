package org.sujarit.staff.provider;

import java.io.Serial;
import java.io.Serializable;
import java.util.UUID;

import org.springframework.security.core.Authentication;

/**
 * Kept in the session while the person is away at the provider to link an identity: either
 * through a mailed invitation ({@code invitationToken}), or from their own signed-in session
 * ({@code userId}, with the session's sign-in to restore afterwards, factors and all).
 */
record PendingLink(String registrationId, String invitationToken, UUID userId, Authentication signedIn)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String ATTRIBUTE = "sujarit.provider.pendingLink";

    static PendingLink invitation(String registrationId, String token) {
        return new PendingLink(registrationId, token, null, null);
    }

    static PendingLink account(String registrationId, UUID userId, Authentication signedIn) {
        return new PendingLink(registrationId, null, userId, signedIn);
    }

    boolean byInvitation() {
        return invitationToken != null;
    }
}
