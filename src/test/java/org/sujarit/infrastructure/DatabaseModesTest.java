package org.sujarit.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.sujarit.SujaritApplication;
import org.sujarit.audit.AuditTrail;
import org.sujarit.staff.StaffUsers;
import org.sujarit.support.SharedTestDatabase;
import org.sujarit.tenant.Contacts;
import org.sujarit.tenant.Organisations;

/**
 * The two ways Sujarit runs: with its own embedded PostgreSQL whose data survives a restart,
 * and against an external PostgreSQL, where it starts no database and no demo unless asked.
 */
class DatabaseModesTest {

    @TempDir
    Path workDir;

    @Test
    void theEmbeddedDatabaseKeepsWhatWasTypedAcrossARestart() throws Exception {
        Path dataDir = workDir.resolve("pgdata");
        Map<String, Object> properties = Map.of("sujarit.test.own-database", "true", "server.port", "0",
                "sujarit.db.dir", dataDir.toString());
        try (ConfigurableApplicationContext first = start(properties)) {
            assertThat(first.getBeansOfType(EmbeddedPostgres.class)).hasSize(1);
            Organisations organisations = first.getBean(Organisations.class);
            var banTom = organisations.findBySlug("bantom").orElseThrow();
            organisations.changeContacts(banTom.id(), new Contacts("99 หมู่ 6 ตำบลบ้านต๋อม", "054 123 456", null, null));
            StaffUsers users = first.getBean(StaffUsers.class);
            users.deactivate(banTom.id(), users.findByUsername("bantom.council").orElseThrow().id(),
                    users.findByUsername("bantom.admin").orElseThrow().id());
        }
        assertThat(Files.exists(dataDir.resolve("PG_VERSION"))).isTrue();
        try (ConfigurableApplicationContext second = start(properties)) {
            Organisations organisations = second.getBean(Organisations.class);
            var banTom = organisations.findBySlug("bantom").orElseThrow();
            assertThat(banTom.contacts().phone()).isEqualTo("054 123 456");
            assertThat(banTom.contacts().address()).isEqualTo("99 หมู่ 6 ตำบลบ้านต๋อม");
            assertThat(organisations.all()).hasSize(1);
            StaffUsers users = second.getBean(StaffUsers.class);
            assertThat(users.findByUsername("bantom.council").orElseThrow().active()).isFalse();
            assertThat(users.findByUsername("bantom.admin").orElseThrow().active()).isTrue();
            assertThat(second.getBean(AuditTrail.class).verifyAll()).allMatch(v -> v.intact());
        }
    }

    @Test
    void anExternalDatabaseGetsNoEmbeddedServerAndNoDemoUnlessAsked() throws Exception {
        String url = SharedTestDatabase.jdbcUrl("external_" + ProcessHandle.current().pid());
        Map<String, Object> external = new HashMap<>(Map.of("sujarit.test.own-database", "true", "server.port", "0",
                "spring.datasource.url", url, "spring.datasource.username", "postgres"));
        try (ConfigurableApplicationContext plain = start(external)) {
            assertThat(plain.getBeansOfType(EmbeddedPostgres.class)).isEmpty();
            assertThat(plain.getBean(Organisations.class).findBySlug("bantom")).isEmpty();
        }
        external.put("sujarit.demo.enabled", "true");
        try (ConfigurableApplicationContext withDemo = start(external)) {
            assertThat(withDemo.getBean(Organisations.class).findBySlug("bantom")).isPresent();
            assertThat(withDemo.getBean(StaffUsers.class).findByUsername("bantom.admin").orElseThrow().active()).isTrue();
        }
        external.remove("sujarit.demo.enabled");
        try (ConfigurableApplicationContext demoOff = start(external)) {
            StaffUsers users = demoOff.getBean(StaffUsers.class);
            assertThat(users.findByUsername("bantom.admin").orElseThrow().active()).isFalse();
            assertThat(users.findByUsername("platform.admin").orElseThrow().active()).isFalse();
        }
        external.put("sujarit.demo.enabled", "true");
        try (ConfigurableApplicationContext demoOnAgain = start(external)) {
            assertThat(demoOnAgain.getBean(StaffUsers.class).findByUsername("bantom.admin").orElseThrow().active()).isTrue();
        }
    }

    private static ConfigurableApplicationContext start(Map<String, Object> properties) {
        return new SpringApplicationBuilder(SujaritApplication.class).properties(properties).run();
    }
}
