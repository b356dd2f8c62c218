package org.sujarit.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.sujarit.support.Http;
import org.sujarit.support.JarProcess;
import org.sujarit.support.StreamingStandby;

/**
 * The packaged jar on an external primary PostgreSQL 17 with a streaming standby as its read
 * replica, all real processes: the primary and the standby from the zonky binaries, the standby made
 * with {@code pg_basebackup -R}. While the standby's replay is paused, a member of staff renames a
 * unit through the console and an oversight figure is changed on the primary: the anonymous portal
 * and the overseer's figures still show the old ones (the standby) while the member of staff sees
 * the new (the primary). Left paused beyond the lag bound, the pages go to the primary; resumed,
 * back to the standby; stopped with {@code pg_ctl stop -m immediate}, every page keeps answering 200
 * with current data from the primary; started again, back to it. The caches are off, so that each
 * page reads the database it is routed to.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicaIT {

    private static final Duration MAX_LAG = Duration.ofSeconds(15);
    private static final Duration CHECK = Duration.ofSeconds(1);
    private static final String PASSWORD = "sujarit-demo-2569";
    private static final Pattern PLAN_ITEMS = Pattern.compile("\"indicator\":\"plan\\.items\",\"kind\":\"COUNT\",\"value\":([0-9.]+)");
    private static final String IN_USE = "in use: oversight figures and anonymous public pages are read from it";

    private final Path work = Path.of("target/replica-it").toAbsolutePath();
    private StreamingStandby servers;
    private JarProcess app;
    private Http staff;
    private Http overseer;
    private UUID tenant;
    private UUID unit;
    private int year;
    private BigDecimal items;

    @BeforeAll
    void start() throws Exception {
        servers = StreamingStandby.start(work, "sujarit");
        Map<String, String> environment = new HashMap<>();
        environment.put("SPRING_DATASOURCE_URL", servers.primaryUrl());
        environment.put("SPRING_DATASOURCE_USERNAME", "postgres");
        environment.put("SUJARIT_REPLICA_URL", servers.standbyUrl());
        environment.put("SUJARIT_REPLICA_MAX_LAG", MAX_LAG.toString());
        environment.put("SUJARIT_REPLICA_CHECK_INTERVAL", CHECK.toString());
        environment.put("SUJARIT_DEMO_ENABLED", "true");
        environment.put("SUJARIT_PORTAL_CACHE_TTL", "PT0S");
        environment.put("SUJARIT_OVERSIGHT_CACHE_TTL", "PT0S");
        environment.put("SUJARIT_TENANT_CACHE_TTL", "PT0S");
        environment.put("SUJARIT_NOTIFICATIONS_ENABLED", "false");
        app = JarProcess.start(work, JarProcess.freePort(), environment, work.resolve("app.log"));
        app.awaitServing("/bantom", Duration.ofSeconds(240));
        awaitLog(IN_USE, 1);

        staff = new Http(app.port());
        assertThat(staff.signIn("bantom.admin", PASSWORD).statusCode()).isEqualTo(302);
        overseer = new Http(app.port());
        assertThat(overseer.signIn("oversight.nacc", PASSWORD).statusCode()).isEqualTo(302);
        tenant = UUID.fromString(primary("select id from organisation where slug = 'bantom'"));
        unit = UUID.fromString(primary("select id from unit where tenant_id = '" + tenant + "' and active order by name_th limit 1"));
        // The demo's figures are computed by the indicator refresh, some seconds after the start.
        await("Ban Tom's plan figures computed", Duration.ofSeconds(90), () -> !query("""
                select count(*) from indicator_value where tenant_id = '%s' and indicator = 'plan.items'""".formatted(tenant)).equals("0")
                && query("select count(*) from indicator_stale where tenant_id = '" + tenant + "'").equals("0"));
        year = Integer.parseInt(primary("select max(fiscal_year) from indicator_value where tenant_id = '" + tenant
                + "' and indicator = 'plan.items'"));
        items = new BigDecimal(primary("select value from indicator_value where tenant_id = '" + tenant
                + "' and indicator = 'plan.items' and fiscal_year = " + year));
        servers.awaitCaughtUp();
    }

    @AfterAll
    void stop() throws Exception {
        try {
            if (app != null) {
                app.close();
            }
        } finally {
            if (servers != null) {
                servers.close();
            }
        }
    }

    @Test
    @Order(1)
    void whileTheStandbysReplayIsPausedThePortalAndOversightShowWhatItHasAndStaffWhatThePrimaryHas() throws Exception {
        String before = primary("select name_th from unit where id = '" + unit + "'");
        assertThat(anonymous("/bantom")).contains(before);
        assertThat(planItems()).isEqualByComparingTo(items);

        servers.pauseReplay();
        String renamed = rename("กองทดสอบสำเนา ๑");
        setPlanItems(items.add(BigDecimal.valueOf(1000)));

        assertThat(anonymous("/bantom")).as("the anonymous portal, from the standby").contains(before).doesNotContain(renamed);
        assertThat(planItems()).as("the overseer's figure, from the standby").isEqualByComparingTo(items);
        assertThat(staff.get("/bantom").body()).as("the same page for signed-in staff, from the primary").contains(renamed);
        assertThat(staff.get("/console/units/" + unit).body()).as("the console, from the primary").contains(renamed);
    }

    @Test
    @Order(2)
    void aStandbyFurtherBehindThanTheBoundIsLeftForThePrimaryUntilItCatchesUp() throws Exception {
        String renamed = "กองทดสอบสำเนา ๑";
        long waited = System.nanoTime();
        await("the portal from the primary", MAX_LAG.plusSeconds(15), () -> anonymous("/bantom").contains(renamed));
        Duration switched = Duration.ofNanos(System.nanoTime() - waited);
        assertThat(app.log()).contains("behind the primary, more than sujarit.replica.max-lag");
        assertThat(planItems()).isEqualByComparingTo(items.add(BigDecimal.valueOf(1000)));
        assertThat(switched).as("switched within the bound and a check").isLessThan(MAX_LAG.plus(CHECK.multipliedBy(3)));

        int inUse = count(IN_USE);
        servers.resumeReplay();
        servers.awaitCaughtUp();
        awaitLog(IN_USE, inUse + 1);
        servers.pauseReplay();
        String again = rename("กองทดสอบสำเนา ๒");
        setPlanItems(items.add(BigDecimal.valueOf(2000)));
        assertThat(anonymous("/bantom")).as("back on the standby").contains(renamed).doesNotContain(again);
        assertThat(planItems()).isEqualByComparingTo(items.add(BigDecimal.valueOf(1000)));
    }

    @Test
    @Order(3)
    void whenTheStandbyStopsEveryPageKeepsAnsweringWithCurrentDataFromThePrimary() throws Exception {
        servers.stopStandbyImmediately();
        long stopped = System.nanoTime();
        int requests = 0;
        while (System.nanoTime() - stopped < Duration.ofSeconds(5).toNanos()) {
            HttpResponse<String> portal = new Http(app.port()).get("/bantom");
            assertThat(portal.statusCode()).as("request %d after the stop", requests).isEqualTo(200);
            assertThat(portal.body()).contains("กองทดสอบสำเนา ๒");
            assertThat(planItems()).isEqualByComparingTo(items.add(BigDecimal.valueOf(2000)));
            requests += 2;
        }
        assertThat(requests).isGreaterThan(4);
        assertThat(app.log()).contains("unreachable");
        for (String page : new String[] {"/bantom/plan", "/bantom/disclosure", "/bantom/complaints/statistics", "/"}) {
            assertThat(new Http(app.port()).get(page).statusCode()).as(page).isEqualTo(200);
        }
    }

    @Test
    @Order(4)
    void whenTheStandbyIsBackThePagesAreReadFromItAgain() throws Exception {
        int inUse = count(IN_USE);
        servers.startStandby();
        servers.awaitCaughtUp();
        awaitLog(IN_USE, inUse + 1);
        servers.pauseReplay();
        String renamed = rename("กองทดสอบสำเนา ๓");
        setPlanItems(items.add(BigDecimal.valueOf(3000)));
        assertThat(anonymous("/bantom")).contains("กองทดสอบสำเนา ๒").doesNotContain(renamed);
        assertThat(planItems()).isEqualByComparingTo(items.add(BigDecimal.valueOf(2000)));
        servers.resumeReplay();
        assertThat(app.log().lines().filter(line -> line.contains(" ERROR "))).as("no error logged").isEmpty();
    }

    /** Renames the unit through the console, as the tenant admin; the name it now has. */
    private String rename(String name) throws Exception {
        String page = staff.get("/console/units/" + unit).body();
        Map<String, String> form = new HashMap<>();
        form.put("_csrf", Http.csrfToken(page));
        form.put("nameTh", name);
        form.put("nameEn", "");
        form.put("phone", "");
        form.put("email", "");
        HttpResponse<String> saved = staff.post("/console/units/" + unit, form);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertThat(primary("select name_th from unit where id = '" + unit + "'")).isEqualTo(name);
        return name;
    }

    private void setPlanItems(BigDecimal value) throws SQLException {
        try (Connection connection = servers.primary(); Statement statement = connection.createStatement()) {
            statement.execute("update indicator_value set value = " + value + " where tenant_id = '" + tenant
                    + "' and indicator = 'plan.items' and fiscal_year = " + year);
        }
    }

    private String anonymous(String path) {
        try {
            HttpResponse<String> page = new Http(app.port()).get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            return page.body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Ban Tom's count of plan items in the year, as the national overseer's JSON gives it. */
    private BigDecimal planItems() throws Exception {
        HttpResponse<String> answer = overseer.get("/api/v1/oversight/laos/bantom?year=" + year, "Accept", "application/json");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        Matcher value = PLAN_ITEMS.matcher(answer.body());
        assertThat(value.find()).as(answer.body()).isTrue();
        return new BigDecimal(value.group(1));
    }

    private String primary(String sql) throws SQLException {
        try (Connection connection = servers.primary(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            assertThat(row.next()).as(sql).isTrue();
            return row.getString(1);
        }
    }

    private String query(String sql) {
        try {
            return primary(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void awaitLog(String line, int times) throws Exception {
        await(times + " × \"" + line + "\" in the log", Duration.ofSeconds(60), () -> count(line) >= times);
    }

    private int count(String line) {
        try {
            return app.log().split(Pattern.quote(line), -1).length - 1;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void await(String what, Duration limit, BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + limit + " for " + what + "\n" + app.tail());
            }
            Thread.sleep(200);
        }
    }
}
