package org.sujarit.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
import org.sujarit.support.Photos;

/**
 * Backups that restore (docs/deployment.md, "Backups and point-in-time recovery" and "Key files and
 * their backups"), with the scripts of {@code ops/} an operator runs: a PostgreSQL 17 archiving its
 * WAL through {@code ops/archive-wal.sh}, the packaged jar on it, a base backup ({@code
 * ops/backup-base.sh}) and a dump ({@code ops/backup-dump.sh}) taken while citizens file, then
 * restores into fresh data directories ({@code ops/restore.sh}, {@code ops/restore-dump.sh}) with
 * the application started on them, with and without the key files, and a recovery to a named point
 * between two filings. The steps share one day's backups and run in order; the timings go to
 * {@code target/backup-it/timings.txt}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BackupRestoreIT {

    private static final Pattern CASE_NUMBER = Pattern.compile("class=\"case-number\"[^>]*>([^<]+)<");
    private static final Pattern CATEGORY = Pattern.compile("name=\"categoryId\"[\\s\\S]*?value=\"([0-9a-f-]{36})\"");
    private static final Duration START = Duration.ofSeconds(180);
    private static final String RESTORE_POINT = "between-a-and-b";
    private static final String PASSWORD = "sujarit-demo-2569";
    /** The start of the staff's notice on a report whose text the content key at hand does not open. */
    private static final String SEALED_NOTICE = "ข้อความและไฟล์แนบของเรื่องนี้เข้ารหัสไว้ด้วยกุญแจเนื้อหาที่เซิร์ฟเวอร์นี้ไม่มี";
    private static final String KEY_LOG_LINE = "is not the key this database's corruption reports were sealed with";

    private final Path work = Path.of("target/backup-it").toAbsolutePath();
    private final Path archive = work.resolve("wal-archive");
    private final Path backups = work.resolve("backups");
    private final Path keys = work.resolve("keys");
    /** Where the key files are backed up, apart from the database's backups. */
    private final Path keyBackup = work.resolve("key-backup");
    private final Map<String, String> timings = new LinkedHashMap<>();
    private final List<AutoCloseable> running = new ArrayList<>();

    private EmbeddedPostgres source;
    private JarProcess sourceApp;
    private Path baseBackup;
    private Path dump;
    /** Filings acknowledged (a receipt with a case number) before the base backup ended, and all of them. */
    private List<Filing> beforeBackup;
    private List<Filing> beforeDump;
    private final List<Filing> acknowledged = new CopyOnWriteArrayList<>();
    /** A corruption report with a photo, filed before the load. */
    private Filing report;
    private Filing a;
    private Filing b;
    private EmbeddedPostgres restored;

    record Filing(String number, String channel, String marker) {
    }

    @BeforeAll
    void startPostgresArchivingAndTheApplication() throws Exception {
        if (Files.exists(work)) {
            try (var paths = Files.walk(work)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        Files.createDirectories(archive);
        Path archiveWal = Path.of("ops/archive-wal.sh").toAbsolutePath();
        source = track(EmbeddedPostgres.builder().setDataDirectory(work.resolve("source")).setCleanDataDirectory(true)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("wal_level", "replica")
                .setServerConfig("archive_mode", "on")
                // Quoted for the shell through which pg_ctl starts the server.
                .setServerConfig("archive_command", "'" + archiveWal + " %p %f " + archive + "'")
                .start());
        try (Connection connection = source.getPostgresDatabase().getConnection()) {
            connection.createStatement().execute("create database sujarit");
        }
        long started = System.nanoTime();
        sourceApp = startApp(source, "app-source", keys, "source.log");
        sourceApp.awaitServing("/bantom", START);
        timings.put("application start on a new database (migrations, the demo)", seconds(started));
        copyTree(keys, keyBackup);
        report = file(new Http(sourceApp.port()), "corruption", "with a photo", Photos.jpeg(64, 48));
        acknowledged.add(report);
    }

    @AfterAll
    void stopEverything() throws Exception {
        for (int i = running.size() - 1; i >= 0; i--) {
            running.get(i).close();
        }
        Files.writeString(work.resolve("timings.txt"), timings.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("\n", "", "\n")));
        timings.forEach((what, value) -> System.out.println("BackupRestoreIT " + what + ": " + value));
    }

    @Test
    @Order(1)
    void aBaseBackupAndADumpAreTakenWhileCitizensFile() throws Exception {
        JarProcess app = sourceApp;
        AtomicBoolean filing = new AtomicBoolean(true);
        List<String> failures = new CopyOnWriteArrayList<>();
        AtomicInteger sequence = new AtomicInteger();
        int threads = 4;
        ExecutorService citizens = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            citizens.submit(() -> {
                Http citizen = new Http(app.port());
                while (filing.get()) {
                    int n = sequence.incrementAndGet();
                    try {
                        acknowledged.add(file(citizen, n % 3 == 0 ? "corruption" : "general", "load " + n));
                    } catch (AssertionError | IOException | InterruptedException e) {
                        failures.add(e.toString());
                    }
                }
            });
        }
        try {
            Thread.sleep(3_000);
            long started = System.nanoTime();
            String output = run(Duration.ofMinutes(2), "ops/backup-base.sh", "-d", conninfo(source, "postgres"),
                    "-o", backups.toString());
            beforeBackup = List.copyOf(acknowledged);
            timings.put("base backup (pg_basebackup + pg_verifybackup)", seconds(started) + ", " + output.strip());
            try (var listing = Files.list(backups)) {
                baseBackup = listing.filter(p -> p.getFileName().toString().startsWith("base-")).findFirst().orElseThrow();
            }
            timings.put("base backup size", megabytes(baseBackup));

            beforeDump = List.copyOf(acknowledged);
            started = System.nanoTime();
            output = run(Duration.ofMinutes(2), "ops/backup-dump.sh", "-d", conninfo(source, "sujarit"),
                    "-o", work.resolve("dumps").toString());
            timings.put("dump (pg_dump -Fc)", seconds(started) + ", " + output.strip());
            try (var listing = Files.list(work.resolve("dumps"))) {
                dump = listing.findFirst().orElseThrow();
            }
            Thread.sleep(2_000);
        } finally {
            filing.set(false);
            citizens.shutdown();
            assertThat(citizens.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(failures).as("filings that got no receipt under the backup").isEmpty();
        assertThat(beforeBackup).as("filings acknowledged before the backup ended").isNotEmpty()
                .anyMatch(f -> f.channel().equals("corruption"));
        assertThat(acknowledged.size()).as("filings went on after the backup").isGreaterThan(beforeDump.size());
        timings.put("filings acknowledged before the base backup ended / in all", beforeBackup.size() + " / " + acknowledged.size());

        // Two filings with a named restore point between them, for the recovery to a moment.
        Http citizen = new Http(app.port());
        a = file(citizen, "general", "before the restore point");
        try (Connection connection = connect(source, "postgres")) {
            connection.createStatement().execute("select pg_create_restore_point('" + RESTORE_POINT + "')");
        }
        b = file(citizen, "general", "after the restore point");
        archiveTheCurrentSegment();

        assertThat(keyFilesIn(baseBackup)).as("a key file's bytes inside the database's backup").isEmpty();
    }

    @Test
    @Order(2)
    void restoredWithTheKeyFilesEveryAcknowledgedFilingIsThereAndACorruptionReportReadsAsFiled() throws Exception {
        // The source is gone: its application and server stop, as after the loss of the machine.
        closeAll();
        Path data = work.resolve("restored");
        long started = System.nanoTime();
        run(Duration.ofMinutes(2), "ops/restore.sh", "-b", baseBackup.toString(), "-a", archive.toString(),
                "-D", data.toString(), "-x");
        String copied = seconds(started);
        restored = track(startRestored(data));
        awaitPromoted(restored);
        timings.put("restore to the end of the archive (ops/restore.sh, then PostgreSQL's recovery until promoted)",
                seconds(started) + " (copy and verify " + copied + ")");

        Set<String> found = caseNumbers(restored);
        assertThat(found).as("filings acknowledged before the base backup ended")
                .containsAll(numbers(beforeBackup));
        assertThat(found).as("filings acknowledged after it, up to the last archived segment")
                .containsAll(numbers(acknowledged)).contains(a.number(), b.number());

        Path restoredKeys = work.resolve("restored-keys");
        copyTree(keyBackup, restoredKeys);
        started = System.nanoTime();
        JarProcess app = startApp(restored, "app-restored", restoredKeys, "restored-with-keys.log");
        app.awaitServing("/bantom", START);
        timings.put("application start on the restored database (with the key files)", seconds(started));

        Http officer = signedIn(app);
        HttpResponse<String> page = officer.get("/console/complaints/" + caseId(report));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(report.number(), report.marker()).doesNotContain(SEALED_NOTICE);
        HttpResponse<String> photo = officer.get(photoPath(report));
        assertThat(photo.statusCode()).isEqualTo(200);
        assertThat(photo.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("image/jpeg"));
        assertThat(app.log()).doesNotContain(KEY_LOG_LINE);
        app.close();
    }

    @Test
    @Order(3)
    void restoredWithoutTheKeyFilesTheApplicationStartsGeneralComplaintsWorkAndTheReportSaysItCannotBeRead()
            throws Exception {
        JarProcess app = startApp(restored, "app-restored", work.resolve("no-keys"), "restored-without-keys.log");
        app.awaitServing("/bantom", START);
        assertThat(app.log()).as("one line tells the operator").contains(KEY_LOG_LINE);

        Http officer = signedIn(app);
        HttpResponse<String> list = officer.get("/console/complaints");
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        assertThat(list.body()).contains("เปิดอ่านไม่ได้: ไม่มีกุญแจเนื้อหา");
        HttpResponse<String> search = officer.get("/console/complaints?q=" + report.number());
        assertThat(search.statusCode()).as("a search by text opens every subject it can").isEqualTo(200);
        assertThat(search.body()).contains(report.number());

        HttpResponse<String> page = officer.get("/console/complaints/" + caseId(report));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(report.number(), SEALED_NOTICE).doesNotContain(report.marker())
                .doesNotContain("Exception");
        HttpResponse<String> photo = officer.get(photoPath(report));
        assertThat(photo.statusCode()).isEqualTo(503);
        assertThat(photo.body()).contains("เข้ารหัสไว้ด้วยกุญแจเนื้อหาที่เซิร์ฟเวอร์นี้ไม่มี").doesNotContain("Exception");

        Filing general = beforeBackup.stream().filter(f -> f.channel().equals("general")).findFirst().orElseThrow();
        assertThat(officer.get("/console/complaints/" + caseId(general)).body()).contains(general.marker());
        Filing fresh = file(new Http(app.port()), "general", "filed on the restored database without keys");
        HttpResponse<String> freshPage = officer.get("/console/complaints/" + caseId(fresh));
        assertThat(freshPage.body()).contains(fresh.marker()).doesNotContain(SEALED_NOTICE);
        app.close();
    }

    @Test
    @Order(4)
    void recoveredToTheRestorePointFilingABeforeItIsThereAndFilingBAfterItIsNot() throws Exception {
        Path data = work.resolve("recovered-to-point");
        long started = System.nanoTime();
        run(Duration.ofMinutes(2), "ops/restore.sh", "-b", baseBackup.toString(), "-a", archive.toString(),
                "-D", data.toString(), "-n", RESTORE_POINT, "-x");
        EmbeddedPostgres recovered = track(startRestored(data));
        awaitPromoted(recovered);
        timings.put("point-in-time recovery to '" + RESTORE_POINT + "'", seconds(started));

        Set<String> found = caseNumbers(recovered);
        assertThat(found).contains(a.number()).doesNotContain(b.number()).containsAll(numbers(beforeBackup));
    }

    @Test
    @Order(5)
    void theDumpRestoresIntoAnEmptyDatabaseWithEveryFilingAcknowledgedBeforeItStarted() throws Exception {
        try (Connection connection = connect(restored, "postgres")) {
            connection.createStatement().execute("create database from_dump");
        }
        long started = System.nanoTime();
        String output = run(Duration.ofMinutes(2), "ops/restore-dump.sh", "-f", dump.toString(),
                "-d", conninfo(restored, "from_dump"));
        timings.put("dump restore (ops/restore-dump.sh)", seconds(started) + ", " + output.strip());
        assertThat(caseNumbers(restored, "from_dump")).containsAll(numbers(beforeDump));
    }

    // --- the pieces ---------------------------------------------------------------------------

    private JarProcess startApp(EmbeddedPostgres database, String directory, Path keyDirectory, String log)
            throws IOException {
        return track(JarProcess.start(work.resolve(directory), JarProcess.freePort(), Map.of(
                "SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:" + database.getPort() + "/sujarit",
                "SPRING_DATASOURCE_USERNAME", "postgres",
                "SUJARIT_DEMO_ENABLED", "true",
                "SUJARIT_VAULT_KEY_FILE", keyDirectory.resolve("content.key").toString(),
                "SUJARIT_VAULT_ESCROW_KEY_FILE", keyDirectory.resolve("escrow.key").toString()), work.resolve(log)));
    }

    /** PostgreSQL 17 on a restored data directory: no initdb, the recovery it was set up for starts. */
    private static EmbeddedPostgres startRestored(Path data) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("synchronous_commit", "on")
                .start();
    }

    private static void awaitPromoted(EmbeddedPostgres postgres) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            try (Connection connection = connect(postgres, "postgres");
                 var rows = connection.createStatement().executeQuery("select pg_is_in_recovery()")) {
                rows.next();
                if (!rows.getBoolean(1)) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the restored server was still recovering after 2 minutes");
    }

    /** Ends the WAL segment being written and waits until the archive holds it. */
    private void archiveTheCurrentSegment() throws Exception {
        String segment;
        try (Connection connection = connect(source, "postgres");
             var rows = connection.createStatement().executeQuery(
                     "select pg_walfile_name(pg_current_wal_lsn()), pg_switch_wal()")) {
            rows.next();
            segment = rows.getString(1);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!Files.exists(archive.resolve(segment))) {
            assertThat(System.nanoTime()).as("segment %s archived", segment).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    /** The files of the backup holding the bytes of a secret key file (the content key, the escrow key's private half). */
    private List<Path> keyFilesIn(Path backup) throws IOException {
        List<byte[]> keyBytes = new ArrayList<>();
        for (String secret : List.of("content.key", "escrow.key")) {
            keyBytes.add(Files.readAllBytes(keyBackup.resolve(secret)));
        }
        List<Path> holding = new ArrayList<>();
        try (var files = Files.walk(backup)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] content = Files.readAllBytes(file);
                if (keyBytes.stream().anyMatch(key -> contains(content, key))) {
                    holding.add(file);
                }
            }
        }
        return holding;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static Filing file(Http citizen, String channel, String subject) throws IOException, InterruptedException {
        return file(citizen, channel, subject, null);
    }

    private static Filing file(Http citizen, String channel, String subject, byte[] photo)
            throws IOException, InterruptedException {
        String path = "/bantom/complaints/" + channel;
        HttpResponse<String> form = citizen.get(path);
        Matcher category = CATEGORY.matcher(form.body());
        assertThat(category.find()).as("a category on the form (%d)", form.statusCode()).isTrue();
        // Letters only: a run of digits would be taken for an ID or phone number and asked about first.
        String marker = "ทดสอบสำรองข้อมูล " + ThreadLocalRandom.current().ints(16, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
        Map<String, String> fields = new LinkedHashMap<>(Map.of("_csrf", Http.csrfToken(form.body()),
                "categoryId", category.group(1), "anonymous", "true", "subject", subject,
                "description", "เรียกรับเงินก่อนตรวจรับงานก่อสร้าง ขอให้ตรวจสอบ " + marker));
        HttpResponse<String> receipt = photo == null ? citizen.post(path, fields)
                : citizen.multipart(path, fields, List.of(new Http.FilePart("files", "site.jpg", "image/jpeg", photo)));
        assertThat(receipt.statusCode()).as(receipt.body()).isEqualTo(200);
        Matcher number = CASE_NUMBER.matcher(receipt.body());
        assertThat(number.find()).as("a case number on the receipt:\n" + receipt.body()).isTrue();
        return new Filing(number.group(1).strip(), channel, marker);
    }

    private static Http signedIn(JarProcess app) throws IOException, InterruptedException {
        Http officer = new Http(app.port());
        assertThat(officer.signIn("bantom.integrity", PASSWORD).statusCode()).isEqualTo(302);
        return officer;
    }

    private UUID caseId(Filing filing) throws SQLException {
        try (Connection connection = connect(restored, "sujarit");
             var statement = connection.prepareStatement("select id from complaint_case where number = ?")) {
            statement.setString(1, filing.number());
            try (var rows = statement.executeQuery()) {
                assertThat(rows.next()).as(filing.number()).isTrue();
                return rows.getObject(1, UUID.class);
            }
        }
    }

    /** The staff's link to the filing's one file. */
    private String photoPath(Filing filing) throws SQLException {
        UUID caseId = caseId(filing);
        try (Connection connection = connect(restored, "sujarit");
             var statement = connection.prepareStatement("select id from complaint_attachment where case_id = ?")) {
            statement.setObject(1, caseId);
            try (var rows = statement.executeQuery()) {
                assertThat(rows.next()).as("the photo of " + filing.number()).isTrue();
                return "/console/complaints/" + caseId + "/attachments/" + rows.getObject(1, UUID.class);
            }
        }
    }

    private static Set<String> caseNumbers(EmbeddedPostgres postgres) throws SQLException {
        return caseNumbers(postgres, "sujarit");
    }

    private static Set<String> caseNumbers(EmbeddedPostgres postgres, String database) throws SQLException {
        try (Connection connection = connect(postgres, database);
             var rows = connection.createStatement().executeQuery("select number from complaint_case")) {
            Set<String> numbers = new HashSet<>();
            while (rows.next()) {
                numbers.add(rows.getString(1));
            }
            return numbers;
        }
    }

    private static List<String> numbers(List<Filing> filings) {
        return filings.stream().map(Filing::number).toList();
    }

    private static Connection connect(EmbeddedPostgres postgres, String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database, "postgres", "");
    }

    private static String conninfo(EmbeddedPostgres postgres, String database) {
        return "host=localhost port=" + postgres.getPort() + " user=postgres dbname=" + database;
    }

    /** Runs a script of ops/ as an operator would; its output, or fails with it. */
    private static String run(Duration limit, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of("bash"));
        line.addAll(Arrays.asList(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish within " + limit + ":\n" + output);
        }
        assertThat(process.exitValue()).as(String.join(" ", command) + ":\n" + output).isZero();
        return output;
    }

    private <T extends AutoCloseable> T track(T process) {
        running.add(process);
        return process;
    }

    private void closeAll() throws Exception {
        for (int i = running.size() - 1; i >= 0; i--) {
            running.remove(i).close();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }

    private static String seconds(long startedNanos) {
        return String.format("%.1f s", (System.nanoTime() - startedNanos) / 1e9);
    }

    private static String megabytes(Path directory) throws IOException {
        try (var files = Files.walk(directory)) {
            long bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
            return String.format("%.1f MB", bytes / 1e6);
        }
    }
}
