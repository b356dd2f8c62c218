package org.sujarit.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.sql.DataSource;

/**
 * A database as a backup holds it: the output of a real {@code pg_dump} of the server's major
 * version (17), in plain SQL format, where text is UTF-8 as stored and {@code bytea} is written in
 * hex. {@link #holds} therefore looks for a needle both as its bytes and as hex.
 *
 * <p>pg_dump is taken from {@code SUJARIT_PG_DUMP}, else {@code /usr/lib/postgresql/17/bin/pg_dump},
 * else where {@code .ci/pg-dump-17} puts it ({@code ~/.cache/sujarit/pg-dump-17/pg_dump}; Debian 12
 * itself ships pg_dump 15, which refuses a newer server).
 */
public final class DatabaseDump {

    private final byte[] bytes;

    private DatabaseDump(byte[] bytes) {
        this.bytes = bytes;
    }

    public static DatabaseDump of(DataSource dataSource) throws Exception {
        String database;
        String user;
        int port;
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select current_database(), current_user, inet_server_port()")) {
            row.next();
            database = row.getString(1);
            user = row.getString(2);
            port = row.getInt(3);
        }
        Process process = new ProcessBuilder(pgDump().toString(), "--host=localhost", "--port=" + port,
                "--username=" + user, "--no-password", "--format=plain", "--dbname=" + database).start();
        process.getOutputStream().close();
        ExecutorService readers = Executors.newFixedThreadPool(2);
        try {
            Future<byte[]> dump = readers.submit(() -> readAll(process.getInputStream()));
            Future<byte[]> errors = readers.submit(() -> readAll(process.getErrorStream()));
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("pg_dump did not finish in 2 minutes");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("pg_dump failed: " + new String(errors.get(), StandardCharsets.UTF_8));
            }
            return new DatabaseDump(dump.get(1, TimeUnit.MINUTES));
        } finally {
            readers.shutdownNow();
        }
    }

    /** Which pg_dump {@link #of} runs; fails with what to do when there is none of version 17. */
    public static Path pgDump() {
        String configured = System.getenv("SUJARIT_PG_DUMP");
        Stream<Path> candidates = configured != null && !configured.isBlank() ? Stream.of(Path.of(configured))
                : Stream.of(Path.of("/usr/lib/postgresql/17/bin/pg_dump"), cache().resolve("pg-dump-17/pg_dump"));
        List<Path> tried = candidates.toList();
        return tried.stream().filter(Files::isExecutable).findFirst().orElseThrow(() -> new IllegalStateException(
                "No pg_dump 17 at " + tried + ": run .ci/pg-dump-17 once (see the README's set-up)"));
    }

    private static Path cache() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "sujarit")
                : Path.of(System.getProperty("user.home"), ".cache", "sujarit");
    }

    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Whether the dump holds these bytes, as they are (text) or in hex (inside a bytea). */
    public boolean holds(byte[] needle) {
        return indexOf(bytes, needle) >= 0
                || indexOf(bytes, HexFormat.of().formatHex(needle).getBytes(StandardCharsets.US_ASCII)) >= 0;
    }

    public boolean holds(String text) {
        return holds(text.getBytes(StandardCharsets.UTF_8));
    }

    public static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
