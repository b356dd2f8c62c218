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
import org.sujarit.staff.TestPrincipals;
import org.sujarit.support.RiskFixture;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;

/**
 * Register records are kept for the configured period (gifts here P5Y, the rest the default ten
 * years): the daily job deletes older ones, with what hangs on them, and writes to each tenant's
 * trail how many went, never which.
 */
@SpringBootTest(properties = {"sujarit.registers.retention.gifts=P5Y", "sujarit.notifications.cron=-"})
class RegisterRetentionTest {

    @Autowired RegisterRetention retention;
    @Autowired RecordingGifts recording;
    @Autowired TenantFixture fixtures;
    @Autowired AuditTrail trail;
    @Autowired JdbcClient jdbc;
    @Autowired InterestDeclarations declarations;
    @Autowired DraftingAgreements drafting;
    @Autowired SigningAgreements signing;
    @Autowired AgreementRegister register;
    @Autowired EthicsCodes ethics;
    @Autowired TestPrincipals principals;

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

    @Test
    void declarationsAgreementsAndAcknowledgementsGoAfterTheirRetentionWithWhatHangsOnThem() {
        Tenant t = fixtures.create();
        UUID member = t.userId(Role.STAFF_MEMBER);
        UUID declaration = declarations.declareYear(principals.principal(t.username(Role.STAFF_MEMBER)),
                declarations.currentYear().buddhistYear(), new DeclarationDraft(true, java.util.List.of()));
        UUID agreement = drafting.draft(t.id(), new AgreementContent(RiskFixture.YEAR, member, null, t.userId(Role.UNIT_STAFF),
                java.util.List.of(new AgreementGoal("เป้าหมาย", "ตัวชี้วัด", "ร้อยละ 100", 100))), t.userId(Role.INTEGRITY_OFFICER), true);
        signing.sign(t.id(), agreement, member, register.open(t.id(), agreement, member, false).contentHash());
        UUID code = ethics.publish(t.id(), new EthicsCodeDraft("ประมวลจริยธรรม " + t.marker(), "ข้อ ๑ ซื่อสัตย์สุจริต",
                LocalDate.now().minusDays(1), null, null), t.userId(Role.INTEGRITY_OFFICER));
        ethics.acknowledge(t.id(), member, code);
        LocalDate today = LocalDate.now();
        assertThat(retention.deleteExpired(today)).as("all of it is new").isZero();

        // Eleven years on (the default is ten), each is past its retention.
        jdbc.sql("update interest_declaration set signed_at = signed_at - interval '11 years' where id = ?").param(declaration).update();
        jdbc.sql("update agreement set created_at = created_at - interval '11 years' where id = ?").param(agreement).update();
        jdbc.sql("update ethics_acknowledgement set acknowledged_at = acknowledged_at - interval '11 years' where code_id = ?")
                .param(code).update();
        assertThat(retention.deleteExpired(today)).isGreaterThanOrEqualTo(3);

        for (String table : java.util.List.of("interest_declaration", "interest_entry", "agreement", "agreement_version",
                "agreement_signature", "ethics_acknowledgement")) {
            assertThat(jdbc.sql("select count(*) from " + table + " where tenant_id = ?").param(t.id().value())
                    .query(Integer.class).single()).as(table).isZero();
        }
        assertThat(jdbc.sql("select count(*) from ethics_code where id = ?").param(code).query(Integer.class).single())
                .as("the code itself is the tenant's publication, kept").isOne();
        assertThat(trail.recent(t.id(), 20)).filteredOn(e -> e.action().equals("register-retention.deleted"))
                .extracting(AuditEvent::recordType).contains("declarations", "agreements", "acknowledgements");
    }

    private UUID gift(Tenant t, LocalDate on) {
        return recording.record(t.id(), t.userId(Role.STAFF_MEMBER), new GiftEntry("ร้านค้า " + t.marker(),
                GiverKind.ORGANISATION, null, false, null, false, "ปีใหม่", GiftCategory.GOODS, "ปฏิทิน",
                new BigDecimal("100"), on, GiftAction.DECLINED));
    }
}
