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
 * (docs/deployment.md, "Backups and point-in-time recovery").
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
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!Files.exists(archived) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(archived).exists().hasSize(16L * 1024 * 1024);
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
    void anArchivePathTheShellWouldReadOtherwiseIsRefused() {
        assertThatThrownBy(() -> EmbeddedDatabaseConfiguration.archiveCommand(Path.of("/var/backups/it's")))
                .hasMessageContaining("sujarit.db.archive may not contain quotes");
    }
}
