package org.sujarit.complaint;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.sujarit.infrastructure.guard.GuessThrottle;
import org.springframework.transaction.support.TransactionTemplate;
import org.sujarit.risk.RiskAssessments;
import org.sujarit.tenant.Units;

/**
 * The complaint centre's commands as they ran at past times, so that the demo loads its cases with
 * realistic dates — each filed, answered and closed when the data file says — through the same
 * rules as a real case. For the demo only: nothing a user does reaches it.
 * <p>
 * The use cases it gives are not transactional by themselves; the caller runs them in its own
 * transaction.
 */
@Component
public class ComplaintHistory {

    /** The use cases of the complaint centre, each running at the past instant its clock gives. */
    public record Past(FilingComplaints filing, HandlingCases handling, FollowingCases following, LapsedDeadlines lapses) {
    }

    private final ComplaintRepository repository;
    private final Cases cases;
    private final CaseViews views;
    private final ComplaintSettings settings;
    private final Units units;
    private final RiskAssessments risks;
    private final SecretHashing secrets;
    private final GuessThrottle guesses;
    private final TransactionTemplate transaction;
    private final ComplaintMeters meters;
    private final ZoneId zone;

    ComplaintHistory(ComplaintRepository repository, Cases cases, CaseViews views, ComplaintSettings settings, Units units,
                     RiskAssessments risks, SecretHashing secrets, GuessThrottle guesses, TransactionTemplate transaction,
                     ComplaintMeters meters, Clock clock) {
        this.repository = repository;
        this.cases = cases;
        this.views = views;
        this.settings = settings;
        this.units = units;
        this.risks = risks;
        this.secrets = secrets;
        this.guesses = guesses;
        this.transaction = transaction;
        this.meters = meters;
        this.zone = clock.getZone();
    }

    /** The use cases, each run at the instant {@code now} gives when it is called. */
    public Past at(Supplier<Instant> now) {
        Clock past = new PastClock(now, zone);
        return new Past(new FilingComplaints(repository, settings, units, secrets, transaction, meters, past),
                new HandlingCases(repository, cases, settings, units, risks, past),
                new FollowingCases(repository, views, settings, secrets, guesses, past, Duration.ofSeconds(30)),
                new LapsedDeadlines(repository));
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
