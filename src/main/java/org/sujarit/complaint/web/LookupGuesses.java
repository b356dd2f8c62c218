package org.sujarit.complaint.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.sujarit.complaint.Complaints;
import org.sujarit.complaint.Complaints.Lookup;
import org.sujarit.complaint.Complaints.LookupResult;
import org.sujarit.shared.TenantId;

/**
 * Wrong guesses at a case, counted per typed case number in PostgreSQL (so across instances) and
 * whether or not the case exists: from the third wrong guess on each costs a growing wait (one
 * step, two, four … at most eight), and the fifth locks the number for 15 minutes, again after
 * every further wrong guess — the rule the case itself keeps ({@code Complaints.lookUp}), applied
 * to numbers that do not exist as well, so that neither the answer nor its time tells whether a
 * case of that number exists. A right secret clears the count. The look-up and its count commit
 * together: a wrong secret and a wrong number each cost one durable commit, so that the commit
 * does not tell them apart either.
 */
@Component
class LookupGuesses {

    static final int LIMIT = 5;
    static final Duration LOCK = Duration.ofMinutes(15);
    private static final int FREE = 2;
    private static final int MAX_STEPS = 8;

    private final JdbcClient jdbc;
    private final Complaints complaints;
    private final TransactionTemplate transaction;
    private final ProofOfWork keys;
    private final Clock clock;
    private final Duration step;

    LookupGuesses(JdbcClient jdbc, Complaints complaints, TransactionTemplate transaction, ProofOfWork keys, Clock clock,
                  @Value("${sujarit.complaints.guess-delay:PT1S}") Duration step) {
        this.jdbc = jdbc;
        this.complaints = complaints;
        this.transaction = transaction;
        this.keys = keys;
        this.clock = clock;
        this.step = step;
    }

    private record Attempt(Lookup lookup, int failures) {
    }

    /**
     * Looks the case up with the secret typed, unless its number is locked; a wrong guess is counted
     * and then costs its wait, once the look-up has committed.
     */
    Lookup lookUp(TenantId tenant, String number, String secret) {
        Attempt attempt = transaction.execute(status -> {
            if (locked(tenant, number)) {
                return new Attempt(new Lookup(LookupResult.LOCKED, null), 0);
            }
            Lookup lookup = complaints.lookUp(tenant, number, secret);
            return switch (lookup.result()) {
                case FOUND -> {
                    succeeded(tenant, number);
                    yield new Attempt(lookup, 0);
                }
                case NOT_FOUND -> new Attempt(lookup, failed(tenant, number));
                case LOCKED -> new Attempt(lookup, 0);
            };
        });
        pause(delay(attempt.failures()));
        return attempt.lookup();
    }

    private boolean locked(TenantId tenant, String number) {
        return jdbc.sql("select exists (select 1 from complaint_guess where tenant_id = ? and number_key = ? and locked_until > ?)")
                .params(tenant.value(), key(tenant, number), Timestamp.from(clock.instant())).query(Boolean.class).single();
    }

    /** Counts a wrong guess; the number of wrong guesses so far. */
    private int failed(TenantId tenant, String number) {
        Instant now = clock.instant();
        return jdbc.sql("""
                        insert into complaint_guess (tenant_id, number_key, failures, locked_until, last_at)
                        values (:tenant, :key, 1, null, :now)
                        on conflict (tenant_id, number_key) do update set failures = complaint_guess.failures + 1,
                               locked_until = case when complaint_guess.failures + 1 >= :limit then :lock
                                                   else complaint_guess.locked_until end,
                               last_at = :now
                        returning failures""")
                .param("tenant", tenant.value()).param("key", key(tenant, number)).param("now", Timestamp.from(now))
                .param("limit", LIMIT).param("lock", Timestamp.from(now.plus(LOCK))).query(Integer.class).single();
    }

    private static void pause(Duration wait) {
        if (!wait.isZero()) {
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void succeeded(TenantId tenant, String number) {
        jdbc.sql("delete from complaint_guess where tenant_id = ? and number_key = ?")
                .params(tenant.value(), key(tenant, number)).update();
    }

    /** The wait the n-th wrong guess costs. */
    Duration delay(int failures) {
        if (failures <= FREE) {
            return Duration.ZERO;
        }
        return step.multipliedBy(Math.min(MAX_STEPS, 1L << Math.min(failures - FREE - 1, 4)));
    }

    private byte[] key(TenantId tenant, String number) {
        return keys.keyed("case-number:" + tenant.value() + ":" + number);
    }
}
