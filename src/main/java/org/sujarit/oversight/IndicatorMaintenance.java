package org.sujarit.oversight;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.sujarit.audit.AuditableEvent;
import org.sujarit.shared.IndicatorSource;
import org.sujarit.tenant.OrganisationOnboarded;

/**
 * Keeps the indicators as the modules change. Every audited change marks its tenant's affected
 * sources stale in the change's own transaction (so a change and its mark commit together); every
 * few seconds one instance — the one whose schedule took the job's lock — recomputes what is marked.
 * A drain, however started, also holds an advisory lock alone, which each batch of a {@link #rebuild()
 * rebuild} holds shared: the two never recompute the same tenants at once (the job lock cannot say
 * "shared", and a rebuild is also started by hand, by {@link RebuildCommand}). A mark
 * made while its source is being recomputed moves the mark's time on, so the drain leaves it for the
 * next round instead of losing it. Figures that change with the calendar alone (a deadline passing)
 * are brought up to date by the nightly {@link #rebuild() full rebuild}, which is also the one
 * command an operator runs after a restore or an upgrade.
 */
@Service
public class IndicatorMaintenance {

    private static final Logger log = LoggerFactory.getLogger(IndicatorMaintenance.class);
    /** Taken alone for a drain and shared for each batch of a rebuild, so that they never recompute the same tenants at once. */
    private static final long LOCK = 0x5355_4a49_4e44L;
    /** Marks recomputed per transaction by the drain. */
    private static final int CHUNK = 50;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final IndicatorCatalogue catalogue;
    private final IndicatorStore store;
    private final int batch;
    private final int threads;

    IndicatorMaintenance(JdbcClient jdbc, TransactionTemplate transactions, IndicatorCatalogue catalogue,
                         IndicatorStore store, @Value("${sujarit.oversight.batch:500}") int batch,
                         @Value("${sujarit.oversight.rebuild-threads:2}") int threads) {
        this.threads = Math.max(1, threads);
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.catalogue = catalogue;
        this.store = store;
        this.batch = batch;
    }

    /**
     * At start, marks every tenant stale for each source that is new or whose indicators changed
     * since it was last marked so (an upgrade, or the first start with oversight): the drain then
     * fills them in within minutes, in batches, while the app serves.
     */
    @EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    public void markChangedSources() {
        for (IndicatorSource source : catalogue.sources()) {
            transactions.executeWithoutResult(tx -> {
                if (recordFingerprint(source)) {
                    int tenants = jdbc.sql("""
                            insert into indicator_stale (tenant_id, source) select id, ? from organisation
                            on conflict (tenant_id, source) do update set marked_at = clock_timestamp()""")
                            .param(source.name()).update();
                    log.info("indicators of {} are new or changed: {} local governments marked for recomputing",
                            source.name(), tenants);
                }
            });
        }
    }

    private static String fingerprint(IndicatorSource source) {
        return source.indicators().stream().map(i -> i.key() + ":" + i.kind() + ":" + i.smallCount() + ":" + i.base()
                + ":" + i.partOf()).collect(java.util.stream.Collectors.joining(","));
    }

    /** Records what the source's indicators are now; whether that is new or changed since last recorded. */
    private boolean recordFingerprint(IndicatorSource source) {
        return jdbc.sql("""
                insert into indicator_source (source, fingerprint, marked_at) values (?, ?, clock_timestamp())
                on conflict (source) do update set fingerprint = excluded.fingerprint, marked_at = excluded.marked_at
                where indicator_source.fingerprint <> excluded.fingerprint""")
                .params(source.name(), fingerprint(source)).update() > 0;
    }

    /** Marks one tenant's source stale, or moves its mark on (see the class comment). */
    private void mark(UUID tenant, IndicatorSource source) {
        jdbc.sql("""
                insert into indicator_stale (tenant_id, source) values (?, ?)
                on conflict (tenant_id, source) do update set marked_at = clock_timestamp()""")
                .params(tenant, source.name()).update();
    }

    @EventListener
    void on(AuditableEvent event) {
        if (event.tenantId() == null) {
            return;
        }
        for (IndicatorSource source : catalogue.sources()) {
            if (source.affectedBy(event.action())) {
                mark(event.tenantId(), source);
            }
        }
    }

    /** A new local government starts with every source's "not yet" figures (no plan published, …). */
    @EventListener
    void on(OrganisationOnboarded event) {
        catalogue.sources().forEach(source -> mark(event.organisationId(), source));
    }

