package org.sujarit.staff.provider;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.servlet.context.AnnotationConfigServletWebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * A real OpenID Connect provider for the tests: Spring Authorization Server in an application
 * context of its own, on a free port of this machine, with its own sign-in form, a real EC P-256
 * key signing ES256 ID tokens and a real RSA key signing RS256 ones. Clients are added by the
 * tests, each with a behaviour: honest, or one of the ways a token can be wrong (signed with a key
 * the provider does not publish, expired, of another issuer, for another audience, with another
 * nonce). The issuer is {@code http://localhost:{port}}, read from the request.
 */
public final class TestProvider implements AutoCloseable {

    public enum Behaviour { HONEST, FORGED, EXPIRED, WRONG_ISSUER, WRONG_AUDIENCE, WRONG_NONCE }

    /** Each client's secret (the provider wants them all different). */
    public static String secretOf(String clientId) {
        return "test-provider-secret-" + clientId;
    }

    /** What the provider knows: its clients' behaviours and extra claims of its users. */
    static final class State {
        final Map<String, Behaviour> behaviours = new ConcurrentHashMap<>();
        final Map<String, Map<String, Object>> userClaims = new ConcurrentHashMap<>();
        final InMemoryRegisteredClientRepository clients;
        final InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
        final ECKey ecKey;
        final RSAKey rsaKey;
        final ECKey rogueKey;

        State() {
            this.ecKey = ecKey("provider-es256");
            this.rogueKey = ecKey("provider-es256");
            this.rsaKey = rsaKey("provider-rs256");
            this.clients = new InMemoryRegisteredClientRepository(client("bootstrap", "http://localhost/none",
                    SignatureAlgorithm.ES256));
        }
    }

    private final AnnotationConfigServletWebServerApplicationContext context;
    private final State state;
    private final String appBase;

    private TestProvider(AnnotationConfigServletWebServerApplicationContext context, State state, String appBase) {
        this.context = context;
        this.state = state;
        this.appBase = appBase;
    }

    /** Starts a provider for the application served at {@code appBase} (e.g. http://localhost:8123). */
    public static TestProvider start(String appBase) {
        State state = new State();
        AnnotationConfigServletWebServerApplicationContext context = new AnnotationConfigServletWebServerApplicationContext();
        context.registerBean(State.class, () -> state);
        context.register(ProviderServer.class);
        context.refresh();
        return new TestProvider(context, state, appBase);
    }

    public int port() {
        return context.getWebServer().getPort();
    }

    public String issuer() {
        return "http://localhost:" + port();
    }

    /** Adds a client whose id is also the registration id Sujarit uses for it (so its redirect URI is Sujarit's). */
    public void client(String clientId, SignatureAlgorithm algorithm, Behaviour behaviour) {
        state.behaviours.put(clientId, behaviour);
        RegisteredClient client = RegisteredClient.from(client(clientId, appBase + "/login/oauth2/code/" + clientId, algorithm))
                .postLogoutRedirectUri(appBase + "/login?loggedOut").build();
        state.clients.save(client);
    }

    /** Adds a person who can sign in at the provider; their subject is their user name, plus any extra claims. */
    public void user(String username, String password, Map<String, Object> claims) {
        state.users.createUser(User.withUsername(username).password("{noop}" + password).roles("USER").build());
        state.userClaims.put(username, Map.copyOf(claims));
    }

    @Override
    public void close() {
        context.close();
    }

    private static RegisteredClient client(String clientId, String redirectUri, SignatureAlgorithm algorithm) {
        return RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(clientId)
                .clientSecret("{noop}" + secretOf(clientId))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(redirectUri)
                .scope(OidcScopes.OPENID)
                .scope("pid")
                .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                .tokenSettings(TokenSettings.builder().idTokenSignatureAlgorithm(algorithm).build())
                .build();
    }

    private static ECKey ecKey(String keyId) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair pair = generator.generateKeyPair();
            return new ECKey.Builder(Curve.P_256, (ECPublicKey) pair.getPublic())
                    .privateKey((ECPrivateKey) pair.getPrivate()).keyID(keyId).build();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey rsaKey(String keyId) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                    .privateKey((RSAPrivateKey) pair.getPrivate()).keyID(keyId).build();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Not a {@code @Configuration}: the application's component scan would take it for one of its own. */
    @EnableWebSecurity
    static class ProviderServer {

        @Bean
        TomcatServletWebServerFactory webServer() {
            return new TomcatServletWebServerFactory(0);
        }

        /** Every endpoint is a filter of the security chain; Tomcat runs filters only for a path some servlet serves. */
        @Bean
        org.springframework.boot.web.servlet.ServletRegistrationBean<jakarta.servlet.http.HttpServlet> notFound() {
            return new org.springframework.boot.web.servlet.ServletRegistrationBean<>(new jakarta.servlet.http.HttpServlet() {
                @Override
                protected void service(jakarta.servlet.http.HttpServletRequest request,
                                       jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
                    response.sendError(404);
                }
            }, "/");
        }

        @Bean
        @Order(1)
        SecurityFilterChain authorizationServer(HttpSecurity http, State state) throws Exception {
            http.oauth2AuthorizationServer(server -> {
                        http.securityMatcher(server.getEndpointsMatcher());
                        server.registeredClientRepository(state.clients);
                        server.oidc(Customizer.withDefaults());
                    })
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                            new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain signIn(HttpSecurity http) throws Exception {
            http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults());
            return http.build();
        }

        @Bean
        UserDetailsService users(State state) {
            return state.users;
        }

        @Bean
        RegisteredClientRepository clients(State state) {
            return state.clients;
        }

        @Bean
        JWKSource<SecurityContext> keys(State state) {
            return new ImmutableJWKSet<>(new JWKSet(List.of(state.ecKey, state.rsaKey)));
        }

        @Bean
        JwtDecoder jwtDecoder(State state) {
            try {
                return NimbusJwtDecoder.withPublicKey(state.rsaKey.toRSAPublicKey()).build();
            } catch (com.nimbusds.jose.JOSEException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Signs with the provider's keys, except for a FORGED client's tokens: those get a key of the same id that it never published. */
        @Bean
        JwtEncoder jwtEncoder(State state, JWKSource<SecurityContext> keys) {
            NimbusJwtEncoder honest = new NimbusJwtEncoder(keys);
            NimbusJwtEncoder rogue = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(state.rogueKey)));
            return parameters -> {
                List<String> audience = parameters.getClaims().getAudience();
                // the ID token only (it carries the nonce); the access token stays honest
                boolean forged = audience != null && parameters.getClaims().hasClaim("nonce") && audience.stream()
                        .anyMatch(client -> state.behaviours.get(client) == Behaviour.FORGED);
                return (forged ? rogue : honest).encode(parameters);
            };
        }

        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> idTokens(State state) {
            return context -> {
                if (!"id_token".equals(context.getTokenType().getValue())) {
                    return;
                }
                String username = context.getPrincipal().getName();
                state.userClaims.getOrDefault(username, Map.of()).forEach(context.getClaims()::claim);
                Behaviour behaviour = state.behaviours.getOrDefault(context.getRegisteredClient().getClientId(), Behaviour.HONEST);
                Instant now = Instant.now();
                switch (behaviour) {
                    case EXPIRED -> context.getClaims().issuedAt(now.minus(Duration.ofMinutes(20)))
                            .expiresAt(now.minus(Duration.ofMinutes(10)));
                    case WRONG_ISSUER -> context.getClaims().issuer("http://localhost:1/another-issuer");
                    case WRONG_AUDIENCE -> context.getClaims().audience(List.of("another-client"));
                    case WRONG_NONCE -> context.getClaims().claim("nonce", "a-nonce-this-client-never-sent");
                    default -> {
                    }
                }
            };
        }

        @Bean
        AuthorizationServerSettings authorizationServerSettings() {
            return AuthorizationServerSettings.builder().build();
        }
    }
}
