package org.sujarit.infrastructure.db;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL started when no {@code spring.datasource.url} is configured
 * (environment: {@code SUJARIT_DB_DIR}, {@code SUJARIT_DB_PORT}, {@code SUJARIT_DB_ARCHIVE}).
 *
 * @param dir     where the cluster lives; it survives restarts
 * @param port    0 picks a free port
 * @param name    the database inside the cluster
 * @param archive where PostgreSQL copies each finished WAL segment (continuous archiving, for
 *                point-in-time recovery with a base backup); null: no archiving
 */
@ConfigurationProperties("sujarit.db")
public record EmbeddedDatabaseProperties(
        @DefaultValue("data/postgres") Path dir,
        @DefaultValue("0") int port,
        @DefaultValue("sujarit") String name,
        Path archive) {
}
