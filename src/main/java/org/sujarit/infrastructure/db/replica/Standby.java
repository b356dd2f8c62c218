package org.sujarit.infrastructure.db.replica;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The read replica as the application sees it: a small pool of read-only connections, and whether
 * to read from it now. A check every {@code check-interval}, on a thread of its own, decides that:
 * the standby must answer, be in recovery (a promoted copy no longer follows the primary) and be at
 * most {@code max-lag} behind ({@link ReplayLag}). Reads never wait for the check, and a standby
 * that is not in use costs them nothing; one that stops answering between two checks is found by
 * the read that meets it ({@link #connection(long)}), which then goes to the primary.
 *
 * <p>A standby that is the primary itself (the same server: an operator pointed both settings at
 * the new primary after a failover) is read as it is. Each change of state is one log line.
 */
final class Standby implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Standby.class);

    enum State { WAITING, IN_USE, UNREACHABLE, BEHIND, NOT_A_STANDBY }

    /** What a check reads of a server: whether it replays WAL, its WAL position, and which postmaster it is. */
    private record Server(boolean inRecovery, Long walPosition, OffsetDateTime startedAt) {
    }

    private static final String PRIMARY = """
            select pg_is_in_recovery(),
                   case when pg_is_in_recovery() then null else (pg_current_wal_lsn() - '0/0'::pg_lsn)::bigint end,
                   pg_postmaster_start_time()""";
    private static final String REPLICA = """
            select pg_is_in_recovery(), (pg_last_wal_replay_lsn() - '0/0'::pg_lsn)::bigint, pg_postmaster_start_time()""";

    private final ReplicaProperties properties;
    private final DataSource primary;
    private final HikariDataSource pool;
    private final ReplayLag lag;
    private final ScheduledExecutorService checks;
    private volatile State state = State.WAITING;
    /** The lag the last check measured, in seconds; NaN while it is not known. */
    private volatile double lagSeconds = Double.NaN;

    Standby(ReplicaProperties properties, DataSource primary) {
        this.properties = properties;
        this.primary = primary;
        this.pool = new HikariDataSource(poolConfig(properties));
        this.lag = new ReplayLag(properties.maxLag());
        this.checks = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "read-replica-check");
            thread.setDaemon(true);
            return thread;
        });
    }

    private static HikariConfig poolConfig(ReplicaProperties properties) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("read-replica");
        config.setJdbcUrl(properties.url());
        config.setUsername(properties.username());
        config.setPassword(properties.password());
        config.setReadOnly(true);
        config.setMaximumPoolSize(10);
        // Nothing held open while no read needs it; nothing retried in the background while it is away.
        config.setMinimumIdle(0);
        // A read that meets a standby gone away waits at most this long before it goes to the primary.
        config.setConnectionTimeout(1_000);
        config.setValidationTimeout(1_000);
        config.setInitializationFailTimeout(-1);
        config.addDataSourceProperty("connectTimeout", "2");
        config.addDataSourceProperty("ApplicationName", "sujarit-replica");
        return config;
    }

    void start() {
        log.info("Read replica {} configured: oversight figures and anonymous public pages will be read from it "
                        + "once a check finds it caught up (checked every {}, at most {} behind)",
                properties.where(), properties.checkInterval(), properties.maxLag());
        checks.scheduleWithFixedDelay(this::check, 0, properties.checkInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    State state() {
        return state;
    }

    double lagSeconds() {
        return lagSeconds;
    }

    /**
     * A connection to the standby, or empty when it is not to be read now. A pooled connection is
     * asked whether it still answers before it is handed out (a round trip), so that a standby stopped
     * since the last read sends this read to the primary instead of failing it. When all its
     * connections are busy for a second, the read goes to the primary and the standby stays in use.
     *
     * @param replayedAtLeast the primary's WAL position the read must see (negative: none); the standby
     *                        gets {@link #CATCHING_UP} to replay it, else the read goes to the primary
     */
    Optional<Connection> connection(long replayedAtLeast) {
        if (state != State.IN_USE) {
            return Optional.empty();
        }
        try {
            Connection connection = pool.getConnection();
            if (!connection.isValid(1)) {
                pool.evictConnection(connection);
                lost("a pooled connection no longer answers");
                return Optional.empty();
            }
            if (replayedAtLeast >= 0 && !replayed(connection, replayedAtLeast)) {
                connection.close();
                return Optional.empty();
            }
            return Optional.of(connection);
        } catch (SQLTransientConnectionException e) {
            // The pool names the failure to connect as the cause; without one, every connection was busy.
            if (e.getCause() != null) {
                lost(cause(e));
            }
        } catch (SQLException e) {
            lost(cause(e));
        }
        return Optional.empty();
    }

    /** How long a read that must see a position waits for the standby to replay it (usually milliseconds). */
    static final Duration CATCHING_UP = Duration.ofSeconds(1);

    /** Whether the standby behind this connection has replayed up to the position, waiting for it a moment. */
    private static boolean replayed(Connection connection, long position) throws SQLException {
        long deadline = System.nanoTime() + CATCHING_UP.toNanos();
        try (PreparedStatement replayed = connection.prepareStatement(
                "select coalesce((pg_last_wal_replay_lsn() - '0/0'::pg_lsn)::bigint >= ?, true)")) {
            replayed.setLong(1, position);
            while (true) {
                try (ResultSet row = replayed.executeQuery()) {
                    row.next();
                    if (row.getBoolean(1)) {
                        return true;
                    }
                }
                if (System.nanoTime() > deadline) {
                    return false;
                }
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
    }

    private void lost(String why) {
        become(State.UNREACHABLE, "Read replica {} unreachable ({}): its reads go to the primary until a check finds it again",
                properties.where(), why);
        if (pool.getHikariPoolMXBean() != null) {
            pool.getHikariPoolMXBean().softEvictConnections();
        }
    }

    void check() {
        try {
            Optional<Server> primaryNow = primaryNow();
            Server standby = read(pool, REPLICA);
            if (!standby.inRecovery()) {
                lagSeconds = Double.NaN;
                if (primaryNow.isPresent() && standby.startedAt().equals(primaryNow.get().startedAt())) {
                    become(State.IN_USE, "Read replica {} is the primary itself: read as it is", properties.where());
                } else {
                    become(State.NOT_A_STANDBY, "Read replica {} is not in recovery and is not the primary: a promoted copy no "
                            + "longer follows the primary, so it is not read. Point sujarit.replica.url at a standby of "
                            + "the primary, or unset it", properties.where());
                }
                return;
            }
            Optional<Duration> behind = standby.walPosition() == null ? Optional.empty()
                    : lag.behind(Instant.now(), standby.walPosition());
            lagSeconds = behind.map(d -> d.toMillis() / 1000.0).orElse(Double.NaN);
            if (behind.isEmpty()) {
                become(State.WAITING, "Read replica {} answers; it is read once it has replayed what the primary had at a check",
                        properties.where());
            } else if (behind.get().compareTo(properties.maxLag()) > 0) {
                become(State.BEHIND, "Read replica {} is {} s behind the primary, more than sujarit.replica.max-lag ({}): its "
                        + "reads go to the primary until it catches up", properties.where(),
                        String.format(Locale.ROOT, "%.1f", behind.get().toMillis() / 1000.0), properties.maxLag());
            } else {
                become(State.IN_USE, "Read replica {} in use: oversight figures and anonymous public pages are read from it",
                        properties.where());
            }
        } catch (SQLException | RuntimeException e) {
            // Caught whatever it is: an exception would end the scheduled checks for good.
            lost(cause(e));
        }
    }

    /** What went wrong, at its root: the pool's "connection is not available" says nothing of why. */
    private static String cause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    /** The primary's state now, also recorded as a sample of its WAL position; empty if it does not answer. */
    private Optional<Server> primaryNow() {
        Instant at = Instant.now();
        try {
            Server server = read(primary, PRIMARY);
            if (server.walPosition() != null) {
                lag.primaryAt(at, server.walPosition());
            }
            return Optional.of(server);
        } catch (SQLException e) {
            // The primary's trouble is not the replica's: without a sample the lag is judged on those before.
            return Optional.empty();
        }
    }

    private static Server read(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return new Server(row.getBoolean(1), row.getObject(2, Long.class), row.getObject(3, OffsetDateTime.class));
        }
    }

    private synchronized void become(State next, String message, Object... arguments) {
        State before = state;
        state = next;
        if (before != next) {
            if (next == State.IN_USE || next == State.WAITING) {
                log.info(message, arguments);
            } else {
                log.warn(message, arguments);
            }
        }
    }

    @Override
    public void close() {
        checks.shutdownNow();
        pool.close();
    }
}
