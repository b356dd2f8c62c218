package org.sujarit.staff.passkey;

import java.net.URI;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;

/**
 * Sujarit as a WebAuthn relying party: its id is the host of {@code sujarit.public-url} and the only
 * origin it accepts is that address's origin (scheme, host and port) — a passkey made for it works
 * on no other site, and a page served under another address cannot use it. User verification is
 * <em>required</em> when a passkey is made and when it signs in (a passkey is then possession plus a
 * PIN or biometric, so it counts as a second factor), and the passkey is discoverable (signing in needs
 * no user name). Spring's WebAuthn configurer takes the operations bean for its endpoints.
 */
@Configuration(proxyBeanMethods = false)
class PasskeyRelyingParty {

    private final String rpId;
    private final String origin;
    private final Webauthn4JRelyingPartyOperations operations;

    PasskeyRelyingParty(@Value("${sujarit.public-url:http://localhost:8080}") String publicUrl, PasskeyUsers users,
                        PasskeyRecords records) {
        URI uri = URI.create(publicUrl.strip());
        this.rpId = uri.getHost();
        this.origin = uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        this.operations = new Webauthn4JRelyingPartyOperations(users, records,
                PublicKeyCredentialRpEntity.builder().id(rpId).name("Sujarit").build(), Set.of(origin));
        operations.setCustomizeCreationOptions(options -> {
            options.authenticatorSelection(AuthenticatorSelectionCriteria.builder()
                    .userVerification(UserVerificationRequirement.REQUIRED)
                    .residentKey(ResidentKeyRequirement.REQUIRED)
                    .build());
            // The account's stored entity: its display name rather than its user name twice, and the
            // handle already kept when two first passkeys are being made at once.
            Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
            PublicKeyCredentialUserEntity stored = signedIn == null ? null : users.findByUsername(signedIn.getName());
            if (stored != null) {
                options.user(stored);
            }
        });
        operations.setCustomizeRequestOptions(options -> options.userVerification(UserVerificationRequirement.REQUIRED));
    }

    @Bean
    Webauthn4JRelyingPartyOperations passkeyOperations() {
        return operations;
    }

    Webauthn4JRelyingPartyOperations operations() {
        return operations;
    }

    String rpId() {
        return rpId;
    }

    String origin() {
        return origin;
    }
}
