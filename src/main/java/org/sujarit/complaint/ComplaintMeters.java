package org.sujarit.complaint;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The complaint centre's measures for the operator (at {@code /actuator/prometheus}): complaints
 * filed, per channel and the way they came in, and the cases overdue now, per channel. They are
 * totals over every local government and never carry a tenant, a unit, a category or a case: a
 * label that narrow would let whoever reads the measures watch one office's corruption channel
 * filing by filing, and 7,850 tenants' labels would swamp the scraper besides.
 * <p>
 * The overdue count is a query over every tenant's open deadlines, so it is not run on every
 * scrape: it is kept for {@code sujarit.metrics.overdue-refresh} (a minute by default) and then
 * counted again in the background while scrapes read the kept figure. Each instance counts for
 * itself, so every instance reports the same whole-platform figure.
 */
@Component
class ComplaintMeters {

    private static final String FILED = "sujarit.complaints.filed";
    /** The one entry of the overdue cache: every channel's count comes from one query. */
    private static final String EVERY_CHANNEL = "every channel";

    private final MeterRegistry registry;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final LoadingCache<String, Map<Channel, Long>> overdue;

    ComplaintMeters(MeterRegistry registry, JdbcClient jdbc, Clock clock,
                    @Value("${sujarit.metrics.overdue-refresh:PT1M}") Duration refresh) {
        this.registry = registry;
        this.jdbc = jdbc;
        this.clock = clock;
        this.overdue = Caffeine.newBuilder().refreshAfterWrite(refresh).build(every -> countOverdue());
        for (Channel channel : Channel.values()) {
            // Every series exists from the start at 0, so that the first filing counts as an increase.
            for (Source source : Source.values()) {
                filings(channel, source);
            }
            Gauge.builder("sujarit.complaints.overdue", () -> overdue.get(EVERY_CHANNEL).getOrDefault(channel, 0L))
                    .description("Open complaint cases with a deadline passed unmet, over every local government")
                    .tag("channel", channel.path())
                    .register(registry);
        }
    }

    /** A complaint was filed (and committed). */
    void filed(Channel channel, Source source) {
        filings(channel, source).increment();
    }

    private Counter filings(Channel channel, Source source) {
        return Counter.builder(FILED)
                .description("Complaints filed, over every local government")
                .tag("channel", channel.path())
                .tag("source", source.name().toLowerCase(Locale.ROOT))
                .register(registry);
    }

    /** As a case page tells it: still open, and a deadline of it passed unmet. */
    private Map<Channel, Long> countOverdue() {
        Map<Channel, Long> counts = new EnumMap<>(Channel.class);
        jdbc.sql("""
                        select c.channel, count(*) from complaint_case c
                        where c.status not in (:handled) and exists (
                            select 1 from complaint_deadline d
                            where d.tenant_id = c.tenant_id and d.case_id = c.id and d.met_at is null and d.due_at < :now)
                        group by c.channel""")
                .param("handled", CaseStatus.HANDLED.stream().map(Enum::name).toList())
                .param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> Map.entry(Channel.valueOf(rs.getString(1)), rs.getLong(2)))
                .list().forEach(count -> counts.put(count.getKey(), count.getValue()));
        return counts;
    }
}
