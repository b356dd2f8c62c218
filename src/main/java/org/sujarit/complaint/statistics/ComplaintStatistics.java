package org.sujarit.complaint.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.sujarit.complaint.statistics.YearStatistics.Figures;
import org.sujarit.complaint.statistics.YearStatistics.Period;
import org.sujarit.complaint.statistics.YearStatistics.Prevention;
import org.sujarit.complaint.statistics.YearStatistics.Slice;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.TenantId;
import org.sujarit.complaint.Channel;
import org.sujarit.complaint.Cause;
import org.sujarit.complaint.CaseStatus;
import org.sujarit.complaint.ComplaintSettings;

/**
 * Counts a tenant's complaints of a fiscal year in SQL: the cases filed in the year (Bangkok time)
 * by half-year and month, by channel and by category — received, finished, not accepted and
 * referred, within or over the 15-day action deadline, the median days from filing to finishing,
 * and the satisfaction ratings — with the causes found on handled cases and the preventive
 * measures recorded for them.
 */
@Service
public class ComplaintStatistics {

    /** Corruption reports about a unit the viewer belongs to are not counted for that viewer. */
    private static final String NOT_HIDDEN =
            "not (c.channel in (:hiding) and c.involved_unit_id is not null and c.involved_unit_id = any(:hidden))";

    private static final String HANDLED = CaseStatus.HANDLED.stream().map(s -> "'" + s.name() + "'")
            .sorted().collect(Collectors.joining(", "));

    /**
     * A case is over the deadline when any of its action deadlines (a reopened case gets a new one)
     * was met late or is unmet past due; within when none is and one was met in time.
     */
    private static final String FIGURES = """
            with c as (
                select c.channel, c.category_id, c.status, c.satisfaction, c.status in (%1$s) as finished,
                       extract(month from c.filed_at at time zone :zone)::int as month,
                       case when extract(month from c.filed_at at time zone :zone) between 4 and 9 then 2 else 1 end as half,
                       case when c.status in (%1$s) and c.finished_at is not null
                            then extract(epoch from c.finished_at - c.filed_at) / 86400 end as days,
                       d.late, d.kept
                from complaint_case c
                left join lateral (
                    select coalesce(bool_or(d.met_at > d.due_at or (d.met_at is null and d.due_at < :now)), false) as late,
                           coalesce(bool_or(d.met_at <= d.due_at), false) as kept
                    from complaint_deadline d
                    where d.tenant_id = c.tenant_id and d.case_id = c.id and d.kind = 'ACTION') d on true
                where c.tenant_id = :tenant and c.filed_at >= :from and c.filed_at < :to and %2$s)
            select grouping(half) = 0 as by_half, grouping(month) = 0 as by_month, grouping(channel) = 0 as by_channel,
                   grouping(category_id) = 0 as by_category, half, month, channel, category_id,
                   count(*) as received,
                   count(*) filter (where finished) as finished,
                   count(*) filter (where status in ('NOT_ACCEPTED', 'REFERRED')) as not_accepted,
                   count(*) filter (where status = 'REFERRED') as referred,
                   count(*) filter (where kept and not late) as within_deadline,
                   count(*) filter (where late) as over_deadline,
                   percentile_cont(0.5) within group (order by days) as median_days,
                   count(satisfaction) as rated,
                   avg(satisfaction) as mean_rating,
                   count(*) filter (where satisfaction >= 4) as satisfied
            from c
            group by grouping sets ((), (channel), (category_id), (half), (half, channel), (half, category_id),
                                    (month), (month, channel), (month, category_id))
            """.formatted(HANDLED, NOT_HIDDEN);

    private final JdbcClient jdbc;
    private final ComplaintSettings settings;
    private final Clock clock;

