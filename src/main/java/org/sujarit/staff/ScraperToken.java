package org.sujarit.staff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * The metrics scraper's credential: a request that sends {@code Authorization: Bearer <token>} with
 * the token of {@code sujarit.metrics.token} may read the measures. Without a configured token no
 * request passes this way. The two tokens are compared as SHA-256 digests with
 * {@link MessageDigest#isEqual}, whose time depends on neither where they first differ nor how long
 * the sent one is, so the time of a refusal says nothing of the token.
 * <p>
 * A bearer token and not a staff account, because a scraper signs in to nothing and keeps no
 * session: it sends the same header every 15 seconds, and it must not count against a person's
 * password throttle or appear as a user. Spring Security's own bearer tokens come with OAuth 2
 * resource-server machinery this one fixed secret does not need.
 */
final class ScraperToken implements AuthorizationManager<RequestAuthorizationContext> {

    /** 32 characters: {@code openssl rand -base64 32} gives 44. */
    static final int MINIMUM_LENGTH = 32;
    private static final String BEARER = "Bearer ";

    private final byte[] digest;

    /** @param token the configured token; null or blank when scrapers have none */
    ScraperToken(String token) {
        if (token == null || token.isBlank()) {
            this.digest = null;
            return;
        }
        if (token.strip().length() < MINIMUM_LENGTH) {
            throw new IllegalStateException("sujarit.metrics.token (SUJARIT_METRICS_TOKEN) is shorter than "
                    + MINIMUM_LENGTH + " characters; make one with: openssl rand -base64 32");
        }
        this.digest = sha256(token.strip());
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
                                         RequestAuthorizationContext context) {
        return new AuthorizationDecision(sentWith(context.getRequest()));
    }

    boolean sentWith(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (digest == null || header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return false;
        }
        return MessageDigest.isEqual(digest, sha256(header.substring(BEARER.length()).strip()));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
