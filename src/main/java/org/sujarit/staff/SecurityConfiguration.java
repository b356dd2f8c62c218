package org.sujarit.staff;

import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.sujarit.staff.factor.Factors;

/**
 * Who may open what, and the headers every response carries. Staff pages live under
 * {@code /console}, each member of staff's own records under {@code /console/me} (the only part
 * the basic staff role opens), platform administration under {@code /admin}, oversight under
 * {@code /oversight}, the staff JSON API under {@code /api}; the public portal and the public JSON
 * under {@code /api/v1/orgs/{slug}} are everything else. Open311 under {@code /open311} is an API
 * for other applications, without sessions or cookies, so it alone goes without CSRF tokens. Of
 * the actuator, the health probes are open and the Prometheus measures are the scraper's and the
 * platform admin's; everything else of it is closed.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class SecurityConfiguration {

    /** No inline script or style anywhere, no framing, nothing loaded from other sites. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** Argon2id at OWASP's minimum: 19 MiB of memory, 2 iterations, 1 lane; 16-byte salt, 32-byte hash. */
    static final int ARGON2_SALT_BYTES = 16;
    static final int ARGON2_HASH_BYTES = 32;
    static final int ARGON2_PARALLELISM = 1;
    static final int ARGON2_MEMORY_KIB = 19 * 1024;
    static final int ARGON2_ITERATIONS = 2;

    @Bean
    PasswordEncoder passwordEncoder() {
        Argon2PasswordEncoder argon2id = new Argon2PasswordEncoder(ARGON2_SALT_BYTES, ARGON2_HASH_BYTES,
                ARGON2_PARALLELISM, ARGON2_MEMORY_KIB, ARGON2_ITERATIONS);
        return new DelegatingPasswordEncoder("argon2id", Map.of("argon2id", argon2id));
    }

    /**
     * {@code /actuator/prometheus}: the scraper with the token of {@code sujarit.metrics.token}
     * ({@link ScraperToken}), or a platform admin signed in through the usual form and a second factor (to look at the
     * figures in a browser). Anyone else not signed in, a wrong token included, gets 401 with a
     * {@code WWW-Authenticate: Bearer} challenge (RFC 6750), so that a scraper set up wrong says
     * why; a signed-in account of any other role gets 403. Not 404: the path is the same in every
     * Spring Boot application, hiding it hides nothing. The measures hold totals only, no tenant and
     * no person, but they show the platform's activity, which is not for tenants to watch. A refusal
     * keeps no request to return to and the chain creates no session: a scraper keeps none.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain metrics(HttpSecurity http, @Value("${sujarit.metrics.token:}") String token) throws Exception {
        http
                .securityMatcher("/actuator/prometheus")
                .authorizeHttpRequests(requests -> requests.anyRequest().access(AuthorizationManagers.anyOf(
                        new ScraperToken(token), AuthorizationManagers.allOf(
                                AuthorityAuthorizationManager.hasRole(Role.PLATFORM_ADMIN.name()),
                                // The platform admin's sessions owe a second factor (issue 18); this chain is
                                // not behind the staff chain's gate, so it asks for one itself.
                                AuthorityAuthorizationManager.hasAnyAuthority(Factors.FACTOR_TOTP, Factors.FACTOR_WEBAUTHN)))))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(refusals -> refusals
                        .authenticationEntryPoint((request, response, e) -> {
                            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"sujarit-metrics\"");
                            response.setStatus(HttpStatus.UNAUTHORIZED.value());
                        })
                        .accessDeniedHandler((request, response, e) -> response.setStatus(HttpStatus.FORBIDDEN.value())));
        return http.build();
    }

    @Bean
    SecurityFilterChain web(HttpSecurity http, StaffUserDetailsService userDetails, PasswordEncoder passwordEncoder,
                            LoginThrottle throttle, StaffUsers users, ApplicationEventPublisher events,
                            ObjectProvider<SignInCustomizer> customizers) throws Exception {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(userDetails);
        passwords.setPasswordEncoder(passwordEncoder);
        // The manager is set explicitly, without a parent: a parent manager built from the same user
        // details would be asked after a refusal here and would let a locked account sign in.
        http
                .authenticationManager(new ProviderManager(new ThrottledAuthentication(passwords, throttle, users, events)))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").denyAll()
                        .requestMatchers("/admin", "/admin/**").hasRole(Role.PLATFORM_ADMIN.name())
                        .requestMatchers("/oversight", "/oversight/**", "/api/v1/oversight/**").hasRole(Role.OVERSIGHT.name())
                        .requestMatchers("/console/me", "/console/me/**")
                        .hasAnyRole(Role.MEMBER_ROLES.stream().map(Role::name).toArray(String[]::new))
                        .requestMatchers("/console", "/console/**")
                        .hasAnyRole(Role.TENANT_ROLES.stream().map(Role::name).toArray(String[]::new))
                        .requestMatchers("/api/v1/orgs/**", "/open311/**").permitAll()
                        .requestMatchers("/account/**", "/api/**").authenticated()
                        .anyRequest().permitAll())
                .csrf(csrf -> csrf.csrfTokenRepository(new FormTokens()).ignoringRequestMatchers("/open311/**"))
                .formLogin(form -> form
                        .loginPage("/login")
                        .successHandler(new SignInHandlers.Success(events))
                        .failureHandler(new SignInHandlers.Failure())
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?loggedOut"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
                                "camera=(), microphone=(), payment=(), usb=(), geolocation=(self)")));
        for (SignInCustomizer customizer : customizers.orderedStream().toList()) {
            customizer.customize(http);
        }
        return http.build();
    }
}
