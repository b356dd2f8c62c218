package org.sujarit.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A primary PostgreSQL 17 and a streaming standby of it, as an operator sets them up: the primary
 * from the zonky binaries the application carries (WAL for replication, a replication entry in
 * {@code pg_hba.conf}), the standby made by {@code pg_basebackup -R} (PostgreSQL 17's, from the set-up's
 * {@code .ci/pg-dump-17}) with a replication slot, and started from the same binaries with
 * {@code pg_ctl}, which also stops it (immediately, like a crash) and starts it again. As root the
 * servers run in a user namespace ({@code unshare -U}), as zonky runs its own: PostgreSQL refuses root.
 */
public final class StreamingStandby implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private final Path work;
    private final EmbeddedPostgres primary;
    private final Path bin;
    private final Path standbyDir;
    private final int standbyPort;
    private final String database;

    private StreamingStandby(Path work, EmbeddedPostgres primary, Path bin, int standbyPort, String database) {
        this.work = work;
        this.primary = primary;
        this.bin = bin;
        this.standbyDir = work.resolve("standby");
        this.standbyPort = standbyPort;
        this.database = database;
    }

    /**
     * Starts a primary with {@code database} in it, takes a base backup into a standby and starts
     * the standby; {@code work} is emptied first and holds both data directories and the standby's log.
     */
    public static StreamingStandby start(Path work, String database) throws Exception {
        delete(work);
        Files.createDirectories(work);
        // The binaries are unpacked once, where this class finds pg_ctl (zonky keeps its directory to itself).
        Path binaries = work.getParent().resolve("pg-binaries");
        EmbeddedPostgres primary = EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(binaries.toFile())
                .setDataDirectory(work.resolve("primary"))
                .setCleanDataDirectory(true)
                .setServerConfig("listen_addresses", "localhost")
                // zonky's defaults are a test database's (commits not flushed); these are a primary's.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("wal_level", "replica")
                .setServerConfig("max_connections", "100")
                .setServerConfig("max_wal_senders", "4")
                .setServerConfig("max_replication_slots", "4")
                .start();
        StreamingStandby pair = null;
        try {
            pair = new StreamingStandby(work, primary, bin(primary), JarProcess.freePort(), database);
            pair.allowReplication();
            try (Connection connection = primary.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("create database " + database + " encoding 'UTF8' template template0");
            }
            pair.run(List.of(pgBasebackup().toString(), "--host=localhost", "--port=" + primary.getPort(),
                    "--username=replicator", "--no-password", "--pgdata=" + pair.standbyDir, "--write-recovery-conf",
                    "--create-slot", "--slot=sujarit_standby", "--wal-method=stream", "--checkpoint=fast"), false);
            pair.startStandby();
            return pair;
        } catch (Exception | AssertionError e) {
            if (pair != null) {
                pair.close();
            } else {
                primary.close();
            }
            throw e;
        }
    }

    /** A role for replication only, and the line of {@code pg_hba.conf} that lets it stream from localhost. */
    private void allowReplication() throws SQLException, IOException {
        try (Connection connection = primary.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create role replicator with replication login");
            Path hba = Path.of(query(connection, "show hba_file"));
            Files.writeString(hba, "host replication replicator 127.0.0.1/32 trust\n"
                    + "host replication replicator ::1/128 trust\n" + Files.readString(hba));
            statement.execute("select pg_reload_conf()");
        }
    }

    /**
     * The directory of the primary's own pg_ctl: where its server process runs from. (zonky unpacks its
     * binaries once per JVM and reuses them wherever a later builder asks them to go, so a directory
     * named here may never be made when another test of the same run started a PostgreSQL first.)
     */
    private static Path bin(EmbeddedPostgres primary) throws SQLException, IOException {
        try (Connection connection = primary.getPostgresDatabase().getConnection()) {
            Path server = Path.of("/proc", query(connection, "select pg_backend_pid()"), "exe").toRealPath();
            Path bin = server.getParent();
            if (!Files.isExecutable(bin.resolve("pg_ctl"))) {
                throw new IllegalStateException("no pg_ctl beside the primary's server " + server);
            }
            return bin;
        }
    }

    /** pg_basebackup 17: {@code SUJARIT_PG_BASEBACKUP}, PostgreSQL 17's own, or where {@code .ci/pg-dump-17} puts it. */
    public static Path pgBasebackup() {
        String configured = System.getenv("SUJARIT_PG_BASEBACKUP");
        String cache = System.getenv("XDG_CACHE_HOME") != null && !System.getenv("XDG_CACHE_HOME").isBlank()
                ? System.getenv("XDG_CACHE_HOME") : Path.of(System.getProperty("user.home"), ".cache").toString();
        List<Path> tried = configured != null && !configured.isBlank() ? List.of(Path.of(configured))
                : List.of(Path.of("/usr/lib/postgresql/17/bin/pg_basebackup"), Path.of(cache, "sujarit/pg-dump-17/pg_basebackup"));
        return tried.stream().filter(Files::isExecutable).findFirst().orElseThrow(() -> new IllegalStateException(
                "No pg_basebackup 17 at " + tried + ": run .ci/pg-dump-17 once (see the README's set-up)"));
    }

    public void startStandby() throws IOException, InterruptedException {
        run(List.of(bin.resolve("pg_ctl").toString(), "--pgdata=" + standbyDir, "--log=" + work.resolve("standby.log"),
                "--wait", "--timeout=60", "--options=-p " + standbyPort + " -c listen_addresses=localhost"
                        + " -c unix_socket_directories=''", "start"), true);
    }

    /** Stops the standby as a crash or a pulled plug would: no checkpoint, connections cut. */
    public void stopStandbyImmediately() throws IOException, InterruptedException {
        run(List.of(bin.resolve("pg_ctl").toString(), "--pgdata=" + standbyDir, "--mode=immediate", "--wait", "stop"), true);
    }

    public String primaryUrl() {
        return "jdbc:postgresql://localhost:" + primary.getPort() + "/" + database;
    }

    public String standbyUrl() {
        return "jdbc:postgresql://localhost:" + standbyPort + "/" + database;
    }

    public Connection primary() throws SQLException {
        return DriverManager.getConnection(primaryUrl(), "postgres", "");
    }

    public Connection standby() throws SQLException {
        return DriverManager.getConnection(standbyUrl(), "postgres", "");
    }

    /** Holds the standby's replay: it keeps receiving WAL and answering reads, on the data it had. */
    public void pauseReplay() throws SQLException, InterruptedException {
        try (Connection connection = standby(); Statement statement = connection.createStatement()) {
            statement.execute("select pg_wal_replay_pause()");
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (!"paused".equals(query(connection, "select pg_get_wal_replay_pause_state()"))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("the standby's replay did not pause");
                }
                Thread.sleep(20);
            }
        }
    }

    public void resumeReplay() throws SQLException {
        try (Connection connection = standby(); Statement statement = connection.createStatement()) {
            statement.execute("select pg_wal_replay_resume()");
        }
    }

    /** Waits until the standby has replayed everything the primary has committed so far. */
    public void awaitCaughtUp() throws SQLException, InterruptedException {
        String written;
        try (Connection connection = primary()) {
            written = query(connection, "select pg_current_wal_flush_lsn()::text");
        }
        long deadline = System.nanoTime() + WAIT.toNanos();
        try (Connection connection = standby()) {
            while (!"t".equals(query(connection, "select pg_last_wal_replay_lsn() >= '" + written + "'::pg_lsn"))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("the standby did not replay up to " + written);
                }
                Thread.sleep(20);
            }
        }
    }

    public String standbyLog() throws IOException {
        Path log = work.resolve("standby.log");
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    private static String query(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }

    /** Runs a command to its end; a server's own ones in the user namespace when run as root. */
    private void run(List<String> command, boolean server) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>();
        if (server && "root".equals(System.getProperty("user.name"))) {
            line.addAll(List.of("unshare", "-U"));
        }
        line.addAll(command);
        Path output = work.resolve("commands.log");
        Process process = new ProcessBuilder(line).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile())).start();
        if (!process.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", line) + " did not finish in " + WAIT);
        }
        if (process.exitValue() != 0) {
            throw new AssertionError(String.join(" ", line) + " failed (exit " + process.exitValue() + "):\n"
                    + Files.readString(output, StandardCharsets.UTF_8) + "\n" + standbyLog());
        }
    }

    /** Stops both servers (the standby only if it runs) and deletes their data. */
    @Override
    public void close() throws IOException, InterruptedException {
        try {
            if (Files.exists(standbyDir.resolve("postmaster.pid"))) {
                stopStandbyImmediately();
            }
        } finally {
            primary.close();
            delete(standbyDir);
        }
    }

    private static void delete(Path path) throws IOException {
        if (Files.exists(path)) {
            try (Stream<Path> paths = Files.walk(path)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