    // Each round empties a queue: the next may start, on any instance, as soon as this one ends.
    @Scheduled(fixedDelayString = "${sujarit.oversight.refresh:PT10S}", initialDelayString = "PT20S")
    @SchedulerLock(name = "indicator-drain", lockAtMostFor = "PT1M", lockAtLeastFor = "PT0S")
    void drainOnSchedule() {
        refreshStale();
    }

    /**
     * Recomputes what is marked stale, a chunk of marks per transaction (so that one large local
     * government's complaints never make a transaction run long), until nothing is marked or the
     * round has used its time; returns how many tenant sources it brought up to date.
     */
    public int refreshStale() {
        long until = System.nanoTime() + Duration.ofSeconds(8).toNanos();
        int total = 0;
        int done;
        do {
            done = refreshChunk();
            total += done;
        } while (done > 0 && System.nanoTime() < until);
        return total;
    }

    private int refreshChunk() {
        Integer done = transactions.execute(tx -> {
            if (!Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(?)").param(LOCK)
                    .query(Boolean.class).single())) {
                return 0;
            }
            record Mark(UUID tenant, String source, OffsetDateTime at) { }
            List<Mark> marks = jdbc.sql("select tenant_id, source, marked_at from indicator_stale order by marked_at limit ?")
                    .param(CHUNK)
                    .query((rs, n) -> new Mark(rs.getObject(1, UUID.class), rs.getString(2),
                            rs.getObject(3, OffsetDateTime.class)))
                    .list();
            Map<String, List<UUID>> bySource = new LinkedHashMap<>();
            marks.forEach(m -> bySource.computeIfAbsent(m.source(), s -> new ArrayList<>()).add(m.tenant()));
            bySource.forEach((name, tenants) -> catalogue.source(name)
                    .ifPresent(source -> store.refresh(source, tenants)));
            for (Mark m : marks) {
                jdbc.sql("delete from indicator_stale where tenant_id = ? and source = ? and marked_at <= ?")
                        .params(m.tenant(), m.source(), m.at()).update();
            }
            return marks.size();
        });
        return done == null ? 0 : done;
    }

    /** Brings every figure of every tenant up to date at 03:00, when the calendar has moved a day on. */
    @Scheduled(cron = "${sujarit.oversight.rebuild:0 0 3 * * *}", zone = "Asia/Bangkok")
    @SchedulerLock(name = "indicator-rebuild", lockAtMostFor = "PT3H")
    void nightly() {
        rebuild();
    }

    /**
     * Recomputes every indicator of every tenant from the modules' tables, a batch of tenants per
     * transaction; what was marked stale before it started is then up to date too.
     */
    public Rebuilt rebuild() {
        long started = System.nanoTime();
        List<UUID> tenants = jdbc.sql("select id from organisation order by id").query(UUID.class).list();
        OffsetDateTime start = jdbc.sql("select clock_timestamp()").query(OffsetDateTime.class).single();
        java.util.concurrent.atomic.AtomicLong values = new java.util.concurrent.atomic.AtomicLong();
        List<List<UUID>> slices = new ArrayList<>();
        for (int from = 0; from < tenants.size(); from += batch) {
            slices.add(tenants.subList(from, Math.min(tenants.size(), from + batch)));
        }
        // Batches run side by side (the database does most of the work, and a batch waits on it half
        // the time); each holds the lock shared, so the drain — which takes it alone — waits them out.
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            List<java.util.concurrent.Future<?>> done = new ArrayList<>();
            for (List<UUID> slice : slices) {
                done.add(pool.submit(() -> {
                    Long written = transactions.execute(tx -> {
                        jdbc.sql("select pg_advisory_xact_lock_shared(?)").param(LOCK).query(Object.class).single();
                        long n = 0;
                        for (IndicatorSource source : catalogue.sources()) {
                            n += store.refresh(source, slice);
                        }
                        jdbc.sql("delete from indicator_stale where tenant_id = any(?) and marked_at <= ?")
                                .params(slice.toArray(UUID[]::new), start).update();
                        return n;
                    });
                    values.addAndGet(written == null ? 0 : written);
                }));
            }
            for (java.util.concurrent.Future<?> f : done) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Indicator rebuild interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("Indicator rebuild failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        // every source is now as its indicators are: nothing to mark at the next start
        catalogue.sources().forEach(this::recordFingerprint);
        Rebuilt result = new Rebuilt(tenants.size(), values.get(), Duration.ofNanos(System.nanoTime() - started));
        log.info("indicator rebuild: {} tenants, {} values in {} s", result.tenants(), result.values(),
                String.format("%.1f", result.took().toMillis() / 1000.0));
        return result;
    }

    public record Rebuilt(int tenants, long values, Duration took) {
    }
}
