package org.sujarit.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.audit.ChainVerification.Problem;
import org.sujarit.shared.TenantId;

@Repository
class JdbcAuditTrail implements AuditTrail {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcAuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Appends a row to its chain. The chain head is locked for the rest of the transaction, so
     * that concurrent changes in one tenant are chained one after the other.
     */
    @Transactional
    void append(AuditableEvent event, UUID actorId, String actorLabel) {
        UUID chainKey = event.tenantId() == null ? PLATFORM_CHAIN : event.tenantId();
        jdbc.sql("insert into audit_chain_head (tenant_id, seq, hash) values (?, 0, ?) on conflict do nothing")
                .params(chainKey, ChainHash.GENESIS).update();
        Head head = jdbc.sql("select seq, hash from audit_chain_head where tenant_id = ? for update")
                .param(chainKey)
                .query((rs, n) -> new Head(rs.getLong("seq"), rs.getBytes("hash")))
                .single();
        long seq = head.seq() + 1;
        Instant occurredAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        byte[] hash = ChainHash.of(chainKey, seq, micros(occurredAt), actorId, actorLabel, event.action(),
                event.recordType(), event.recordId(), head.hash());
        jdbc.sql("""
                insert into audit_event (tenant_id, seq, occurred_at, actor_id, actor_label, action,
                                         record_type, record_id, prev_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(chainKey, seq, Timestamp.from(occurredAt), actorId, actorLabel, event.action(),
                        event.recordType(), event.recordId(), head.hash(), hash)
                .update();
        jdbc.sql("update audit_chain_head set seq = ?, hash = ? where tenant_id = ?")
                .params(seq, hash, chainKey).update();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEvent> recent(TenantId tenant, int limit) {
        return jdbc.sql("""
                select id, seq, occurred_at, actor_id, actor_label, action, record_type, record_id
                from audit_event where tenant_id = ? order by seq desc limit ?""")
                .params(tenant.value(), limit)
                .query((rs, n) -> new AuditEvent(rs.getLong("id"), rs.getLong("seq"),
                        rs.getTimestamp("occurred_at").toInstant(), rs.getObject("actor_id", UUID.class),
                        rs.getString("actor_label"), rs.getString("action"), rs.getString("record_type"),
                        rs.getString("record_id")))
                .list();
    }

    /**
     * Reads the rows and the head in one snapshot: a row appended between the two reads would
     * otherwise look like a removed tail.
     */
    @Override
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ChainVerification verify(TenantId tenant) {
        return verify(tenant.value());
    }

    @Override
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<ChainVerification> verifyAll() {
        List<UUID> chains = jdbc.sql("""
                select tenant_id from audit_chain_head
                union select distinct tenant_id from audit_event
                order by 1""").query(UUID.class).list();
        List<ChainVerification> results = new ArrayList<>();
        for (UUID chain : chains) {
            results.add(verify(chain));
        }
        return results;
    }

    private ChainVerification verify(UUID chainKey) {
        Verifier verifier = new Verifier(chainKey);
        jdbc.sql("""
                select id, seq, occurred_at, actor_id, actor_label, action, record_type, record_id,
                       prev_hash, hash
                from audit_event where tenant_id = ? order by seq""")
                .param(chainKey)
                .query(verifier);
        if (verifier.broken != null) {
            return verifier.broken;
        }
        List<Head> heads = jdbc.sql("select seq, hash from audit_chain_head where tenant_id = ?")
                .param(chainKey)
                .query((rs, n) -> new Head(rs.getLong("seq"), rs.getBytes("hash")))
                .list();
        boolean headMatches = heads.isEmpty()
                ? verifier.rows == 0
                : heads.get(0).seq() == verifier.lastSeq && Arrays.equals(heads.get(0).hash(), verifier.lastHash);
        if (!headMatches) {
            return new ChainVerification(chainKey, verifier.rows, null, verifier.lastSeq + 1, Problem.TAIL_REMOVED);
        }
        return ChainVerification.intact(chainKey, verifier.rows);
    }

    private static long micros(Instant instant) {
        return TimeUnit.SECONDS.toMicros(instant.getEpochSecond()) + TimeUnit.NANOSECONDS.toMicros(instant.getNano());
    }

    private record Head(long seq, byte[] hash) {
    }

    /** Walks a chain in order and remembers the first row that does not fit. */
    private static final class Verifier implements RowCallbackHandler {

        private final UUID chainKey;
        private long rows;
        private long lastSeq;
        private byte[] lastHash = ChainHash.GENESIS;
        private ChainVerification broken;

        Verifier(UUID chainKey) {
            this.chainKey = chainKey;
        }

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            if (broken != null) {
                return;
            }
            rows++;
            long id = rs.getLong("id");
            long seq = rs.getLong("seq");
            byte[] prevHash = rs.getBytes("prev_hash");
            byte[] hash = rs.getBytes("hash");
            if (seq != lastSeq + 1) {
                broken = new ChainVerification(chainKey, rows, id, seq, Problem.ROW_MISSING);
                return;
            }
            if (!Arrays.equals(prevHash, lastHash)) {
                broken = new ChainVerification(chainKey, rows, id, seq, Problem.LINK_BROKEN);
                return;
            }
            byte[] expected = ChainHash.of(chainKey, seq, micros(rs.getTimestamp("occurred_at").toInstant()),
                    rs.getObject("actor_id", UUID.class), rs.getString("actor_label"), rs.getString("action"),
                    rs.getString("record_type"), rs.getString("record_id"), prevHash);
            if (!Arrays.equals(expected, hash)) {
                broken = new ChainVerification(chainKey, rows, id, seq, Problem.ROW_ALTERED);
                return;
            }
            lastSeq = seq;
            lastHash = hash;
        }
    }
}
