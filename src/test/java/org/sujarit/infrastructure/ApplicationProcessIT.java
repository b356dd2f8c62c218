package org.sujarit.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
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
import org.sujarit.support.Http;
import org.sujarit.support.JarProcess;

/**
 * The packaged jar as an operator runs it, on its embedded PostgreSQL: a fresh start, a crash of
 * the JVM (SIGKILL) and the start after it, SIGTERM under a load of filings, and a data directory
 * held by a PostgreSQL the application did not start. The tests share one data directory and run
 * in order, as one operator's day.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApplicationProcessIT {

    private static final Pattern CASE_NUMBER = Pattern.compile("class=\"case-number\"[^>]*>([^<]+)<");
    private static final Pattern CATEGORY = Pattern.compile("name=\"categoryId\"[\\s\\S]*?value=\"([0-9a-f-]{36})\"");
    private static final Duration START = Duration.ofSeconds(180);

    /** Under target/, so that the application's logs stay there for reading after a failure. */
    private final Path work = Path.of("target/process-it").toAbsolutePath();

    private Path dataDir;
    private int databasePort;
    private final List<String> acknowledged = new ArrayList<>();
    private JarProcess app;

    @AfterAll
    void stop() throws InterruptedException {
        if (app != null) {
            app.close();
        }
    }

    @BeforeAll
    void emptyWorkDirectory() throws IOException {
        if (Files.exists(work)) {
            try (var paths = Files.walk(work)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        Files.createDirectories(work);
    }

    @Test
    @Order(1)
    void aFreshStartAnswersAStartingPageUntilTheDemoIsLoadedNeverA404() throws Exception {
        dataDir = work.resolve("data/postgres");
        Files.createDirectories(dataDir.getParent());
        databasePort = JarProcess.freePort();
        app = JarProcess.start(dataDir, JarProcess.freePort(), databasePort, work.resolve("first.log"));

        Set<Integer> seen = new LinkedHashSet<>();
        List<String> startingPages = new ArrayList<>();
        long deadline = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < deadline && app.isAlive()) {
            HttpResponse<String> answer;
            try {
                answer = new Http(app.port()).get("/bantom");
            } catch (java.net.ConnectException nothingListensYet) {
                seen.add(0);
                Thread.sleep(20);
                continue;
            }
            seen.add(answer.statusCode());
            if (answer.statusCode() == 503) {
                startingPages.add(answer.body());
            }
            if (answer.statusCode() == 200) {
                break;
            }
            Thread.sleep(20);
        }
        assertThat(seen).as("what /bantom answered from the moment the process started:\n" + app.tail())
                .contains(200).isSubsetOf(0, 503, 200);
        assertThat(startingPages).allSatisfy(page -> assertThat(page).contains("กำลังเริ่มระบบ", "Starting up"));
    }

    @Test
    @Order(2)
    void afterTheJvmIsKilledTheNextStartStopsItsLeftoverPostgresAndKeepsEveryFiling() throws Exception {
        for (int i = 1; i <= 5; i++) {
            acknowledged.add(file(app.port(), "ก่อนเครื่องดับ " + i));
        }
        long postmaster = postmasterPid();
        app.sigkill();
        app.awaitExit(Duration.ofSeconds(30));
        assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive))
                .as("pg_ctl's postmaster outlives the JVM").contains(true);

        app = JarProcess.start(dataDir, JarProcess.freePort(), databasePort, work.resolve("after-kill.log"));
        app.awaitServing("/bantom", START);

        assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive)).as("the leftover postmaster")
                .isIn(java.util.Optional.empty(), java.util.Optional.of(false));
        assertThat(app.log().lines().filter(line -> line.contains("of an earlier run that did not stop")))
                .as("one line says what the start did").hasSize(1)
                .allMatch(line -> line.contains("PID " + postmaster));
        assertThat(caseNumbers()).containsAll(acknowledged);
    }

    @Test
    @Order(3)
    void sigtermUnderLoadAnswersEveryFilingInFlightThenStopsTheDatabaseLast() throws Exception {
        int inFlight = 32;
        List<Http> citizens = new ArrayList<>();
        List<Map<String, String>> forms = new ArrayList<>();
        for (int i = 0; i < inFlight; i++) {
            Http citizen = new Http(app.port());
            forms.add(form(citizen, "ระหว่างหยุดระบบ " + i));
            citizens.add(citizen);
        }
        ExecutorService senders = Executors.newFixedThreadPool(inFlight);
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < inFlight; i++) {
            Http citizen = citizens.get(i);
            Map<String, String> form = forms.get(i);
            answers.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return citizen.post("/bantom/complaints/corruption", form);
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException("no answer: " + e, e);
                }
            }, senders));
        }
        // Each filing hashes its secret with Argon2id, one at a time per core: 32 take about a second.
        // The forms were fetched on the same connections, so the filings need no new connection.
        Thread.sleep(200);
        assertThat(answers).as("filings still in flight when SIGTERM is sent").anyMatch(a -> !a.isDone());
        long signalled = System.nanoTime();
        app.sigterm();

        List<String> numbers = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.get(60, TimeUnit.SECONDS);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            numbers.add(caseNumber(response.body()));
        }
        senders.shutdown();
        app.awaitExit(Duration.ofSeconds(40));
        assertThat(Duration.ofNanos(System.nanoTime() - signalled)).as("exit within the graceful-shutdown time")
                .isLessThan(Duration.ofSeconds(30));

        String log = app.log();
        int graceful = log.indexOf("Commencing graceful shutdown");
        int drained = log.indexOf("Graceful shutdown complete");
        int poolClosed = log.indexOf("Shutdown completed", drained);
        int databaseStopped = log.indexOf("The embedded PostgreSQL stopped", poolClosed);
        assertThat(graceful).as(log).isPositive();
        assertThat(drained).as("requests drained after the web server stopped taking new ones:\n" + log).isGreaterThan(graceful);
        assertThat(poolClosed).as("then the connection pool closed:\n" + log).isGreaterThan(drained);
        assertThat(databaseStopped).as("then PostgreSQL stopped:\n" + log).isGreaterThan(poolClosed);
        assertThat(log).doesNotContain("Graceful shutdown aborted");
        assertThat(log.lines().filter(line -> line.contains(" ERROR ") || line.contains("Exception")))
                .as("no error while stopping (a connection closed under a request would log one)").isEmpty();
        assertThat(Files.exists(dataDir.resolve("postmaster.pid"))).as("PostgreSQL stopped with the application").isFalse();

        acknowledged.addAll(numbers);
        app = JarProcess.start(dataDir, JarProcess.freePort(), databasePort, work.resolve("after-sigterm.log"));
        app.awaitServing("/bantom", START);
        assertThat(caseNumbers()).containsAll(acknowledged);
        assertThat(app.log()).doesNotContain("of an earlier run that did not stop");
    }

    @Test
    @Order(4)
    void aDataDirectoryHeldByAPostgresTheApplicationDidNotStartIsRefusedAndLeftRunning() throws Exception {
        Path foreignDir = work.resolve("foreign/postgres");
        Files.createDirectories(foreignDir.getParent());
        // Binaries unpacked somewhere else than the application's: another installation's server.
        try (EmbeddedPostgres foreign = EmbeddedPostgres.builder().setDataDirectory(foreignDir)
                .setCleanDataDirectory(false).setOverrideWorkingDirectory(work.resolve("other-binaries").toFile())
                .start()) {
            // A server not started by zonky keeps no zonky lock file.
            Files.delete(foreignDir.resolve("epg-lock"));
            long foreignPid = Long.parseLong(Files.readAllLines(foreignDir.resolve("postmaster.pid")).get(0).strip());

            // closed even when it fails to exit on its own, so that a failing run leaves no process behind
            try (JarProcess refused = JarProcess.start(foreignDir, JarProcess.freePort(), JarProcess.freePort(),
                    work.resolve("refused.log"))) {
                int exit = refused.awaitExit(Duration.ofSeconds(90));

                assertThat(exit).isNotZero();
                assertThat(refused.log()).contains("APPLICATION FAILED TO START",
                        "held by a PostgreSQL server that this application did not start", "PID " + foreignPid);
                assertThat(refused.log()).doesNotContain("Gave up waiting");
            }
            assertThat(ProcessHandle.of(foreignPid).map(ProcessHandle::isAlive)).contains(true);
            try (Connection connection = foreign.getPostgresDatabase().getConnection()) {
                assertThat(connection.isValid(5)).isTrue();
            }
        }
    }

    private long postmasterPid() throws IOException {
        return Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).strip());
    }

    private Set<String> caseNumbers() throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + databasePort + "/sujarit", "postgres", "");
             var rows = connection.createStatement().executeQuery("select number from complaint_case")) {
            Set<String> numbers = new LinkedHashSet<>();
            while (rows.next()) {
                numbers.add(rows.getString(1));
            }
            return numbers;
        }
    }

    private static String file(int port, String subject) throws IOException, InterruptedException {
        Http citizen = new Http(port);
        HttpResponse<String> receipt = citizen.post("/bantom/complaints/corruption", form(citizen, subject));
        assertThat(receipt.statusCode()).as(receipt.body()).isEqualTo(200);
        return caseNumber(receipt.body());
    }

    private static Map<String, String> form(Http citizen, String subject) throws IOException, InterruptedException {
        HttpResponse<String> answer = citizen.get("/bantom/complaints/corruption");
        String page = answer.body();
        Matcher category = CATEGORY.matcher(page);
        assertThat(category.find()).as("a category on the form (%d):%n%s", answer.statusCode(), page).isTrue();
        return Map.of("_csrf", Http.csrfToken(page), "categoryId", category.group(1), "anonymous", "true",
                "subject", subject, "description", "เรียกรับเงินก่อนตรวจรับงานก่อสร้าง ขอให้ตรวจสอบ");
    }

    private static String caseNumber(String receipt) {
        Matcher number = CASE_NUMBER.matcher(receipt);
        assertThat(number.find()).as("a case number on the receipt:\n" + receipt).isTrue();
        return number.group(1).strip();
    }
}
