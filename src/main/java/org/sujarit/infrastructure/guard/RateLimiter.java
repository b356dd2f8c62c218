package org.sujarit.infrastructure.guard;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Fixed-window rate limits for anonymous actions, counted in PostgreSQL so that every instance
 * sees the same counts. A client is its address as a {@link KeyedHash}: the address is never
 * stored or logged, and a stolen database does not give it back.
 */
@Component
public class RateLimiter {

    /** A limit: at most {@code hits} per {@code window}. */
    public record Limit(String bucket, int hits, Duration window) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final KeyedHash hash;

    RateLimiter(JdbcClient jdbc, Clock clock, KeyedHash hash) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.hash = hash;
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
        return hash.of("address", address);
    }
}
