package org.sujarit.staff.passkey;

import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialParameters;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.registration.PublicKeyCredentialCreationOptionsRepository;

/**
 * Keeps the options of a passkey being made in the session between Spring's two registration
 * requests. Spring's own repository puts the options object itself in the session, which is not
 * serialisable; Sujarit's sessions live in PostgreSQL (Spring Session JDBC, so that any instance of
 * a cluster can answer the second request), so what the check needs is kept as a plain serialisable
 * value and the options are rebuilt from it: relying party, user entity, challenge, algorithms, user
 * verification, time-out.
 */
final class PasskeyCreationOptions implements PublicKeyCredentialCreationOptionsRepository {

    static final String ATTRIBUTE = PasskeyCreationOptions.class.getName() + ".options";

    private static final List<PublicKeyCredentialParameters> ALGORITHMS = List.of(PublicKeyCredentialParameters.EdDSA,
            PublicKeyCredentialParameters.ES256, PublicKeyCredentialParameters.ES384, PublicKeyCredentialParameters.ES512,
            PublicKeyCredentialParameters.RS256, PublicKeyCredentialParameters.RS384, PublicKeyCredentialParameters.RS512);

    record Kept(String rpId, String rpName, byte[] userHandle, String userName, String userDisplayName, byte[] challenge,
                List<Long> algorithms, String userVerification, String residentKey, long timeoutMillis)
            implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    @Override
    public void save(HttpServletRequest request, HttpServletResponse response, PublicKeyCredentialCreationOptions options) {
        if (options == null) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.removeAttribute(ATTRIBUTE);
            }
            return;
        }
        AuthenticatorSelectionCriteria selection = options.getAuthenticatorSelection();
        request.getSession().setAttribute(ATTRIBUTE, new Kept(options.getRp().getId(), options.getRp().getName(),
                options.getUser().getId().getBytes(), options.getUser().getName(), options.getUser().getDisplayName(),
                options.getChallenge().getBytes(),
                options.getPubKeyCredParams().stream().map(p -> p.getAlg().getValue()).toList(),
                selection.getUserVerification() == null ? null : selection.getUserVerification().getValue(),
                selection.getResidentKey() == null ? null : selection.getResidentKey().getValue(),
                options.getTimeout() == null ? 0 : options.getTimeout().toMillis()));
    }

    @Override
    public PublicKeyCredentialCreationOptions load(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof Kept kept)) {
            return null;
        }
        PublicKeyCredentialCreationOptions.PublicKeyCredentialCreationOptionsBuilder builder =
                PublicKeyCredentialCreationOptions.builder()
                        .rp(PublicKeyCredentialRpEntity.builder().id(kept.rpId()).name(kept.rpName()).build())
                        .user(ImmutablePublicKeyCredentialUserEntity.builder().id(new Bytes(kept.userHandle()))
                                .name(kept.userName()).displayName(kept.userDisplayName()).build())
                        .challenge(new Bytes(kept.challenge()))
                        .pubKeyCredParams(ALGORITHMS.stream()
                                .filter(a -> kept.algorithms().contains(a.getAlg().getValue())).toList())
                        .authenticatorSelection(AuthenticatorSelectionCriteria.builder()
                                .userVerification(userVerification(kept.userVerification()))
                                .residentKey(kept.residentKey() == null ? null : ResidentKeyRequirement.valueOf(kept.residentKey()))
                                .build());
        if (kept.timeoutMillis() > 0) {
            builder.timeout(Duration.ofMillis(kept.timeoutMillis()));
        }
        return builder.build();
    }

    private static UserVerificationRequirement userVerification(String value) {
        if (UserVerificationRequirement.REQUIRED.getValue().equals(value)) {
            return UserVerificationRequirement.REQUIRED;
        }
        if (UserVerificationRequirement.DISCOURAGED.getValue().equals(value)) {
            return UserVerificationRequirement.DISCOURAGED;
        }
        return UserVerificationRequirement.PREFERRED;
    }
}
