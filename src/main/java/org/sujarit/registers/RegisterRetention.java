package org.sujarit.registers;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.sujarit.audit.AuditableEvent;

/**
 * Keeps each kind of register record only as long as configured
 * ({@code sujarit.registers.retention.<kind>}, an ISO-8601 period such as {@code P10Y}; ten years
 * when not set): once a day it deletes, per tenant, the records older than that, and writes to the
 * tenant's trail how many of which kind went — never which. Another kind of record is one line in
 * {@link #KINDS}.
 */
@Component
@EnableConfigurationProperties(RegisterRetention.Properties.class)
public class RegisterRetention {

    private static final Logger log = LoggerFactory.getLogger(RegisterRetention.class);

    static final Period DEFAULT = Period.ofYears(10);

    /** The kinds of record kept, each with its table and the date its age counts from. */
    static final List<Kind> KINDS = List.of(
            new Kind("gifts", "gift", "received_on"),
            new Kind("declarations", "interest_declaration", "signed_at"),
            new Kind("agreements", "agreement", "created_at"),
            new Kind("acknowledgements", "ethics_acknowledgement", "acknowledged_at"));

    /**
     * @param key    its property under {@code sujarit.registers.retention}
     * @param table  its table, which has {@code tenant_id}
     * @param dated  the column (a date) from which its age counts
     */
    record Kind(String key, String table, String dated) {
    }

    /** {@code sujarit.registers.retention.gifts=P10Y} and so on. */
    @ConfigurationProperties("sujarit.registers")
    record Properties(Map<String, Period> retention) {

        Period of(String key) {
            return retention == null ? DEFAULT : retention.getOrDefault(key, DEFAULT);
        }
    }

    /** As many records of one kind of a tenant went at the end of their retention; the count only. */
    public record RecordsExpired(UUID tenantId, String kind, int count) implements AuditableEvent {

        @Override
        public String action() {
            return "register-retention.deleted";
        }

        @Override
        public String recordType() {
            return kind;
        }

        @Override
        public String recordId() {
            return count + " records";
        }
    }

    private final JdbcClient jdbc;
    private final Properties properties;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    RegisterRetention(JdbcClient jdbc, Properties properties, ApplicationEventPublisher events,
                      TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(cron = "${sujarit.registers.retention-check:0 30 2 * * *}", zone = "Asia/Bangkok")
    @SchedulerLock(name = "register-retention")
    void daily() {
        int deleted = deleteExpired(LocalDate.now(clock));
        log.info("Register retention: {} records past their retention deleted", deleted);
    }

    /** Deletes what is past its retention on that day; @return how many records went. */
    public int deleteExpired(LocalDate today) {
        int total = 0;
        for (Kind kind : KINDS) {
            LocalDate before = today.minus(properties.of(kind.key()));
            List<UUID> tenants = jdbc.sql("select distinct tenant_id from " + kind.table() + " where " + kind.dated() + " < ?")
                    .param(before).query(UUID.class).list();
            for (UUID tenant : tenants) {
                Integer count = transaction.execute(status -> {
                    int n = jdbc.sql("delete from " + kind.table() + " where tenant_id = ? and " + kind.dated() + " < ?")
                            .params(tenant, before).update();
                    events.publishEvent(new RecordsExpired(tenant, kind.key(), n));
                    return n;
                });
                total += count == null ? 0 : count;
            }
        }
        return total;
    }
}
