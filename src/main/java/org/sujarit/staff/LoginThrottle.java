package org.sujarit.staff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing per user name, in PostgreSQL so that every app instance sees the
 * same count: after {@value #FREE_FAILURES} failures in a row the name is locked for 1 minute,
 * then 2, 4, 8 … up to an hour per further failure. A success clears the count; a day without
 * failures forgets it. Names that do not exist are throttled alike, so the answer tells nothing.
 */
@Component
class LoginThrottle {

    static final int FREE_FAILURES = 4;
    static final Duration MAX_LOCK = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Optional<Duration> lockedFor(String username) {
        Instant now = clock.instant();
        return jdbc.sql("select locked_until from login_throttle where username_digest = ?")
                .param(digest(username))
                .query((rs, n) -> rs.getTimestamp("locked_until"))
                .optional()
                .map(Timestamp::toInstant)
                .filter(until -> until.isAfter(now))
                .map(until -> Duration.between(now, until));
    }

    /** Counts a failure and returns the lock it causes, if any. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    Optional<Duration> recordFailure(String username) {
        Instant now = clock.instant();
        int failures = jdbc.sql("""
                insert into login_throttle (username_digest, failures, last_failure_at) values (?, 1, ?)
                on conflict (username_digest) do update set
                    failures = case when login_throttle.last_failure_at < ? then 1 else login_throttle.failures + 1 end,
                    last_failure_at = excluded.last_failure_at
                returning failures""")
                .params(digest(username), Timestamp.from(now), Timestamp.from(now.minus(Duration.ofDays(1))))
                .query(Integer.class).single();
        Optional<Duration> lock = lockAfter(failures);
        lock.ifPresent(duration -> jdbc.sql("update login_throttle set locked_until = ? where username_digest = ?")
                .params(Timestamp.from(now.plus(duration)), digest(username)).update());
        return lock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void clear(String username) {
        jdbc.sql("delete from login_throttle where username_digest = ?").param(digest(username)).update();
    }

    static Optional<Duration> lockAfter(int failures) {
        if (failures <= FREE_FAILURES) {
            return Optional.empty();
        }
        int doublings = Math.min(failures - FREE_FAILURES - 1, 6);
        Duration lock = Duration.ofMinutes(1L << doublings);
        return Optional.of(lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock);
    }

    static byte[] digest(String username) {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest(username.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
