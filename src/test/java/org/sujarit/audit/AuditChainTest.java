package org.sujarit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sujarit.audit.ChainVerification.Problem;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;
import org.sujarit.tenant.UnitDetails;
import org.sujarit.tenant.Units;

/**
 * The trail is append-only and each tenant's rows form a hash chain: editing, deleting or
 * truncating rows behind the application's back — even with the guard trigger disabled, as a
 * database owner could — is detected and the first broken row named.
 */
@SpringBootTest
class AuditChainTest {

    @Autowired AuditTrail trail;
    @Autowired TenantFixture fixtures;
    @Autowired Units units;
    @Autowired JdbcClient jdbc;

    @Test
    void everyChangeIsChainedInItsTenant() {
        Tenant tenant = fixtures.create();
        units.edit(tenant.id(), tenant.section().id(), new UnitDetails("ฝ่ายใหม่ " + tenant.marker(), null, null, null));
        List<AuditEvent> events = trail.recent(tenant.id(), 100);
        assertThat(events).extracting(AuditEvent::action)
                .contains("unit.created", "unit.edited", "user.created");
        assertThat(events).extracting(AuditEvent::seq).startsWith((long) events.size());
        assertThat(events.get(0).recordId()).isEqualTo(tenant.section().id().toString());
        ChainVerification verification = trail.verify(tenant.id());
        assertThat(verification.intact()).isTrue();
        assertThat(verification.rowsChecked()).isEqualTo(events.size());
    }

    @Test
    void theTableRefusesUpdatesAndDeletes() {
        Tenant tenant = fixtures.create();
        assertThatThrownBy(() -> jdbc.sql("update audit_event set actor_label = 'someone' where tenant_id = ?")
                .param(tenant.id().value()).update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event where tenant_id = ?")
                .param(tenant.id().value()).update()).hasMessageContaining("append-only");
    }

    @Test
    void anEditedRowIsNamed() {
        Tenant tenant = fixtures.create();
        long victim = rowAt(tenant, 3);
        behindTheAppsBack("update audit_event set actor_label = 'someone-else' where id = " + victim);
        ChainVerification verification = trail.verify(tenant.id());
        assertThat(verification.intact()).isFalse();
        assertThat(verification.problem()).isEqualTo(Problem.ROW_ALTERED);
        assertThat(verification.firstBrokenId()).isEqualTo(victim);
        assertThat(verification.firstBrokenSeq()).isEqualTo(3);
    }

    @Test
    void aRowRewrittenWithANewHashBreaksTheNextLink() {
        Tenant tenant = fixtures.create();
        long victim = rowAt(tenant, 2);
        behindTheAppsBack("update audit_event set hash = sha256(hash) where id = " + victim);
        ChainVerification verification = trail.verify(tenant.id());
        assertThat(verification.problem()).isEqualTo(Problem.ROW_ALTERED);
        assertThat(verification.firstBrokenId()).isEqualTo(victim);
    }

    @Test
    void aDeletedRowIsNoticedAtTheRowAfterIt() {
        Tenant tenant = fixtures.create();
        long victim = rowAt(tenant, 4);
        long next = rowAt(tenant, 5);
        behindTheAppsBack("delete from audit_event where id = " + victim);
        ChainVerification verification = trail.verify(tenant.id());
        assertThat(verification.problem()).isEqualTo(Problem.ROW_MISSING);
        assertThat(verification.firstBrokenId()).isEqualTo(next);
    }

    @Test
    void aRemovedTailIsNoticedThroughTheChainHead() {
        Tenant tenant = fixtures.create();
        long last = jdbc.sql("select max(seq) from audit_event where tenant_id = ?").param(tenant.id().value())
                .query(Long.class).single();
        behindTheAppsBack("delete from audit_event where tenant_id = '" + tenant.id() + "' and seq = " + last);
        ChainVerification verification = trail.verify(tenant.id());
        assertThat(verification.problem()).isEqualTo(Problem.TAIL_REMOVED);
        assertThat(verification.firstBrokenSeq()).isEqualTo(last);
    }

    @Test
    void tamperingInOneTenantLeavesTheOthersIntact() {
        Tenant tampered = fixtures.create();
        Tenant other = fixtures.create();
        behindTheAppsBack("update audit_event set action = 'unit.deactivated' where id = " + rowAt(tampered, 2));
        assertThat(trail.verify(other.id()).intact()).isTrue();
        assertThat(trail.verifyAll()).filteredOn(v -> v.chainKey().equals(tampered.id().value()))
                .singleElement().extracting(ChainVerification::intact).isEqualTo(false);
    }

    @Test
    void aChainGrowingWhileItIsCheckedIsNotReportedAsTampered() throws Exception {
        Tenant tenant = fixtures.create();
        AtomicBoolean done = new AtomicBoolean();
        Thread writer = new Thread(() -> {
            for (int i = 0; !done.get(); i++) {
                units.edit(tenant.id(), tenant.section().id(), new UnitDetails("ฝ่าย " + i, null, null, null));
            }
        });
        writer.start();
        try {
            for (int i = 0; i < 200; i++) {
                ChainVerification verification = trail.verify(tenant.id());
                assertThat(verification.problem()).as("check %d of a growing chain", i).isNull();
            }
        } finally {
            done.set(true);
            writer.join();
        }
        assertThat(trail.verify(tenant.id()).rowsChecked()).isGreaterThan(10);
    }

    private long rowAt(Tenant tenant, long seq) {
        return jdbc.sql("select id from audit_event where tenant_id = ? and seq = ?").params(tenant.id().value(), seq)
                .query(Long.class).single();
    }

    /** What someone with direct database access could do: switch the guard off, edit, switch it on. */
    private void behindTheAppsBack(String statement) {
        jdbc.sql("alter table audit_event disable trigger audit_event_no_update").update();
        try {
            jdbc.sql(statement).update();
        } finally {
            jdbc.sql("alter table audit_event enable trigger audit_event_no_update").update();
        }
    }
}
