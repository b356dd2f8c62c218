package org.sujarit.staff;

import java.time.Duration;
import java.util.Optional;
import java.util.stream.IntStream;

import org.springframework.stereotype.Component;
import org.sujarit.infrastructure.guard.GuessThrottle;
import org.sujarit.infrastructure.guard.GuessThrottle.Policy;

/**
 * Slows down password guessing per user name, through the platform's {@link GuessThrottle}: after
 * {@value #FREE_FAILURES} failures in a row the name is locked for 1 minute, then 2, 4, 8 … up to
 * an hour per further failure. Names that do not exist are throttled alike.
 */
@Component
class LoginThrottle {

    static final int FREE_FAILURES = 4;
    static final Duration MAX_LOCK = Duration.ofHours(1);
    static final Policy POLICY = new Policy("staff-sign-in", FREE_FAILURES,
            IntStream.rangeClosed(0, 6).mapToObj(i -> Duration.ofMinutes(Math.min(1L << i, MAX_LOCK.toMinutes()))).toList());

    private final GuessThrottle throttle;

    LoginThrottle(GuessThrottle throttle) {
        this.throttle = throttle;
    }

    Optional<Duration> lockedFor(String username) {
        return throttle.lockedFor(POLICY, username);
    }

    /** Counts a failure and returns the lock it causes, if any. */
    Optional<Duration> recordFailure(String username) {
        return throttle.failed(POLICY, username);
    }

    void clear(String username) {
        throttle.succeeded(POLICY, username);
    }

    byte[] key(String username) {
        return throttle.key(POLICY, username);
    }
}
