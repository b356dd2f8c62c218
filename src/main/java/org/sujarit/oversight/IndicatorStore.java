package org.sujarit.oversight;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.sujarit.infrastructure.db.replica.ReplicaReads;
import org.sujarit.shared.IndicatorSource;
import org.sujarit.shared.IndicatorSource.Value;

/**
 * Writes the indicator values: a source's figures for a set of tenants are replaced as a whole, so
 * an indicator a tenant no longer has (a withdrawn plan's year) goes with the rest.
 */
@Component
class IndicatorStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    IndicatorStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock); // the application's clock is Bangkok's
    }

    /** Computes and stores one source's figures for these tenants; returns how many values it wrote. */
    int refresh(IndicatorSource source, Collection<UUID> tenants) {
        if (tenants.isEmpty()) {
            return 0;
        }
        List<Value> values = source.compute(tenants, today());
        UUID[] ids = tenants.toArray(UUID[]::new);
        jdbc.sql("delete from indicator_value where tenant_id = any(?) and starts_with(indicator, ?)")
                .params(ids, source.name() + ".").update();
        advanceEpochAfterCommit();
        int n = values.size();
        if (n == 0) {
            return 0;
        }
        UUID[] tenant = new UUID[n];
        Integer[] year = new Integer[n];
        String[] key = new String[n];
        BigDecimal[] value = new BigDecimal[n];
        BigDecimal[] numerator = new BigDecimal[n];
        BigDecimal[] denominator = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            Value v = values.get(i);
            if (!v.key().startsWith(source.name() + ".")) {
                throw new IllegalStateException(source.name() + " computed another source's indicator " + v.key());
            }
            tenant[i] = v.tenantId();
            year[i] = v.fiscalYear();
            key[i] = v.key();
            value[i] = v.value();
            numerator[i] = v.numerator();
            denominator[i] = v.denominator();
        }
        jdbc.sql("""
                insert into indicator_value (tenant_id, fiscal_year, indicator, value, numerator, denominator, computed_at)
                select * , ? from unnest(?::uuid[], ?::int[], ?::text[], ?::numeric[], ?::numeric[], ?::numeric[])""")
                .params(OffsetDateTime.now(clock), tenant, year, key, value, numerator, denominator)
                .update();
        return n;
    }

    /** The values' epoch, advanced by every commit that rewrote values ({@link #advanceEpochAfterCommit}). */
    long epoch() {
        return epochWithPosition().value();
    }

    /**
     * The epoch, and how far the primary had written its WAL when it was read: a read that sees that
     * position sees every value of the epoch (a standby that has replayed it, or the primary).
     */
    record Epoch(long value, long primaryWalPosition) {
    }

    /**
     * Read on the primary, always: a standby knows a sequence only as far as the primary logged it
     * ahead (32 values at a time), so it would read an epoch that has not moved.
     */
    Epoch epochWithPosition() {
        // a sequence never advanced reads its start value, as does one advanced once: is_called tells them apart
        return ReplicaReads.onPrimary(() -> jdbc.sql("""
                        select case when is_called then last_value else 0 end,
                               (pg_current_wal_insert_lsn() - '0/0'::pg_lsn)::bigint
                        from indicator_epoch""")
                .query((rs, n) -> new Epoch(rs.getLong(1), rs.getLong(2))).single());
    }

    /**
     * Advances the epoch once the rewrite is committed, never before: a reader that saw the new epoch
     * and then read the old values would keep them as current.
     */
    private void advanceEpochAfterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            jdbc.sql("select nextval('indicator_epoch')").query(Long.class).single();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                jdbc.sql("select nextval('indicator_epoch')").query(Long.class).single();
            }
        });
    }
}
