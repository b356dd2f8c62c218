package org.sujarit.complaint;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Supplier;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.sujarit.complaint.vault.IdentityVault;
import org.sujarit.infrastructure.guard.GuessThrottle;
import org.springframework.transaction.support.TransactionTemplate;
import org.sujarit.risk.RiskAssessments;
import org.sujarit.tenant.Organisations;
import org.sujarit.tenant.Units;

/**
 * The complaint centre's commands as they ran at past times, so that the demo loads its cases with
 * realistic dates — each filed, answered and closed when the data file says — through the same
 * rules as a real case. For the demo only: nothing a user does reaches it.
 * <p>
 * The commands it gives are not transactional by themselves; the caller runs them in its own
 * transaction.
 */
@Component
public class ComplaintHistory {

    private final ComplaintRepository repository;
    private final Organisations organisations;
    private final Units units;
    private final ApplicationEventPublisher events;
    private final ZoneId zone;
    private final IdentityVault vault;
    private final RiskAssessments risks;
    private final GuessThrottle guesses;
    private final TransactionTemplate transaction;

    ComplaintHistory(ComplaintRepository repository, Organisations organisations, Units units,
                     ApplicationEventPublisher events, Clock clock, IdentityVault vault, RiskAssessments risks,
                     GuessThrottle guesses, TransactionTemplate transaction) {
        this.transaction = transaction;
        this.vault = vault;
        this.guesses = guesses;
        this.risks = risks;
        this.repository = repository;
        this.organisations = organisations;
        this.units = units;
        this.events = events;
        this.zone = clock.getZone();
    }

    /** The commands, each run at the instant {@code now} gives when it is called. */
    public Complaints at(Supplier<Instant> now) {
        return new Complaints(repository, organisations, units, events, new PastClock(now, zone), vault, risks, guesses,
                transaction, Duration.ofSeconds(30), Duration.ZERO);
    }

    private static final class PastClock extends Clock {

        private final Supplier<Instant> now;
        private final ZoneId zone;

        PastClock(Supplier<Instant> now, ZoneId zone) {
            this.now = Objects.requireNonNull(now);
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new PastClock(now, zone);
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }
}
