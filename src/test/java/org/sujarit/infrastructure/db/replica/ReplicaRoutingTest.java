package org.sujarit.infrastructure.db.replica;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.transaction.support.TransactionTemplate;
import org.sujarit.support.StreamingStandby;

/**
 * The routing and its fallback on a real primary and a real streaming standby, without the
 * application around them: which reads the standby serves, and what happens when it lags past the
 * bound, stops, comes back, or is promoted. A value is changed on the primary while the standby's
 * replay is paused, so the value a read returns tells which server answered it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicaRoutingTest {

    private static final Duration MAX_LAG = Duration.ofSeconds(5);
    private static final Duration CHECK = Duration.ofMillis(200);

    private StreamingStandby servers;
    private HikariDataSource primaryPool;
    private Standby standby;
    private JdbcClient jdbc;
    private TransactionTemplate readOnly;
    private TransactionTemplate readWrite;
    private long replayedBeforeThePause;

    @BeforeAll
    void start() throws Exception {
        servers = StreamingStandby.start(Path.of("target/replica-routing").toAbsolutePath(), "routing");
        try (Connection primary = servers.primary(); Statement statement = primary.createStatement()) {
            statement.execute("create table figure (value integer not null)");
            statement.execute("insert into figure values (1)");
        }
        servers.awaitCaughtUp();
        primaryPool = new HikariDataSource();
        primaryPool.setJdbcUrl(servers.primaryUrl());
        primaryPool.setUsername("postgres");
        standby = new Standby(new ReplicaProperties(servers.standbyUrl(), "postgres", null, MAX_LAG, CHECK), primaryPool);
        standby.start();
        DataSource routed = new LazyConnectionDataSourceProxy(new ReplicaRouting(primaryPool, standby));
        jdbc = JdbcClient.create(routed);
        DataSourceTransactionManager transactions = new DataSourceTransactionManager(routed);
        readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        readWrite = new TransactionTemplate(transactions);
    }

    @AfterAll
    void stop() throws Exception {
        if (standby != null) {
            standby.close();
        }
        if (primaryPool != null) {
            primaryPool.close();
        }
        if (servers != null) {
            servers.close();
        }
    }

    @Test
    @Order(1)
    void readsThatAskForTheReplicaAndAreNotInAReadWriteTransactionAreServedByTheStandby() throws Exception {
        await("the standby in use", () -> standby.state() == Standby.State.IN_USE);
        replayedBeforeThePause = position(servers.standby(), "pg_last_wal_replay_lsn()");
        servers.pauseReplay();
        setOnPrimary(2);

        assertThat(value()).as("a read that did not ask").isEqualTo(2);
        assertThat(ReplicaReads.during(this::value)).as("a read that asked").isEqualTo(1);
        Integer inReadOnlyTransaction = ReplicaReads.during(() -> readOnly.execute(status -> value()));
        assertThat(inReadOnlyTransaction).isEqualTo(1);
        Integer inReadWriteTransaction = ReplicaReads.during(() -> readWrite.execute(status -> value()));
        assertThat(inReadWriteTransaction).isEqualTo(2);
        assertThat(ReplicaReads.during(() -> {
            ReplicaReads.during(this::value);
            return value();
        })).as("after work that asked inside work that asked").isEqualTo(1);
        assertThat(value()).as("once the work that asked is done").isEqualTo(2);
        assertThat(ReplicaReads.during(() -> ReplicaReads.onPrimary(this::value))).as("on the primary inside it").isEqualTo(2);
    }

    @Test
    @Order(2)
    void readsThatMustSeeAPositionOfThePrimaryWaitAMomentForTheStandbyThenReadThePrimary() throws Exception {
        assertThat(ReplicaReads.seeing(replayedBeforeThePause, this::value)).as("a position the standby has").isEqualTo(1);
        long written = position(servers.primary(), "pg_current_wal_insert_lsn()");
        long before = System.nanoTime();
        assertThat(ReplicaReads.seeing(written, this::value)).as("a position it has not replayed").isEqualTo(2);
        assertThat(Duration.ofNanos(System.nanoTime() - before)).as("after waiting for it")
                .isGreaterThanOrEqualTo(Standby.CATCHING_UP).isLessThan(Standby.CATCHING_UP.plusSeconds(1));
        assertThat(standby.state()).isEqualTo(Standby.State.IN_USE);
    }

    @Test
    @Order(3)
    void aStandbyFurtherBehindThanTheBoundIsNotReadUntilItCatchesUp() throws Exception {
        long paused = System.nanoTime();
        await("the replica's reads on the primary", () -> ReplicaReads.during(this::value) == 2);
        assertThat(standby.state()).isEqualTo(Standby.State.BEHIND);
        assertThat(Duration.ofNanos(System.nanoTime() - paused)).as("within the bound and two checks of the change")
                .isLessThan(MAX_LAG.plus(CHECK.multipliedBy(2)).plusSeconds(1));

        servers.resumeReplay();
        servers.awaitCaughtUp();
        await("the standby in use again", () -> standby.state() == Standby.State.IN_USE);
        servers.pauseReplay();
        setOnPrimary(3);
        assertThat(ReplicaReads.during(this::value)).as("read from the standby again").isEqualTo(2);
    }

    @Test
    @Order(4)
    void aStandbyWhoseConnectionsAreAllBusyPassesTheReadToThePrimaryAndStaysInUse() throws Exception {
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                held.add(standby.connection(-1).orElseThrow());
            }
            assertThat(ReplicaReads.during(this::value)).as("read from the primary").isEqualTo(3);
            assertThat(standby.state()).isEqualTo(Standby.State.IN_USE);
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
        assertThat(ReplicaReads.during(this::value)).as("read from the standby again").isEqualTo(2);
    }

    @Test
    @Order(5)
    void aStandbyThatStopsSendsTheNextReadToThePrimaryWithoutAnErrorAndIsReadAgainOnceItIsBack() throws Exception {
        assertThat(ReplicaReads.during(this::value)).isEqualTo(2);
        servers.stopStandbyImmediately();

        long before = System.nanoTime();
        assertThat(ReplicaReads.during(this::value)).as("the first read after the stop").isEqualTo(3);
        assertThat(Duration.ofNanos(System.nanoTime() - before)).as("without waiting for a timeout").isLessThan(Duration.ofMillis(900));
        assertThat(standby.state()).isEqualTo(Standby.State.UNREACHABLE);
        for (int i = 0; i < 20; i++) {
            assertThat(ReplicaReads.during(this::value)).isEqualTo(3);
        }

        servers.startStandby();
        servers.awaitCaughtUp();
        await("the standby in use again", () -> standby.state() == Standby.State.IN_USE);
        servers.pauseReplay();
        setOnPrimary(4);
        assertThat(ReplicaReads.during(this::value)).as("read from the standby again").isEqualTo(3);
        servers.resumeReplay();
    }

    @Test
    @Order(6)
    void theRoutingIsTheApplicationsOnlyWhenAReplicaIsConfigured() throws Exception {
        try (Standby unreachable = new Standby(new ReplicaProperties("jdbc:postgresql://localhost:1/none", "postgres", null,
                MAX_LAG, CHECK), primaryPool)) {
            unreachable.start();
            await("the check to notice", () -> unreachable.state() == Standby.State.UNREACHABLE);
            JdbcClient routed = JdbcClient.create(new LazyConnectionDataSourceProxy(new ReplicaRouting(primaryPool, unreachable)));
            long before = System.nanoTime();
            assertThat(ReplicaReads.during(() -> routed.sql("select value from figure").query(Integer.class).single())).isEqualTo(4);
            assertThat(Duration.ofNanos(System.nanoTime() - before)).as("no attempt at an unreachable standby")
                    .isLessThan(Duration.ofMillis(300));
        }
        try (Standby itself = new Standby(new ReplicaProperties(servers.primaryUrl(), "postgres", null, MAX_LAG, CHECK),
                primaryPool)) {
            itself.start();
            await("the primary itself, read as it is", () -> itself.state() == Standby.State.IN_USE);
        }
    }

    @Test
    @Order(7)
    void aPromotedStandbyNoLongerFollowsThePrimaryAndIsNotRead() throws Exception {
        servers.awaitCaughtUp();
        await("the standby in use", () -> standby.state() == Standby.State.IN_USE);
        try (Connection connection = servers.standby(); Statement statement = connection.createStatement()) {
            statement.execute("select pg_promote()");
        }
        await("the promoted copy left alone", () -> standby.state() == Standby.State.NOT_A_STANDBY);
        setOnPrimary(5);
        assertThat(ReplicaReads.during(this::value)).isEqualTo(5);
    }

    private static long position(Connection connection, String function) throws Exception {
        try (connection; Statement statement = connection.createStatement();
             var row = statement.executeQuery("select (" + function + " - '0/0'::pg_lsn)::bigint")) {
            row.next();
            return row.getLong(1);
        }
    }

    private int value() {
        return jdbc.sql("select value from figure").query(Integer.class).single();
    }

    private void setOnPrimary(int value) throws Exception {
        try (Connection primary = servers.primary(); Statement statement = primary.createStatement()) {
            statement.execute("update figure set value = " + value);
        }
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited 30 s for " + what);
            }
            Thread.sleep(50);
        }
    }
}
