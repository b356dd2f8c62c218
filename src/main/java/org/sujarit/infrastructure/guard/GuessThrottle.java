package org.sujarit.infrastructure.guard;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Wrong guesses at a secret — a staff password, a case's secret, a vault passphrase — counted per
 * guessed subject in PostgreSQL, so that every app instance sees the same count. A few failures are
 * free; each further one locks the subject for the next duration of its {@link Policy} (the last
 * one repeating), and a locked subject is refused before any secret is checked. A success clears
 * the count; a day without failures forgets it. The subject is kept only as a keyed hash, and a
 * subject that does not exist (an unknown user name, a case number never issued) is counted like
 * one that does, so the answer tells nothing.
 * <p>
 * Each lock counts in {@code sujarit.guess.locks}, tagged with the policy's scope only: a rise is
 * someone guessing at passwords or case secrets, which the operator should see without learning
 * whose.
 */
@Component
public class GuessThrottle {

    /** Rows untouched this long are forgotten, and their counts with them. */
    static final Duration FORGET_AFTER = Duration.ofDays(1);

    /**
     * How one kind of subject is throttled.
     *
     * @param scope what is guessed at (a name for the rows, and the keyed hash's domain)
     * @param free  failures in a row that cost nothing
     * @param locks the lock after each further failure, the last repeating
     */
    public record Policy(String scope, int free, List<Duration> locks) {

        public Policy {
            if (locks.isEmpty()) {
                throw new IllegalArgumentException("a policy needs at least one lock");
            }
            locks = List.copyOf(locks);
        }

        /** The lock that the {@code failures}-th failure in a row causes, if any. */
        public Optional<Duration> lockAfter(int failures) {
            if (failures <= free) {
                return Optional.empty();
            }
            return Optional.of(locks.get(Math.min(failures - free, locks.size()) - 1));
        }
    }

    private final JdbcClient jdbc;
    private final KeyedHash hash;
    private final MeterRegistry registry;
    private final Clock clock;

    GuessThrottle(JdbcClient jdbc, KeyedHash hash, MeterRegistry registry, Clock clock) {
        this.jdbc = jdbc;
        this.hash = hash;
        this.registry = registry;
        this.clock = clock;
    }

    /** How much longer the subject stays locked; empty when a guess may be checked now. */
    public Optional<Duration> lockedFor(Policy policy, String subject) {
        Instant now = clock.instant();
        return jdbc.sql("select locked_until from guess_throttle where scope = ? and subject = ? and locked_until > ?")
                .params(policy.scope(), key(policy, subject), Timestamp.from(now))
                .query((rs, n) -> rs.getTimestamp(1).toInstant()).optional()
                .map(until -> Duration.between(now, until));
    }

    /**
     * Counts a wrong guess, in a transaction of its own so that the count holds when the caller's
     * rolls back; the lock it causes, if any.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<Duration> failed(Policy policy, String subject) {
        Instant now = clock.instant();
        int failures = jdbc.sql("""
                        insert into guess_throttle (scope, subject, failures, last_failure_at) values (?, ?, 1, ?)
                        on conflict (scope, subject) do update set
                            failures = case when guess_throttle.last_failure_at < ? then 1 else guess_throttle.failures + 1 end,
                            last_failure_at = excluded.last_failure_at
                        returning failures""")
                .params(policy.scope(), key(policy, subject), Timestamp.from(now), Timestamp.from(now.minus(FORGET_AFTER)))
                .query(Integer.class).single();
        Optional<Duration> lock = policy.lockAfter(failures);
        // Made at the first failure, so that the scope's series exists at 0 before its first lock.
        Counter locks = Counter.builder("sujarit.guess.locks").description("Subjects locked after wrong guesses")
                .tag("scope", policy.scope()).register(registry);
        lock.ifPresent(duration -> {
            jdbc.sql("update guess_throttle set locked_until = ? where scope = ? and subject = ?")
                    .params(Timestamp.from(now.plus(duration)), policy.scope(), key(policy, subject)).update();
            locks.increment();
        });
        return lock;
    }

    /** A right guess: the count starts again. */
    public void succeeded(Policy policy, String subject) {
        jdbc.sql("delete from guess_throttle where scope = ? and subject = ?").params(policy.scope(), key(policy, subject))
                .update();
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @SchedulerLock(name = "guess-throttle-forget", lockAtMostFor = "PT5M")
    void forgetOnSchedule() {
        forget();
    }

    /** Forgets subjects nobody has guessed at for a day and that are no longer locked. */
    public int forget() {
        Instant now = clock.instant();
        return jdbc.sql("delete from guess_throttle where last_failure_at < ? and (locked_until is null or locked_until < ?)")
                .params(Timestamp.from(now.minus(FORGET_AFTER)), Timestamp.from(now)).update();
    }

    /** The stored form of a subject: its keyed hash. */
    public byte[] key(Policy policy, String subject) {
        return hash.of(policy.scope(), subject);
    }
}
