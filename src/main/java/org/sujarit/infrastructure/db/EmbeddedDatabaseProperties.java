package org.sujarit.infrastructure.db;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL started when no {@code spring.datasource.url} is configured.
 *
 * @param dataDir where the cluster lives; it survives restarts
 * @param port    0 picks a free port
 */
@ConfigurationProperties("sujarit.embedded-db")
public record EmbeddedDatabaseProperties(
        @DefaultValue("data/postgres") Path dataDir,
        @DefaultValue("0") int port,
        @DefaultValue("sujarit") String database) {
}
