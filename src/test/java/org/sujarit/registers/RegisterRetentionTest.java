package org.sujarit.registers;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sujarit.audit.AuditEvent;
import org.sujarit.audit.AuditTrail;
import org.sujarit.staff.Role;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;

/**
 * Gifts are kept for the configured period (here P5Y instead of the default ten years): the daily job
 * deletes older ones and writes to each tenant's trail how many went, never which.
 */
@SpringBootTest(properties = {"sujarit.registers.retention.gifts=P5Y", "sujarit.notifications.cron=-"})
class RegisterRetentionTest {

    @Autowired RegisterRetention retention;
    @Autowired RecordingGifts recording;
    @Autowired TenantFixture fixtures;
    @Autowired AuditTrail trail;
    @Autowired JdbcClient jdbc;

    @Test
    void giftsOlderThanTheirRetentionGoAndTheTrailCountsThem() {
        Tenant t = fixtures.create();
        LocalDate today = LocalDate.now();
        UUID old = gift(t, today.minusYears(6));
        UUID older = gift(t, today.minusYears(7));
        UUID kept = gift(t, today.minusYears(4));

        assertThat(retention.deleteExpired(today)).isGreaterThanOrEqualTo(2);

        assertThat(jdbc.sql("select id from gift where tenant_id = ?").param(t.id().value()).query(UUID.class).list())
                .containsExactly(kept);
        AuditEvent event = trail.recent(t.id(), 10).stream()
                .filter(e -> e.action().equals("register-retention.deleted")).findFirst().orElseThrow();
        assertThat(event.recordType()).isEqualTo("gifts");
        assertThat(event.recordId()).isEqualTo("2 records").doesNotContain(old.toString(), older.toString());
        assertThat(retention.deleteExpired(today)).as("nothing left to delete in this tenant")
                .isZero();
    }

    private UUID gift(Tenant t, LocalDate on) {
        return recording.record(t.id(), t.userId(Role.STAFF_MEMBER), new GiftEntry("ร้านค้า " + t.marker(),
                GiverKind.ORGANISATION, null, false, null, false, "ปีใหม่", GiftCategory.GOODS, "ปฏิทิน",
                new BigDecimal("100"), on, GiftAction.DECLINED));
    }
}
