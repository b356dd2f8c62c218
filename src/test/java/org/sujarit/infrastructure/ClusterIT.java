package org.sujarit.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.sujarit.infrastructure.guard.ProofOfWork;
import org.sujarit.support.HaProxy;
import org.sujarit.support.Http;
import org.sujarit.support.JarProcess;

/**
 * Two instances of the packaged jar on one PostgreSQL 17, behind Debian's HAProxy (round robin, no
 * sticky sessions), as a province runs them: a citizen and a member of staff work a case across both
 * without noticing; one instance is killed under load (no acknowledged filing lost, no failed request
 * once HAProxy has taken it out); both are restarted one after the other under load (no failed
 * request at all); and a scheduled job fired by both runs once. The tests run in order, as one
 * operator's day; the logs and the figures stay in {@code target/cluster-it/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final Pattern CASE_NUMBER = Pattern.compile("class=\"case-number\"[^>]*>([^<]+)<");
    private static final Pattern SECRET = Pattern.compile("class=\"secret-digits\"[^>]*>([^<]+)<");
    private static final Pattern CATEGORY = Pattern.compile("name=\"categoryId\"[\\s\\S]*?value=\"([0-9a-f-]{36})\"");
    private static final Pattern CHALLENGE = Pattern.compile("name=\"powChallenge\"[^>]*?value=\"([^\"]+)\"[^>]*?data-pow-bits=\"(\\d+)\"");
    private static final Pattern CASE_LINK = Pattern.compile("href=\"/console/complaints/([0-9a-f-]{36})\"");
    /** A start takes 10-20 s on a quiet 2-core machine, and minutes on one shared with other builds. */
    private static final Duration START = Duration.ofMinutes(6);
    private static final String PASSWORD = "sujarit-demo-2569";
    /** The retention job fires every 15 s on both instances here (daily in production). */
    private static final String RETENTION_CRON = "*/15 * * * * *";

    private final Path work = Path.of("target/cluster-it").toAbsolutePath();
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, JarProcess> instances = new LinkedHashMap<>();
    /** Every log the instances wrote, one per start, for the scheduled jobs' check. */
    private final List<Path> logs = new ArrayList<>();
    private final StringBuilder figures = new StringBuilder();
    private EmbeddedPostgres postgres;
    private Map<String, String> environment;
    private HaProxy haproxy;

    @BeforeAll
    void startTheCluster() throws Exception {
        if (Files.exists(work)) {
            try (var paths = Files.walk(work)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        Files.createDirectories(work.resolve("keys"));
        postgres = EmbeddedPostgres.builder().setDataDirectory(work.resolve("postgres")).setCleanDataDirectory(true)
                .start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create database sujarit encoding 'UTF8' template template0");
        }
        // What every instance must share: the database, the keys that sign challenges and hash
        // addresses, and the vault's key files (created by the first start, read by the others).
        environment = Map.of(
                "SPRING_DATASOURCE_URL", postgres.getJdbcUrl("postgres", "sujarit"),
                "SPRING_DATASOURCE_USERNAME", "postgres",
                "SUJARIT_DEMO_ENABLED", "true",
                "SUJARIT_RATE_LIMIT_KEY", randomKey(),
                "SUJARIT_POW_KEY", randomKey(),
                "SUJARIT_VAULT_KEY_FILE", work.resolve("keys/content.key").toString(),
                "SUJARIT_VAULT_ESCROW_KEY_FILE", work.resolve("keys/escrow.key").toString());
        for (String name : List.of("a", "b")) {
            ports.put(name, JarProcess.freePort());
            Files.createDirectories(work.resolve(name));
        }
        // One after the other: the first start migrates the database and loads the demo.
        for (String name : ports.keySet()) {
            start(name);
        }
        haproxy = HaProxy.start(work, JarProcess.freePort(), ports);
        for (String name : ports.keySet()) {
            haproxy.awaitCheckedUp(name, Duration.ofSeconds(10));
        }
    }

    private void start(String name) throws IOException, InterruptedException {
        Path log = work.resolve(name + "-" + (logs.size() + 1) + ".log");
        logs.add(log);
        JarProcess instance = JarProcess.start(work.resolve(name), ports.get(name), environment, List.of(
                "--sujarit.shutdown.delay=PT3S",
                // every request comes from 127.0.0.1: the per-address limits would count them all as one citizen
                "--sujarit.complaints.filings-per-hour=100000",
                "--sujarit.complaints.lookups-per-10-minutes=100000",
                "--sujarit.registers.retention-check=" + RETENTION_CRON,
                "--logging.level.net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor=DEBUG"), log);
        instances.put(name, instance);
        instance.awaitServing("/actuator/health/readiness", START);
    }

    @AfterAll
    void stopTheCluster() throws Exception {
        try {
            if (haproxy != null) {
                haproxy.close();
            }
        } finally {
            try {
                for (JarProcess instance : instances.values()) {
                    instance.close();
                }
            } finally {
                if (postgres != null) {
                    postgres.close();
                }
                Files.writeString(work.resolve("figures.txt"), figures, StandardCharsets.UTF_8);
            }
        }
    }

    @Test
    @Order(1)
    void aCitizenAndAMemberOfStaffWorkACaseAcrossBothInstancesWithoutNoticing() throws Exception {
        haproxy.command("clear counters");
        List<Step> steps = new ArrayList<>();

        // The citizen files a general complaint with the normal friction: the proof of work the
        // browser's script would do, on a challenge one instance signed and, as often as not, the
        // other checks.
        Http citizen = new Http(haproxy.port());
        HttpResponse<String> form = step(steps, "citizen: complaint form", citizen.get("/bantom/complaints/general"));
        Matcher category = CATEGORY.matcher(form.body());
        assertThat(category.find()).as(form.body()).isTrue();
        Map<String, String> filing = new LinkedHashMap<>(Map.of("_csrf", Http.csrfToken(form.body()),
                "categoryId", category.group(1), "anonymous", "true", "subject", "ไฟฟ้าส่องสว่างดับทั้งซอย",
                "description", "ไฟถนนในซอย 3 ดับมาสองสัปดาห์ ขอให้ซ่อม"));
        filing.putAll(proofOfWork(form.body()));
        HttpResponse<String> receipt = step(steps, "citizen: files",
                citizen.multipart("/bantom/complaints/general", filing, List.of()));
        assertThat(receipt.statusCode()).as(receipt.body()).isEqualTo(200);
        String number = caseNumber(receipt.body());
        String secret = group(SECRET, receipt.body()).replace(" ", "");

        // The next day, on another browser: the case followed with its number and secret.
        Http follower = new Http(haproxy.port());
        HttpResponse<String> track = step(steps, "citizen: look-up form", follower.get("/bantom/complaints/track"));
        Map<String, String> lookUp = new LinkedHashMap<>(Map.of("_csrf", Http.csrfToken(track.body()),
                "number", number, "secret", secret));
        lookUp.putAll(proofOfWork(track.body()));
        HttpResponse<String> found = step(steps, "citizen: looks up", follower.post("/bantom/complaints/track", lookUp));
        assertThat(found.statusCode()).as(found.body()).isEqualTo(302);
        assertThat(found.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/track/" + number));
        HttpResponse<String> casePage = step(steps, "citizen: case page", follower.get("/bantom/complaints/track/" + number));
        assertThat(casePage.body()).contains(number, "รับเรื่องแล้ว");

        // A member of staff signs in and works the case: acknowledges it and replies.
        Http staff = new Http(haproxy.port());
        HttpResponse<String> signedIn = step(steps, "staff: signs in", staff.signIn("bantom.integrity", PASSWORD));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("login"));
        HttpResponse<String> list = step(steps, "staff: case list", staff.get("/console/complaints?q=" + number));
        Matcher link = Pattern.compile("href=\"/console/complaints/([0-9a-f-]{36})\">" + Pattern.quote(number) + "<")
                .matcher(list.body());
        assertThat(link.find()).as(list.body()).isTrue();
        String caseUrl = "/console/complaints/" + link.group(1);
        HttpResponse<String> page = step(steps, "staff: case page", staff.get(caseUrl));
        HttpResponse<String> moved = step(steps, "staff: acknowledges", staff.post(caseUrl + "/move", Map.of(
                "_csrf", Http.csrfToken(page.body()), "to", "ACKNOWLEDGED", "reason", "ส่งช่างไฟฟ้าตรวจ")));
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(302);
        page = step(steps, "staff: case page", staff.get(caseUrl));
        assertThat(page.body()).contains("บันทึกขั้นตอนแล้ว", "ส่งช่างไฟฟ้าตรวจ");
        HttpResponse<String> replied = step(steps, "staff: replies", staff.multipart(caseUrl + "/reply", Map.of(
                "_csrf", Http.csrfToken(page.body()), "text", "ช่างจะเข้าซ่อมวันพรุ่งนี้"), List.of()));
        assertThat(replied.statusCode()).as(replied.body()).isEqualTo(302);
        page = step(steps, "staff: case page", staff.get(caseUrl));
        assertThat(page.body()).contains("ส่งคำตอบถึงผู้ร้องเรียนแล้ว", "ช่างจะเข้าซ่อมวันพรุ่งนี้");

        casePage = step(steps, "citizen: case page", follower.get("/bantom/complaints/track/" + number));
        assertThat(casePage.body()).contains("ตอบรับแล้ว", "ช่างจะเข้าซ่อมวันพรุ่งนี้");

        figures.append("Journey across the instances (request: instance, status)\n");
        steps.forEach(s -> figures.append("  ").append(s).append('\n'));
        Map<String, Long> answered = haproxy.responsesPerInstance();
        figures.append("  answered per instance (HAProxy's stats socket): ").append(answered).append("\n\n");

        assertThat(steps).as("never sent back to sign in, never refused").allSatisfy(s -> {
            assertThat(s.status()).isIn(200, 302);
            assertThat(s.location()).doesNotContain("/login");
        });
        assertThat(steps).extracting(Step::instance).as("requests alternate across the instances").contains("a", "b");
        assertThat(answered).as("both instances answered").allSatisfy((name, count) -> assertThat(count).isPositive());
        // Each form's CSRF token (and the citizen's challenge) came from one instance and was taken by the other.
        for (String action : List.of("citizen: files", "citizen: looks up", "staff: acknowledges", "staff: replies")) {
            int i = indexOf(steps, action);
            assertThat(steps.get(i).instance()).as(action + " on another instance than its form")
                    .isNotEqualTo(steps.get(i - 1).instance());
        }
    }

    @Test
    @Order(2)
    void killedUnderLoadNoAcknowledgedFilingIsLostAndNothingFailsOnceItIsMarkedDown() throws Exception {
        Load load = Load.start(haproxy.port(), 3, 2);
        Thread.sleep(8_000);
        Instant killed = Instant.now();
        instances.get("b").sigkill();
        Instant markedDown = haproxy.await("b", "DOWN", killed, Duration.ofSeconds(15));
        Thread.sleep(Duration.between(Instant.now(), markedDown.plusSeconds(12)).toMillis());
        List<Sent> sent = load.stop();

        Set<String> stored = caseNumbers();
        List<Sent> before = sent.stream().filter(s -> s.start().isBefore(markedDown)).toList();
        List<Sent> after = sent.stream().filter(s -> !s.start().isBefore(markedDown)).toList();
        long found = load.acknowledged().stream().filter(stored::contains).count();
        figures.append("Kill test (SIGKILL of b under load)\n")
                .append("  killed ").append(killed).append(", marked down by HAProxy ").append(markedDown)
                .append(" (").append(Duration.between(killed, markedDown).toMillis()).append(" ms later)\n")
                .append("  requests ").append(sent.size()).append(": ").append(before.size()).append(" sent before mark-down, ")
                .append(after.size()).append(" after\n")
                .append("  errors before mark-down ").append(failures(before)).append('\n')
                .append("  errors after mark-down ").append(failures(after)).append('\n')
                .append("  filings acknowledged ").append(load.acknowledged().size()).append(", found in the database ")
                .append(found).append("\n\n");

        assertThat(load.acknowledged()).as("filings acknowledged").isNotEmpty();
        assertThat(stored).as("every acknowledged filing is in the database").containsAll(load.acknowledged());
        assertThat(after).as("requests after the mark-down").hasSizeGreaterThan(20);
        assertThat(after).as("no request fails once the instance is marked down:\n" + figures).allMatch(Sent::ok);
        assertThat(after).extracting(Sent::instance).as("the other instance serves every session").containsOnly("a");
    }

    @Test
    @Order(3)
    void aRollingRestartUnderLoadFailsNoRequest() throws Exception {
        Load load = Load.start(haproxy.port(), 3, 2);
        List<String> timeline = new ArrayList<>();
        // b, killed by the test before, comes back first; then each instance in turn is stopped and started.
        Instant since = Instant.now();
        start("b");
        timeline.add("b started again, marked UP " + haproxy.await("b", "UP", since, Duration.ofSeconds(30)));
        for (String name : List.of("a", "b")) {
            JarProcess instance = instances.get(name);
            Instant signalled = Instant.now();
            instance.sigterm();
            Instant markedDown = haproxy.await(name, "DOWN", signalled, Duration.ofSeconds(10));
            instance.awaitExit(Duration.ofSeconds(40));
            Instant exited = Instant.now();
            Instant shutdownBegan = logged(instance, "Commencing graceful shutdown");
            timeline.add(name + " SIGTERM " + signalled + ", marked DOWN " + markedDown + ", stopped taking requests "
                    + shutdownBegan + ", exited " + exited);
            assertThat(markedDown).as(name + ": taken out by HAProxy before it stops taking requests").isBefore(shutdownBegan);
            assertThat(Duration.between(signalled, exited)).as(name + ": exits within the graceful-shutdown time")
                    .isLessThan(Duration.ofSeconds(30));
            since = Instant.now();
            start(name);
            timeline.add(name + " started again, marked UP " + haproxy.await(name, "UP", since, Duration.ofSeconds(30)));
        }
        Thread.sleep(3_000);
        List<Sent> sent = load.stop();
        Set<String> stored = caseNumbers();

        figures.append("Rolling restart under load\n");
        timeline.forEach(t -> figures.append("  ").append(t).append('\n'));
        figures.append("  requests ").append(sent.size()).append(", errors ").append(failures(sent)).append('\n')
                .append("  answered per instance ").append(perInstance(sent)).append('\n')
                .append("  filings acknowledged ").append(load.acknowledged().size()).append(", found in the database ")
                .append(load.acknowledged().stream().filter(stored::contains).count()).append("\n\n");

        assertThat(sent).as("no request fails during the rolling restart:\n" + figures).allMatch(Sent::ok);
        assertThat(stored).containsAll(load.acknowledged());
        assertThat(perInstance(sent).keySet()).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    @Order(4)
    void aScheduledJobFiredByBothInstancesRunsOnce() throws IOException, InterruptedException {
        // For each firing (a 15-second slot): the instances that ran the job, and those that found it taken.
        Map<Long, List<String>> ran = new TreeMap<>();
        Map<Long, List<String>> skipped = new TreeMap<>();
        // Both instances are up again after the rolling restart; the kill and the restarts may have left
        // no slot that both reached, so wait (at most three more slots) until one firing was reached by both.
        Instant until = Instant.now().plusSeconds(50);
        do {
            ran.clear();
            skipped.clear();
            readFirings(ran, skipped);
            if (skipped.keySet().stream().anyMatch(ran::containsKey)) {
                break;
            }
            Thread.sleep(1000);
        } while (Instant.now().isBefore(until));
        long firedByBoth = skipped.keySet().stream().filter(ran::containsKey).count();
        figures.append("Retention job (cron ").append(RETENTION_CRON).append(" on both instances)\n")
                .append("  firings run ").append(ran.size()).append(", of which fired by both and run by one ")
                .append(firedByBoth).append('\n')
                .append("  ran per firing ").append(ran.values()).append('\n');

        assertThat(ran.values()).as("each firing runs on one instance").allSatisfy(r -> assertThat(r).hasSize(1));
        assertThat(skipped.keySet()).as("a firing skipped by one instance was run by the other").allMatch(ran::containsKey);
        // How many firings both instances reach in the same second depends on the machine (the helper's run:
        // 3 of 21; the lead's full run: 1); one is enough to show the lock decided, and each run above was alone.
        assertThat(firedByBoth).as("firings of both instances").isPositive();
    }

    private void readFirings(Map<Long, List<String>> ran, Map<Long, List<String>> skipped) throws IOException {
        for (Path log : logs) {
            String instance = log.getFileName().toString().substring(0, 1);
            for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                if (line.contains("Register retention: ")) {
                    ran.computeIfAbsent(slot(line), s -> new ArrayList<>()).add(instance);
                } else if (line.contains("Not executing 'register-retention'. It's locked.")) {
                    skipped.computeIfAbsent(slot(line), s -> new ArrayList<>()).add(instance);
                }
            }
        }
    }

    // --- the load ------------------------------------------------------------------------------------

    /** One request of the load: what it was, when it was sent and answered, the status (0: none) and by which instance. */
    record Sent(String kind, Instant start, Instant end, int status, String instance) {

        boolean ok() {
            return status >= 200 && status < 400;
        }
    }

    /**
     * Citizens who each file a general complaint (with the proof of work) and view their case's page a few
     * times, and officers signed in who open the case list and cases from it, all through HAProxy, until stopped.
     */
    static final class Load {

        private final int port;
        private final ConcurrentLinkedQueue<Sent> sent = new ConcurrentLinkedQueue<>();
        private final ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        private final List<Thread> threads = new ArrayList<>();
        private volatile boolean running = true;

        private Load(int port) {
            this.port = port;
        }

        static Load start(int port, int citizens, int officers) {
            Load load = new Load(port);
            for (int i = 0; i < citizens; i++) {
                load.threads.add(new Thread(load::citizens, "citizen-" + i));
            }
            for (int i = 0; i < officers; i++) {
                load.threads.add(new Thread(load::officer, "officer-" + i));
            }
            load.threads.forEach(Thread::start);
            return load;
        }

        List<Sent> stop() throws InterruptedException {
            running = false;
            for (Thread thread : threads) {
                thread.join(120_000);
            }
            return List.copyOf(sent);
        }

        List<String> acknowledged() {
            return List.copyOf(acknowledged);
        }

        private void citizens() {
            while (running) {
                Http citizen = new Http(port);
                HttpResponse<String> form = send("complaint form", () -> citizen.get("/bantom/complaints/general"));
                if (form == null || form.statusCode() != 200) {
                    continue;
                }
                Matcher category = CATEGORY.matcher(form.body());
                category.find();
                Map<String, String> filing = new LinkedHashMap<>(Map.of("_csrf", Http.csrfToken(form.body()),
                        "categoryId", category.group(1), "anonymous", "true", "subject", "ถนนชำรุดเป็นหลุม",
                        "description", "ถนนหน้าวัดเป็นหลุมลึก รถจักรยานยนต์ล้มบ่อย"));
                filing.putAll(proofOfWork(form.body()));
                HttpResponse<String> receipt = send("filing",
                        () -> citizen.multipart("/bantom/complaints/general", filing, List.of()));
                if (receipt == null || receipt.statusCode() != 200) {
                    continue;
                }
                String number = caseNumber(receipt.body());
                acknowledged.add(number);
                for (int view = 0; view < 5 && running; view++) {
                    send("citizen's case page", () -> citizen.get("/bantom/complaints/track/" + number));
                    pause();
                }
            }
        }

        private void officer() {
            Http officer = new Http(port);
            // A sign-in that got no answer (its instance died under it) is made again, as a person would;
            // once signed in, being sent back to sign in counts as a failure.
            HttpResponse<String> signIn = null;
            while (running && !signedIn(signIn)) {
                signIn = send("sign-in", () -> officer.signIn("bantom.integrity", PASSWORD));
            }
            while (running) {
                HttpResponse<String> list = send("case list", () -> officer.get("/console/complaints"));
                if (list != null && list.statusCode() == 200) {
                    List<String> cases = CASE_LINK.matcher(list.body()).results().map(r -> r.group(1)).toList();
                    if (!cases.isEmpty()) {
                        String id = cases.get(ThreadLocalRandom.current().nextInt(cases.size()));
                        send("staff case page", () -> officer.get("/console/complaints/" + id));
                    }
                }
                pause();
            }
        }

        private static boolean signedIn(HttpResponse<String> signIn) {
            return signIn != null && signIn.statusCode() == 302
                    && signIn.headers().firstValue("Location").filter(l -> !l.contains("/login")).isPresent();
        }

        interface Request {
            HttpResponse<String> send() throws IOException, InterruptedException;
        }

        /** Sends, and records the request; a page that sends back to sign in counts as failed (status 0). */
        private HttpResponse<String> send(String kind, Request request) {
            Instant start = Instant.now();
            try {
                HttpResponse<String> response = request.send();
                boolean signedOut = response.headers().firstValue("Location").filter(l -> l.contains("/login")).isPresent()
                        && !kind.equals("sign-in");
                sent.add(new Sent(kind, start, Instant.now(), signedOut ? 0 : response.statusCode(),
                        response.headers().firstValue("X-Sujarit-Instance").orElse("-")));
                return response;
            } catch (IOException e) {
                sent.add(new Sent(kind + " (" + e + ")", start, Instant.now(), 0, "-"));
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }

        /** A person's pace, roughly: the load is to keep requests in flight, not to measure how many fit. */
        private static void pause() {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    // --- helpers ---------------------------------------------------------------------------------------

    /** One request of the journey, as the test saw it. */
    record Step(String action, int status, String instance, String location) {

        @Override
        public String toString() {
            return action + ": " + instance + ", " + status + (location.isEmpty() ? "" : " -> " + location);
        }
    }

    private static HttpResponse<String> step(List<Step> steps, String action, HttpResponse<String> response) {
        steps.add(new Step(action, response.statusCode(), response.headers().firstValue("X-Sujarit-Instance").orElse("-"),
                response.headers().firstValue("Location").orElse("")));
        return response;
    }

    private static int indexOf(List<Step> steps, String action) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).action().equals(action)) {
                return i;
            }
        }
        throw new AssertionError("no step " + action);
    }

    /** Solves the form's challenge as the browser's script does: SHA-256(challenge + counter) with enough leading zero bits. */
    static Map<String, String> proofOfWork(String page) {
        Matcher challenge = CHALLENGE.matcher(page);
        assertThat(challenge.find()).as("a proof-of-work challenge on the form").isTrue();
        String token = challenge.group(1);
        int bits = Integer.parseInt(challenge.group(2));
        // the application's own check, on the challenge as the browser read it (its MAC is the server's business)
        ProofOfWork.Issued issued = new ProofOfWork.Issued(token, null, null, bits, null);
        for (long counter = 0; ; counter++) {
            if (ProofOfWork.solves(issued, Long.toString(counter))) {
                return Map.of("powChallenge", token, "powCounter", Long.toString(counter));
            }
        }
    }

    private static String caseNumber(String receipt) {
        return group(CASE_NUMBER, receipt);
    }

    private static String group(Pattern pattern, String page) {
        Matcher m = pattern.matcher(page);
        assertThat(m.find()).as(pattern + " on:\n" + page).isTrue();
        return m.group(1).strip();
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private Set<String> caseNumbers() throws SQLException {
        try (Connection connection = DriverManager.getConnection(postgres.getJdbcUrl("postgres", "sujarit"));
             var rows = connection.createStatement().executeQuery("select number from complaint_case")) {
            Set<String> numbers = new HashSet<>();
            while (rows.next()) {
                numbers.add(rows.getString(1));
            }
            return numbers;
        }
    }

    /** When the instance's log first says {@code text} (its lines start with the time). */
    private static Instant logged(JarProcess instance, String text) throws IOException {
        return instance.log().lines().filter(line -> line.contains(text)).findFirst()
                .map(line -> OffsetDateTime.parse(line.substring(0, line.indexOf(' '))).toInstant())
                .orElseThrow(() -> new AssertionError("no '" + text + "' in the log"));
    }

    private static long slot(String line) {
        return OffsetDateTime.parse(line.substring(0, line.indexOf(' '))).toEpochSecond() / 15;
    }

    private static Map<String, Long> failures(List<Sent> sent) {
        Map<String, Long> failures = new TreeMap<>();
        sent.stream().filter(s -> !s.ok()).forEach(s -> failures.merge(s.kind() + " " + s.status(), 1L, Long::sum));
        return failures;
    }

    private static Map<String, Long> perInstance(List<Sent> sent) {
        Map<String, Long> counts = new TreeMap<>();
        sent.forEach(s -> counts.merge(s.instance(), 1L, Long::sum));
        return counts;
    }
}
