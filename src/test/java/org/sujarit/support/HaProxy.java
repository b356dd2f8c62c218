package org.sujarit.support;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's HAProxy run as an ordinary process on loopback, in front of instances of the application:
 * the configuration of docs/deployment.md ("Several instances behind a load balancer") on test
 * ports, plus a stats socket the test reads and a log, with times, of every request and every
 * instance marked down or up.
 */
public final class HaProxy implements AutoCloseable {

    /** {@code 2026-12-07T17:21:33.813420+00:00 Server instances/a is DOWN, reason: …} */
    private static final Pattern STATE_CHANGE = Pattern.compile("^(\\S+) Server instances/(\\w+) is (UP|DOWN)\\b.*$",
            Pattern.MULTILINE);

    private final Process process;
    private final Path log;
    private final Path socket;
    private final int port;

    private HaProxy(Process process, Path log, Path socket, int port) {
        this.process = process;
        this.log = log;
        this.socket = socket;
        this.port = port;
    }

    /** Starts HAProxy on {@code port} in front of the instances named, by name, with their ports. */
    public static HaProxy start(Path work, int port, Map<String, Integer> instances) throws IOException {
        Path config = work.resolve("haproxy.cfg");
        Path socket = work.resolve("haproxy.sock");
        Path log = work.resolve("haproxy.log");
        Files.deleteIfExists(socket);
        StringBuilder servers = new StringBuilder();
        instances.forEach((name, serverPort) -> servers.append("    server ").append(name).append(" 127.0.0.1:")
                .append(serverPort).append(" check\n"));
        Files.writeString(config, configuration(port, socket, servers.toString()));
        Process process = new ProcessBuilder("haproxy", "-db", "-f", config.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        HaProxy haproxy = new HaProxy(process, log, socket, port);
        haproxy.awaitSocket();
        return haproxy;
    }

    /**
     * The configuration of the guide, with the stats socket and the log to standard output added.
     * The retries and their limits are explained in docs/deployment.md; in short: a request is tried
     * again on another instance when it could not be sent at all (a connection refused: nothing was
     * done), and a GET or HEAD also when the instance closed the connection without an answer — never
     * a POST, which the instance may have carried out before it died: a filing made twice.
     */
    private static String configuration(int port, Path socket, String servers) {
        return """
                global
                    log stdout format iso local0 info
                    stats socket %s mode 600 level admin

                defaults
                    mode http
                    log global
                    option httplog
                    option forwardfor
                    timeout connect 2s
                    timeout client 60s
                    timeout server 60s
                    timeout http-keep-alive 10s
                    retries 3
                    option redispatch 1
                    retry-on conn-failure empty-response

                frontend sujarit
                    bind 127.0.0.1:%d
                    default_backend instances

                backend instances
                    balance roundrobin
                    option httpchk GET /actuator/health/readiness
                    http-check expect status 200
                    default-server inter 1s fastinter 250ms downinter 1s rise 2 fall 2
                    http-request disable-l7-retry unless METH_GET || METH_HEAD
                    http-response set-header X-Sujarit-Instance %%s
                %s""".formatted(socket, port, servers);
    }

    private void awaitSocket() throws IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!Files.exists(socket)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("HAProxy did not start:\n" + Files.readString(log));
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
    }

    public int port() {
        return port;
    }

    /** A command on the stats socket (e.g. {@code show stat}) and its answer. */
    public String command(String command) throws IOException {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            channel.write(ByteBuffer.wrap((command + "\n").getBytes(StandardCharsets.US_ASCII)));
            ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
            StringBuilder answer = new StringBuilder();
            while (channel.read(buffer) >= 0) {
                buffer.flip();
                answer.append(StandardCharsets.US_ASCII.decode(buffer));
                buffer.clear();
            }
            return answer.toString();
        }
    }

    /**
     * Waits until HAProxy's own health check of the instance has passed (it starts with its servers
     * UP before checking them, and logs only changes).
     */
    public void awaitCheckedUp(String instance, Duration limit) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            Map<String, String> row = stat(instance);
            if ("UP".equals(row.get("status")) && "L7OK".equals(row.get("check_status"))) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("HAProxy's check of " + instance + " did not pass within " + limit + ": " + stat(instance));
    }

    /** The stats socket's row of one instance, by column. */
    private Map<String, String> stat(String instance) throws IOException {
        String[] lines = command("show stat").split("\n");
        String[] header = lines[0].replaceFirst("^# ", "").split(",");
        for (int i = 1; i < lines.length; i++) {
            String[] row = lines[i].split(",", -1);
            if (row.length >= 2 && row[0].equals("instances") && row[1].equals(instance)) {
                Map<String, String> columns = new LinkedHashMap<>();
                for (int c = 0; c < header.length && c < row.length; c++) {
                    columns.put(header[c], row[c]);
                }
                return columns;
            }
        }
        return Map.of();
    }

    /** What each instance answered, counted by HAProxy since it started or its counters were last cleared. */
    public Map<String, Long> responsesPerInstance() throws IOException {
        String[] lines = command("show stat").split("\n");
        List<String> header = List.of(lines[0].replaceFirst("^# ", "").split(","));
        Map<String, Long> responses = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            String[] row = lines[i].split(",", -1);
            if (row.length < header.size() || !row[0].equals("instances") || row[1].equals("BACKEND")) {
                continue;
            }
            long total = 0;
            for (String column : List.of("hrsp_1xx", "hrsp_2xx", "hrsp_3xx", "hrsp_4xx", "hrsp_5xx", "hrsp_other")) {
                total += Long.parseLong(row[header.indexOf(column)]);
            }
            responses.put(row[1], total);
        }
        return responses;
    }

    /** An instance marked UP or DOWN by the health checks, at the time HAProxy logged it. */
    public record StateChange(Instant at, String instance, String state) {
    }

    public List<StateChange> stateChanges() throws IOException {
        List<StateChange> changes = new ArrayList<>();
        Matcher m = STATE_CHANGE.matcher(Files.readString(log, StandardCharsets.UTF_8));
        while (m.find()) {
            changes.add(new StateChange(OffsetDateTime.parse(m.group(1)).toInstant(), m.group(2), m.group(3)));
        }
        return changes;
    }

    /** Waits until HAProxy marks the instance {@code state} (UP or DOWN) after {@code since}; when it did. */
    public Instant await(String instance, String state, Instant since, Duration limit) throws IOException,
            InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<Instant> marked = stateChanges().stream()
                    .filter(c -> c.instance().equals(instance) && c.state().equals(state) && !c.at().isBefore(since))
                    .map(StateChange::at).findFirst();
            if (marked.isPresent()) {
                return marked.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("HAProxy did not mark " + instance + " " + state + " within " + limit + ":\n" + tail());
    }

    public String tail() throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
