package org.sujarit.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * One real PostgreSQL for the whole test run (zonky, started once per JVM, thrown away at exit),
 * given to every Spring context as an external database. Contexts share the {@code sujarit}
 * database and the Ban Tom demo; a test that needs a database of its own sets
 * {@code sujarit.test.fresh-database=true}, and one that starts its own embedded database sets
 * {@code sujarit.test.own-database=true}.
 */
public class SharedTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final AtomicInteger FRESH = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        // Tests notice lapsed complaint deadlines themselves, at the times they choose; a test that
        // wants the schedule sets the property itself.
        environment.getPropertySources().addLast(new MapPropertySource("sharedTestSchedules",
                Map.of("sujarit.complaints.deadline-check", "-")));
        if (environment.getProperty("sujarit.test.own-database", Boolean.class, false)) {
            return;
        }
        boolean fresh = environment.getProperty("sujarit.test.fresh-database", Boolean.class, false);
        String database = fresh ? "fresh_" + FRESH.incrementAndGet() : "sujarit";
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", jdbcUrl(database));
        properties.put("spring.datasource.username", "postgres");
        environment.getPropertySources().addFirst(new MapPropertySource("sharedTestDatabase", properties));
        if (!fresh) {
            environment.getPropertySources().addLast(new MapPropertySource("sharedTestDemo",
                    Map.of("sujarit.demo.enabled", "true")));
        }
    }

    public static synchronized String jdbcUrl(String database) {
        try {
            if (postgres == null) {
                // Every cached application context keeps its own pool; the suite holds many of them.
                postgres = EmbeddedPostgres.builder().setServerConfig("max_connections", "600").start();
                Runtime.getRuntime().addShutdownHook(new Thread(SharedTestDatabase::stop));
            }
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                var rows = statement.executeQuery("select 1 from pg_database where datname = '" + database + "'");
                if (!rows.next()) {
                    statement.execute("create database " + database + " encoding 'UTF8' template template0");
                }
            }
            return postgres.getJdbcUrl("postgres", database);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void stop() {
        try {
            postgres.close();
        } catch (IOException ignored) {
            // the JVM is exiting; the temporary cluster goes with it
        }
    }
}
