package org.sujarit.staff.provider;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.stereotype.Component;

/**
 * Decoders of the providers' ID tokens, each accepting only the algorithm its provider is
 * configured with (RS256 or ES256; a token signed any other way, or with a key not in the
 * provider's JWK set, is refused), and checking issuer, audience, expiry and nonce
 * ({@link OidcIdTokenDecoderFactory}'s validator). Spring Security's oauth2Login finds this bean by
 * its type. A decoder is kept per provider and version, so that a changed provider gets a new one.
 */
@Component
class ProviderTokenDecoders implements JwtDecoderFactory<ClientRegistration> {

    private final Providers providers;
    private final Map<String, OidcIdTokenDecoderFactory> factories = new ConcurrentHashMap<>();

    ProviderTokenDecoders(Providers providers) {
        this.providers = providers;
    }

    @Override
    public JwtDecoder createDecoder(ClientRegistration registration) {
        Provider provider = providers.byRegistrationId(registration.getRegistrationId())
                .orElseThrow(() -> new JwtException("No such provider"));
        SignatureAlgorithm algorithm = SignatureAlgorithm.from(provider.jwsAlgorithm());
        if (algorithm != SignatureAlgorithm.RS256 && algorithm != SignatureAlgorithm.ES256) {
            throw new JwtException("Unsupported algorithm");
        }
        String key = provider.registrationId() + "@" + provider.updatedAt() + "@" + algorithm;
        return factories.computeIfAbsent(key, k -> {
            OidcIdTokenDecoderFactory factory = new OidcIdTokenDecoderFactory();
            factory.setJwsAlgorithmResolver(r -> algorithm);
            return factory;
        }).createDecoder(registration);
    }
}