    ComplaintStatistics(JdbcClient jdbc, ComplaintSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /** A year's figures over every case, as published. */
    public YearStatistics year(TenantId tenant, FiscalYear year) {
        return year(tenant, year, Set.of());
    }

    /**
     * A year's figures for a viewer from whom the corruption reports about the given units are
     * hidden (conflict of interest): such a report is left out of every count, so that the
     * figures do not tell the viewer it exists.
     */
    public YearStatistics year(TenantId tenant, FiscalYear year, Set<UUID> hiddenUnits) {
        Instant now = clock.instant();
        ZoneId zone = clock.getZone();
        Timestamp from = Timestamp.from(year.firstDay().atStartOfDay(zone).toInstant());
        Timestamp to = Timestamp.from(year.lastDay().plusDays(1).atStartOfDay(zone).toInstant());
        UUID[] hidden = hiddenUnits.toArray(UUID[]::new);
        Map<Slice, Figures> slices = new HashMap<>();
        jdbc.sql(FIGURES).param("zone", zone.getId()).param("now", Timestamp.from(now)).param("tenant", tenant.value())
                .param("from", from).param("to", to).param("hidden", hidden).param("hiding", Channel.hidingFromInvolvedUnit())
                .query((ResultSet rs) -> {
                    slices.put(slice(rs), figures(rs));
                });
        Map<Cause, Integer> causes = new EnumMap<>(Cause.class);
        jdbc.sql("""
                select cause, count(*) as cases from complaint_case c
                where tenant_id = :tenant and filed_at >= :from and filed_at < :to and cause is not null and status in (%s)
                  and %s
                group by cause""".formatted(HANDLED, NOT_HIDDEN))
                .param("tenant", tenant.value()).param("from", from).param("to", to).param("hidden", hidden).param("hiding", Channel.hidingFromInvolvedUnit())
                .query((ResultSet rs) -> {
                    causes.put(Cause.valueOf(rs.getString("cause")), rs.getInt("cases"));
                });
        List<Prevention> preventions = jdbc.sql("""
                select cause, preventive_measure, count(*) as cases from complaint_case c
                where tenant_id = :tenant and filed_at >= :from and filed_at < :to and cause is not null and status in (%s)
                  and preventive_measure is not null and btrim(preventive_measure) <> '' and %s
                group by cause, preventive_measure
                order by cases desc, cause, preventive_measure""".formatted(HANDLED, NOT_HIDDEN))
                .param("tenant", tenant.value()).param("from", from).param("to", to).param("hidden", hidden).param("hiding", Channel.hidingFromInvolvedUnit())
                .query((rs, n) -> new Prevention(Cause.valueOf(rs.getString("cause")), rs.getString("preventive_measure"),
                        rs.getInt("cases")))
                .list();
        return new YearStatistics(year, now, settings.categories(tenant), slices, causes, preventions);
    }

    /** The fiscal years that have complaints, and the current one, latest first. */
    public List<Integer> years(TenantId tenant) {
        TreeSet<Integer> years = new TreeSet<>(jdbc.sql("select distinct fiscal_year from complaint_case where tenant_id = ?")
                .param(tenant.value()).query(Integer.class).list());
        years.add(current().buddhistYear());
        return List.copyOf(years.descendingSet());
    }

    public FiscalYear current() {
        return FiscalYear.containing(LocalDate.now(clock));
    }

    private static Slice slice(ResultSet rs) throws SQLException {
        Period period = rs.getBoolean("by_month") ? Period.month(rs.getInt("month"))
                : rs.getBoolean("by_half") ? Period.half(rs.getInt("half")) : Period.YEAR;
        Channel channel = rs.getBoolean("by_channel") ? Channel.valueOf(rs.getString("channel")) : null;
        UUID category = rs.getBoolean("by_category") ? rs.getObject("category_id", UUID.class) : null;
        return new Slice(period, channel, category);
    }

    private static Figures figures(ResultSet rs) throws SQLException {
        double median = rs.getDouble("median_days");
        BigDecimal medianDays = rs.wasNull() ? null : BigDecimal.valueOf(median).setScale(1, RoundingMode.HALF_UP);
        BigDecimal mean = rs.getBigDecimal("mean_rating");
        return new Figures(rs.getInt("received"), rs.getInt("finished"), rs.getInt("not_accepted"), rs.getInt("referred"),
                rs.getInt("within_deadline"), rs.getInt("over_deadline"), medianDays, rs.getInt("rated"),
                mean == null ? null : mean.setScale(2, RoundingMode.HALF_UP), rs.getInt("satisfied"));
    }
}
