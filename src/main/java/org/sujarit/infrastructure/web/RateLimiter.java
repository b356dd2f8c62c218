package org.sujarit.infrastructure.web;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Fixed-window rate limits for anonymous actions, counted in PostgreSQL so that every instance
 * sees the same counts. A client is its address run through HMAC-SHA-256 with a key from
 * {@code sujarit.rate-limit.key} (base64; several instances must share it) or, unset, a random key
 * of this process: the address is never stored or logged, and a stolen database does not give it
 * back.
 */
@Component
public class RateLimiter {

    /** A limit: at most {@code hits} per {@code window}. */
    public record Limit(String bucket, int hits, Duration window) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecretKeySpec key;

    RateLimiter(JdbcClient jdbc, Clock clock, @Value("${sujarit.rate-limit.key:}") String key) {
        this.jdbc = jdbc;
        this.clock = clock;
        byte[] bytes;
        if (key == null || key.isBlank()) {
            bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
        } else {
            bytes = Base64.getDecoder().decode(key.strip());
        }
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    /** Counts one hit of the client against the limit; false when the limit is already reached. */
    public boolean tryAcquire(Limit limit, String clientAddress) {
        Instant now = clock.instant();
        long windowMillis = limit.window().toMillis();
        Instant windowStart = Instant.ofEpochMilli(now.toEpochMilli() / windowMillis * windowMillis);
        jdbc.sql("delete from rate_limit where bucket = ? and window_start < ?")
                .params(limit.bucket(), Timestamp.from(windowStart)).update();
        Integer hits = jdbc.sql("""
                insert into rate_limit (bucket, client, window_start, hits) values (?, ?, ?, 1)
                on conflict (bucket, client, window_start) do update set hits = rate_limit.hits + 1
                returning hits""")
                .params(limit.bucket(), client(clientAddress), Timestamp.from(windowStart)).query(Integer.class).single();
        return hits <= limit.hits();
    }

    private byte[] client(String address) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal((address == null ? "" : address).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
