package org.sujarit.infrastructure.db.replica;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.sujarit.support.Http;
import org.sujarit.support.ServerTest;
import org.sujarit.support.SharedTestDatabase;

/**
 * The pages routed to the read replica, in the whole application on a real server. The "replica"
 * here is the test database itself, reached as a standby would be: every transaction read-only
 * (any write on a routed page fails, as it would on a standby), and with a schema first on its
 * search path whose {@code organisation} view prefixes each local government's Thai name with
 * {@code REPLICA}: a page that shows the prefix read the organisation through the replica's
 * connection. A crawl of the anonymous portal from {@code /bantom} (and the open JSON and national
 * open data) must answer every page, each from the replica; a signed-in member of staff, the
 * complaint pages and a citizen's forms read the primary; oversight figures read the replica for
 * the signed-in overseer too.
 */
@ServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReplicaPagesTest {

    private static final String NAME = "เทศบาลตำบลบ้านต๋อม";
    private static final String FROM_REPLICA = "REPLICA " + NAME;
    private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#]*)\"");
    /** Documents are printed by Chromium for seconds each and read what the page read; forms and the language switch are not reads. */
    private static final Pattern NOT_CRAWLED = Pattern.compile(
            ".*(\\.pdf|\\.xlsx|\\.docx|[?&]lang=.*|/complaints(/(general|corruption|track).*)?|/answer.*|/login.*|/activate.*)");

    @DynamicPropertySource
    static void replica(DynamicPropertyRegistry registry) {
        registry.add("sujarit.replica.url", () -> SharedTestDatabase.jdbcUrl("sujarit")
                + "&options=-c%20default_transaction_read_only%3Don%20-c%20search_path%3Dreplica_probe%2Cpublic");
        registry.add("sujarit.replica.check-interval", () -> "PT0.2S");
        // Nothing kept between requests: each page reads the database it is routed to.
        registry.add("sujarit.portal.cache-ttl", () -> "PT0S");
        registry.add("sujarit.tenant.cache-ttl", () -> "PT0S");
        registry.add("sujarit.oversight.cache-ttl", () -> "PT0S");
    }

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired MeterRegistry meters;

    @BeforeAll
    void probe() {
        String columns = jdbc.sql("""
                select string_agg(case when column_name = 'name_th' then '''REPLICA '' || name_th as name_th'
                                       else quote_ident(column_name) end, ', ' order by ordinal_position)
                from information_schema.columns where table_schema = 'public' and table_name = 'organisation'""")
                .query(String.class).single();
        jdbc.sql("create schema if not exists replica_probe").update();
        jdbc.sql("create or replace view replica_probe.organisation as select " + columns + " from public.organisation").update();
    }

    @AfterAll
    void dropProbe() {
        jdbc.sql("drop schema if exists replica_probe cascade").update();
    }

    @Test
    void everyAnonymousPortalPageIsReadFromTheReplicaAndWritesNothing() throws Exception {
        Http visitor = new Http(port);
        awaitReplicaInUse(visitor);
        Map<String, HttpResponse<String>> pages = crawl(visitor, List.of("/", "/bantom", "/bantom/complaints/statistics",
                "/api/v1/orgs/bantom/plan",
                "/api/v1/orgs/bantom/plan/rounds", "/api/v1/orgs/bantom/disclosures",
                "/api/v1/orgs/bantom/complaint-statistics", "/open-data/catalog.json"));

        assertThat(pages.keySet()).as("the portal's sections").contains("/bantom/plan", "/bantom/risk", "/bantom/disclosure",
                "/bantom/open-data", "/bantom/procurement", "/bantom/surveys", "/bantom/consultations",
                "/bantom/complaints/statistics", "/bantom/gifts", "/bantom/no-gift", "/bantom/ethics", "/bantom/interests");
        assertThat(pages.size()).isGreaterThan(40);
        List<String> wrong = new ArrayList<>();
        pages.forEach((path, page) -> {
            if (page.statusCode() != 200) {
                wrong.add(path + " answered " + page.statusCode() + " (a write fails on the read-only replica)");
            } else if (page.headers().firstValue("Content-Type").orElse("").startsWith("text/html")
                    && !page.body().contains(FROM_REPLICA)) {
                wrong.add(path + " did not read the organisation from the replica");
            }
        });
        assertThat(wrong).as("of %d pages", pages.size()).isEmpty();
    }

    @Test
    void aSignedInMemberOfStaffAndTheComplaintPagesReadThePrimary() throws Exception {
        Http visitor = new Http(port);
        awaitReplicaInUse(visitor);
        assertThat(visitor.get("/bantom/complaints").body()).contains(NAME).doesNotContain(FROM_REPLICA);
        assertThat(visitor.get("/bantom/complaints/corruption").body()).contains(NAME).doesNotContain(FROM_REPLICA);

        Http officer = new Http(port);
        assertThat(officer.signIn("bantom.integrity", "sujarit-demo-2569").statusCode()).isEqualTo(302);
        HttpResponse<String> portal = officer.get("/bantom");
        assertThat(portal.statusCode()).isEqualTo(200);
        assertThat(portal.body()).contains(NAME).doesNotContain(FROM_REPLICA);
        assertThat(officer.get("/bantom/plan").body()).contains(NAME).doesNotContain(FROM_REPLICA);
    }

    @Test
    void oversightFiguresAreReadFromTheReplicaForTheSignedInOverseerTooAndFollowUpFromThePrimary() throws Exception {
        awaitReplicaInUse(new Http(port));
        Http overseer = new Http(port);
        assertThat(overseer.signIn("oversight.nacc", "sujarit-demo-2569").statusCode()).isEqualTo(302);

        HttpResponse<String> lao = overseer.get("/oversight/laos/bantom");
        assertThat(lao.statusCode()).isEqualTo(200);
        assertThat(lao.body()).contains(FROM_REPLICA);
        assertThat(overseer.get("/api/v1/oversight/laos/bantom", "Accept", "application/json").body()).contains(FROM_REPLICA);
        for (String page : List.of("/oversight", "/oversight/regions/5", "/oversight/provinces/56", "/oversight/league",
                "/api/v1/oversight/nation", "/oversight/requests")) {
            assertThat(overseer.get(page, "Accept", page.startsWith("/api") ? "application/json" : "text/html").statusCode())
                    .as(page).isEqualTo(200);
        }
    }

    @Test
    void theOperatorSeesTheReplicaInUseAmongTheMeasures() throws Exception {
        awaitReplicaInUse(new Http(port));
        assertThat(meters.get("sujarit.replica.in.use").gauge().value()).isEqualTo(1.0);
        // the "replica" here is the primary itself: it replays nothing, so no lag is measured
        assertThat(meters.get("sujarit.replica.lag").gauge().value()).isNaN();
    }

    /** The first check after start decides; until then everything reads the primary. */
    private static void awaitReplicaInUse(Http visitor) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!visitor.get("/bantom").body().contains(FROM_REPLICA)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the replica was not in use within 30 s");
            }
            Thread.sleep(100);
        }
    }

    /** Breadth first, at most two of the links that differ only in their query (a page per year of a dozen years). */
    private static Map<String, HttpResponse<String>> crawl(Http visitor, List<String> start) throws Exception {
        Map<String, HttpResponse<String>> seen = new LinkedHashMap<>();
        Deque<String> next = new ArrayDeque<>(start);
        Set<String> queued = new LinkedHashSet<>(start);
        Map<String, Integer> variants = new HashMap<>();
        while (!next.isEmpty() && seen.size() < 150) {
            String path = next.removeFirst();
            HttpResponse<String> page = visitor.get(path, "Accept", "*/*");
            seen.put(path, page);
            List<String> links = new ArrayList<>();
            Matcher link = LINK.matcher(page.body());
            while (link.find()) {
                links.add(link.group(1).replace("&amp;", "&"));
            }
            for (String found : links) {
                if ((found.startsWith("/bantom") || found.startsWith("/open-data") || found.startsWith("/api/v1/orgs/bantom"))
                        && !NOT_CRAWLED.matcher(found).matches() && !queued.contains(found)
                        && variants.merge(found.split("\\?")[0], 1, Integer::sum) <= 2) {
                    queued.add(found);
                    next.addLast(found);
                }
            }
        }
        return seen;
    }
}
