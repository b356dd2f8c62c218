package org.sujarit.infrastructure.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sujarit.db.archive}: the newcomer's embedded PostgreSQL archives each finished WAL segment,
 * whole, into the directory named, so that a base backup of it can be recovered to a later moment
 * (docs/deployment.md, "Backups and point-in-time recovery"); and the embedded start on a directory
 * restored by ops/restore.sh waits for the end of the recovery before anything writes.
 */
class EmbeddedArchiveTest {

    @TempDir
    Path work;

    @Test
    void eachFinishedWalSegmentIsCopiedWholeIntoTheArchive() throws Exception {
        Path archive = work.resolve("wal archive");
        EmbeddedCluster cluster = new EmbeddedDatabaseConfiguration()
                .embeddedCluster(new EmbeddedDatabaseProperties(work.resolve("postgres"), 0, "sujarit", archive));
        try (Connection connection = cluster.postgres().getPostgresDatabase().getConnection();
             Statement sql = connection.createStatement()) {
            sql.execute("create table filing (n int)");
            sql.execute("insert into filing select generate_series(1, 1000)");
            String segment;
            try (var rows = sql.executeQuery("select pg_walfile_name(pg_current_wal_lsn())")) {
                rows.next();
                segment = rows.getString(1);
            }
            sql.execute("select pg_switch_wal()");

            Path archived = archive.resolve(segment);
            awaitFile(archived);
            assertThat(archived).hasSize(16L * 1024 * 1024);
            try (var rows = sql.executeQuery("select failed_count from pg_stat_archiver")) {
                rows.next();
                assertThat(rows.getLong(1)).as("archive_command failures").isZero();
            }
            try (var listing = Files.list(archive)) {
                assertThat(listing.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".partial"));
            }
        } finally {
            cluster.stop();
        }
    }

    @Test
    void aBaseBackupAndTheArchiveRestoreIntoANewDirectoryThatTheEmbeddedStartRecoversBeforeUse() throws Exception {
        Path archive = work.resolve("archive");
        Path backups = work.resolve("backups");
        EmbeddedCluster cluster = new EmbeddedDatabaseConfiguration()
                .embeddedCluster(new EmbeddedDatabaseProperties(work.resolve("postgres"), 0, "sujarit", archive));
        try (Connection connection = cluster.postgres().getPostgresDatabase().getConnection();
             Statement sql = connection.createStatement()) {
            sql.execute("create table filing (n int)");
            sql.execute("insert into filing select generate_series(1, 10)");
            run("ops/backup-base.sh", "-d", "host=localhost user=postgres port=" + cluster.postgres().getPort(),
                    "-o", backups.toString());
            sql.execute("insert into filing select generate_series(11, 20)");
            String segment;
            try (var rows = sql.executeQuery("select pg_walfile_name(pg_current_wal_lsn()), pg_switch_wal()")) {
                rows.next();
                segment = rows.getString(1);
            }
            awaitFile(archive.resolve(segment));
        } finally {
            cluster.stop();
        }
        Path base;
        try (var listing = Files.list(backups)) {
            base = listing.findFirst().orElseThrow();
        }
        Path restored = work.resolve("restored");
        run("ops/restore.sh", "-b", base.toString(), "-a", archive.toString(), "-D", restored.toString());

        EmbeddedCluster recovered = new EmbeddedDatabaseConfiguration()
                .embeddedCluster(new EmbeddedDatabaseProperties(restored, 0, "sujarit", null));
        try (Connection connection = recovered.postgres().getPostgresDatabase().getConnection();
             Statement sql = connection.createStatement()) {
            try (var rows = sql.executeQuery("select count(*), pg_is_in_recovery() from filing")) {
                rows.next();
                assertThat(rows.getInt(1)).as("rows written before and after the base backup").isEqualTo(20);
                assertThat(rows.getBoolean(2)).as("still recovering").isFalse();
            }
            sql.execute("insert into filing values (21)");
        } finally {
            recovered.stop();
        }
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(String.join(" ", command) + ":\n" + output).isZero();
    }

    private static void awaitFile(Path file) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!Files.exists(file) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(file).exists();
    }

    @Test
    void anArchivePathTheShellWouldReadOtherwiseIsRefused() {
        assertThatThrownBy(() -> EmbeddedDatabaseConfiguration.archiveCommand(Path.of("/var/backups/it's")))
                .hasMessageContaining("sujarit.db.archive may not contain quotes");
    }
}
