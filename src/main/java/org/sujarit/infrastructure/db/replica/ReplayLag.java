package org.sujarit.infrastructure.db.replica;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * How far the standby's replay is behind the primary, from the primary's WAL position sampled at
 * each check: the standby is at least as old as the earliest sample it has not yet replayed. The
 * usual measure, {@code now() - pg_last_xact_replay_timestamp()}, reads a quiet primary (nothing
 * committed for a minute) as a standby a minute behind; and {@code pg_stat_replication.replay_lag}
 * stops moving while replay is paused. This one needs two one-row queries per check, no write.
 *
 * <p>Until the standby has once replayed a sample, its lag is unknown (a standby that was hours behind
 * when the application started is not read until it has caught up with the first check). Samples are
 * kept while the standby is away, for twice the largest lag that is allowed, so that a standby coming
 * back with a backlog is seen to be behind. Not thread-safe: one check at a time.
 */
final class ReplayLag {

    private record Sample(Instant at, long walPosition) {
    }

    private final Deque<Sample> unreplayed = new ArrayDeque<>();
    private final Duration kept;
    private boolean caughtUpOnce;

    ReplayLag(Duration maxLag) {
        this.kept = maxLag.multipliedBy(2);
    }

    /** The primary's WAL position (bytes since 0/0) at a moment. */
    void primaryAt(Instant at, long walPosition) {
        unreplayed.addLast(new Sample(at, walPosition));
        while (unreplayed.size() > 1 && unreplayed.peekFirst().at().isBefore(at.minus(kept))) {
            unreplayed.removeFirst();
        }
    }

    /** How long the standby, having replayed up to {@code replayed}, has lacked WAL the primary had; empty while unknown. */
    Optional<Duration> behind(Instant now, long replayed) {
        while (!unreplayed.isEmpty() && unreplayed.peekFirst().walPosition() <= replayed) {
            unreplayed.removeFirst();
            caughtUpOnce = true;
        }
        if (!caughtUpOnce) {
            return Optional.empty();
        }
        return Optional.of(unreplayed.isEmpty() ? Duration.ZERO : Duration.between(unreplayed.peekFirst().at(), now));
    }
}
