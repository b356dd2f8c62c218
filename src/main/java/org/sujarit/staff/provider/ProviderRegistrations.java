package org.sujarit.staff.provider;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The client registrations of the providers in {@link Providers}, built from each provider's
 * OpenID Connect discovery document ({@code {issuer}/.well-known/openid-configuration}), fetched
 * with short timeouts and kept for an hour or until the provider is changed; one that could not be
 * asked is not asked again for a minute, so that the pages offering it do not each wait on it. The document must
 * name the configured issuer exactly (OpenID Connect Discovery 1.0, section 4.3). A provider that
 * is unknown, switched off or unreachable has no registration: Spring Security then refuses the
 * sign-in, and {@link ProviderSignIn} shows why.
 */
@Component
class ProviderRegistrations implements ClientRegistrationRepository {

    /** The provider could not be asked: down, slow, or its discovery document is not right. */
    static final class Unavailable extends RuntimeException {
        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private record Cached(Instant updatedAt, Instant fetchedAt, ClientRegistration registration) {
    }

    private record Failed(Instant updatedAt, Instant until, Unavailable why) {
    }

    private static final Logger log = LoggerFactory.getLogger(ProviderRegistrations.class);
    private static final Duration KEPT = Duration.ofHours(1);
    /** How long a provider that could not be asked is not asked again (each page that offers it would wait). */
    private static final Duration UNAVAILABLE_KEPT = Duration.ofMinutes(1);

    private final Providers providers;
    private final Clock clock;
    private final RestClient http;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final Map<String, Failed> failed = new ConcurrentHashMap<>();

    ProviderRegistrations(Providers providers, Clock clock) {
        this.providers = providers;
        this.clock = clock;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
        requests.setReadTimeout(Duration.ofSeconds(10));
        this.http = RestClient.builder().requestFactory(requests).build();
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        Optional<Provider> provider = providers.byRegistrationId(registrationId).filter(Provider::enabled);
        if (provider.isEmpty()) {
            return null;
        }
        try {
            return registration(provider.get());
        } catch (Unavailable e) {
            log.warn("Sign-in provider {} unavailable: {}", registrationId, e.getMessage());
            return null;
        }
    }

    /** The registration of an enabled provider, asking the provider when not known; {@link Unavailable} when it cannot. */
    ClientRegistration registration(Provider provider) {
        Cached cached = cache.get(provider.registrationId());
        Instant now = clock.instant();
        if (cached != null && cached.updatedAt().equals(provider.updatedAt()) && cached.fetchedAt().plus(KEPT).isAfter(now)) {
            return cached.registration();
        }
        Failed recently = failed.get(provider.registrationId());
        if (recently != null && recently.updatedAt().equals(provider.updatedAt()) && recently.until().isAfter(now)) {
            throw recently.why();
        }
        try {
            ClientRegistration registration = build(provider, discover(provider.issuerUri()));
            cache.put(provider.registrationId(), new Cached(provider.updatedAt(), now, registration));
            failed.remove(provider.registrationId());
            return registration;
        } catch (Unavailable e) {
            failed.put(provider.registrationId(), new Failed(provider.updatedAt(), now.plus(UNAVAILABLE_KEPT), e));
            throw e;
        }
    }

    /** The discovery document, checked to name {@code issuer}. */
    Map<String, Object> discover(String issuer) {
        String location = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
        Map<String, Object> metadata;
        try {
            metadata = http.get().uri(location + "/.well-known/openid-configuration").accept(MediaType.APPLICATION_JSON)
                    .retrieve().body(new ParameterizedTypeReference<Map<String, Object>>() {
                    });
        } catch (RuntimeException e) {
            throw new Unavailable("discovery failed: " + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
        if (metadata == null || !issuer.equals(metadata.get("issuer"))) {
            throw new Unavailable("the discovery document names another issuer: " + (metadata == null ? null : metadata.get("issuer")), null);
        }
        return metadata;
    }

    private ClientRegistration build(Provider provider, Map<String, Object> metadata) {
        try {
            return ClientRegistrations.fromOidcConfiguration(metadata)
                    .registrationId(provider.registrationId())
                    .clientName(provider.nameEn())
                    .clientId(provider.clientId())
                    .clientSecret(providers.clientSecret(provider))
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .scope(provider.scopeList())
                    // the claim that names the person is read by ProviderSignIn; sub is always in an ID token
                    .userNameAttributeName(IdTokenClaimNames.SUB)
                    .build();
        } catch (RuntimeException e) {
            throw new Unavailable("the discovery document cannot be used: " + e.getMessage(), e);
        }
    }

    /** The provider's sign-out endpoint (RP-Initiated Logout), when its discovery document names one. */
    Optional<String> endSessionEndpoint(ClientRegistration registration) {
        Object endpoint = registration.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
        return endpoint instanceof String url && !url.isBlank() ? Optional.of(url) : Optional.empty();
    }
}
