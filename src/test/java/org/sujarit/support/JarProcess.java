package org.sujarit.support;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application ({@code target/sujarit.jar}, built by {@code package} before the
 * integration tests) run as a real process of its own, with the embedded PostgreSQL, as an
 * operator runs it: started, sent SIGTERM, or killed with SIGKILL.
 */
public final class JarProcess implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final int port;

    private JarProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /**
     * Starts the jar on the given data directory and ports; its output goes to {@code log}.
     * The anti-abuse friction and the per-address limits are off, as in the benchmarks: every
     * request of a test comes from 127.0.0.1.
     */
    public static JarProcess start(Path dataDir, int port, int databasePort, Path log) throws IOException {
        // Run in the data directory's parent, so that nothing it writes lands in the working tree.
        return start(dataDir.getParent(), port, Map.of("SUJARIT_DB_DIR", dataDir.toString(),
                "SUJARIT_DB_PORT", Integer.toString(databasePort)), log);
    }

    /**
     * Starts the jar in {@code workDir} (where its default {@code data/} would go) with the given
     * environment on top of this one: an external database ({@code SPRING_DATASOURCE_URL}), key
     * files, the demo. Friction and limits are off as in {@link #start(Path, int, int, Path)}.
     */
    public static JarProcess start(Path workDir, int port, Map<String, String> environment, Path log) throws IOException {
        return start(workDir, port, environment, List.of("--sujarit.complaints.friction=false",
                "--sujarit.complaints.filings-per-hour=100000",
                "--sujarit.complaints.lookups-per-10-minutes=100000"), log);
    }

    /**
     * Starts the jar in {@code workDir} with the given environment on top of this one and these
     * arguments: the application's own settings otherwise, friction and limits included.
     */
    public static JarProcess start(Path workDir, int port, Map<String, String> environment, List<String> arguments,
                                   Path log) throws IOException {
        String jar = Path.of(System.getProperty("sujarit.jar", "target/sujarit.jar")).toAbsolutePath().toString();
        if (!Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException(jar + " is missing: these tests run after `package` (./mvnw verify)");
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-jar", jar, "--server.port=" + port));
        command.addAll(arguments);
        Files.createDirectories(workDir);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        return new JarProcess(builder.start(), log, port);
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** What {@code path} answers now: its status, or 0 when nothing listens yet. */
    public int status(String path) throws InterruptedException {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (ConnectException nothingListens) {
            return 0;
        } catch (IOException e) {
            return -1;
        }
    }

    /** Waits until {@code path} answers 200; fails with the log's tail if the process stops or time runs out. */
    public void awaitServing(String path, Duration limit) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("The application stopped (exit " + process.exitValue() + "):\n" + tail());
            }
            if (status(path) == 200) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(path + " did not answer 200 within " + limit + ":\n" + tail());
    }

    public void sigterm() {
        process.destroy();
    }

    public void sigkill() {
        process.destroyForcibly();
    }

    /** Waits for the process to end; its exit code, or fails with the log's tail. */
    public int awaitExit(Duration limit) throws InterruptedException, IOException {
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("The application did not exit within " + limit + ":\n" + tail());
        }
        return process.exitValue();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public String log() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    public String tail() throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
