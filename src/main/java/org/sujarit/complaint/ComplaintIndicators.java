package org.sujarit.complaint;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.sujarit.shared.IndicatorSource;

/**
 * The complaint centre's figures for oversight, per fiscal year of filing, for all cases and for
 * each channel apart: counted by the rules of the public statistics page ({@code
 * complaint.statistics.ComplaintStatistics}), so that what oversight shows of a local government
 * agrees with what it publishes itself. Finished is handled (resolved, closed, not accepted,
 * referred); the 15-day rule is the case's own action deadline, fixed at filing from the tenant's
 * settings (calendar days from filing) and kept by a status or an explanation in time; duplicates
 * count, as they do there. One query for any number of tenants.
 *
 * <p>One difference, so that a figure depends on the data and the day only (the maintained values
 * must equal a rebuild): an unmet deadline is over once the deadline check has noticed its lapse
 * (an audited {@code complaint.overdue-flagged}) or once it was due before {@code today} began;
 * the page counts it from the minute it is due.
 */
@Component
class ComplaintIndicators implements IndicatorSource {

    static final String RECEIVED = "complaint.received";
    static final String FINISHED = "complaint.finished";
    static final String DEADLINE_DUE = "complaint.deadline-due";
    static final String WITHIN_DEADLINE = "complaint.within-deadline";
    static final String WITHIN_DEADLINE_SHARE = "complaint.within-deadline-share";
    static final String MEDIAN_DAYS = "complaint.median-days";
    static final String RATED = "complaint.rated";
    static final String SATISFACTION = "complaint.satisfaction";
    static final String SATISFIED_SHARE = "complaint.satisfied-share";

    private static final String EVIDENCE = "/complaints/statistics?year={year}";

    private static final String HANDLED = CaseStatus.HANDLED.stream().map(s -> "'" + s.name() + "'")
            .sorted().collect(Collectors.joining(", "));

    /**
     * Per tenant and year, and per tenant, year and channel. The action deadlines of a case (a
     * reopened case gets another) are read through the case's index; within means none was late
     * and one was kept, as on the statistics page.
     */
    private static final String FIGURES = """
            with c as (
                select c.tenant_id, c.fiscal_year, c.channel, c.satisfaction, c.status in (%1$s) as finished,
                       case when c.status in (%1$s) and c.finished_at is not null
                            then extract(epoch from c.finished_at - c.filed_at) / 86400 end as days,
                       d.late, d.kept
                from complaint_case c
                left join lateral (
                    select coalesce(bool_or(d.met_at > d.due_at
                                            or (d.met_at is null and (d.overdue_noticed_at is not null or d.due_at < :dayStart))),
                                    false) as late,
                           coalesce(bool_or(d.met_at <= d.due_at), false) as kept
                    from complaint_deadline d
                    where d.case_id = c.id and d.tenant_id = c.tenant_id and d.kind = 'ACTION') d on true
                where c.tenant_id = any(:tenants))
            select tenant_id, fiscal_year, grouping(channel) = 0 as by_channel, channel,
                   count(*) as received,
                   count(*) filter (where finished) as finished,
                   count(*) filter (where kept and not late) as within_deadline,
                   count(*) filter (where late) as over_deadline,
                   percentile_cont(0.5) within group (order by days) as median_days,
                   count(days) as timed,
                   count(satisfaction) as rated,
                   coalesce(sum(satisfaction), 0) as rating_total,
                   count(*) filter (where satisfaction >= 4) as satisfied
            from c
            group by grouping sets ((tenant_id, fiscal_year), (tenant_id, fiscal_year, channel))
            """.formatted(HANDLED);

    private static final List<Indicator> INDICATORS = definitions();

    private final JdbcClient jdbc;
    private final Clock clock;

    ComplaintIndicators(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "complaint";
    }

    @Override
    public List<Indicator> indicators() {
        return INDICATORS;
    }

    /** Every change to a case can move a figure; settings and categories cannot (a deadline is fixed at filing). */
    @Override
    public boolean affectedBy(String auditAction) {
        return auditAction.startsWith("complaint.") && !auditAction.equals("complaint.settings-changed")
                && !auditAction.equals("complaint.category-saved") && !auditAction.equals("complaint.attachment-viewed")
                && !auditAction.equals("complaint.contact-viewed");
    }

    @Override
    public List<Value> compute(Collection<UUID> tenants, LocalDate today) {
        if (tenants.isEmpty()) {
            return List.of();
        }
        Timestamp dayStart = Timestamp.from(today.atStartOfDay(clock.getZone()).toInstant());
        Map<Cell, Figures> rows = new HashMap<>();
        Set<Cell> years = new LinkedHashSet<>();
        jdbc.sql(FIGURES).param("tenants", tenants.toArray(UUID[]::new)).param("dayStart", dayStart)
                .query((ResultSet rs) -> {
                    Cell year = new Cell(rs.getObject("tenant_id", UUID.class), rs.getInt("fiscal_year"), null);
                    Cell cell = rs.getBoolean("by_channel") ? year.of(Channel.valueOf(rs.getString("channel"))) : year;
                    rows.put(cell, figures(rs));
                    years.add(year);
                });
        List<Value> values = new ArrayList<>();
        for (Cell year : years) {
            add(values, year, rows.get(year), "");
            for (Channel channel : Channel.values()) {
                // A channel without a case in a year that has cases is a true zero, not a missing figure.
                add(values, year, rows.getOrDefault(year.of(channel), Figures.NONE), "-" + channel.path());
            }
        }
        return values;
    }

    private static void add(List<Value> values, Cell cell, Figures f, String suffix) {
        UUID t = cell.tenant();
        int y = cell.fiscalYear();
        values.add(Value.of(t, y, RECEIVED + suffix, f.received()));
        values.add(Value.of(t, y, FINISHED + suffix, f.finished()));
        values.add(Value.of(t, y, DEADLINE_DUE + suffix, f.deadlineDue()));
        values.add(Value.of(t, y, WITHIN_DEADLINE + suffix, f.within()));
        if (f.deadlineDue() > 0) {
            values.add(Value.share(t, y, WITHIN_DEADLINE_SHARE + suffix, f.within(), f.deadlineDue()));
        }
        if (f.medianDays() != null) {
            values.add(new Value(t, y, MEDIAN_DAYS + suffix, f.medianDays(), null, BigDecimal.valueOf(f.timed())));
        }
        values.add(Value.of(t, y, RATED + suffix, f.rated()));
        if (f.rated() > 0) {
            values.add(new Value(t, y, SATISFACTION + suffix,
                    BigDecimal.valueOf(f.ratingTotal()).divide(BigDecimal.valueOf(f.rated()), 2, RoundingMode.HALF_UP),
                    BigDecimal.valueOf(f.ratingTotal()), BigDecimal.valueOf(f.rated())));
            values.add(Value.share(t, y, SATISFIED_SHARE + suffix, f.satisfied(), f.rated()));
        }
    }

    private static Figures figures(ResultSet rs) throws SQLException {
        double median = rs.getDouble("median_days");
        BigDecimal medianDays = rs.wasNull() ? null : BigDecimal.valueOf(median).setScale(1, RoundingMode.HALF_UP);
        return new Figures(rs.getInt("received"), rs.getInt("finished"), rs.getInt("within_deadline"),
                rs.getInt("over_deadline"), medianDays, rs.getInt("timed"), rs.getInt("rated"), rs.getLong("rating_total"),
                rs.getInt("satisfied"));
    }

    /**
     * For all cases, then each channel: the figure, then its channels, so that the pages show a
     * total above its parts. Counts of complaints are small counts; what is computed over them is
     * withheld with the count it is computed over.
     */
    private static List<Indicator> definitions() {
        List<Indicator> list = new ArrayList<>();
        for (String figure : List.of(RECEIVED, FINISHED, DEADLINE_DUE, WITHIN_DEADLINE, WITHIN_DEADLINE_SHARE, MEDIAN_DAYS,
                RATED, SATISFACTION, SATISFIED_SHARE)) {
            list.add(indicator(figure, "", null));
            for (Channel channel : Channel.values()) {
                list.add(indicator(figure, "-" + channel.path(), channel));
            }
        }
        return List.copyOf(list);
    }

    private static Indicator indicator(String figure, String suffix, Channel channel) {
        String key = figure + suffix;
        String evidence = channel == null ? EVIDENCE : EVIDENCE + "#channel-" + channel.name();
        String partOf = channel == null ? null : figure;
        return switch (figure) {
            case RECEIVED, FINISHED, DEADLINE_DUE, WITHIN_DEADLINE, RATED ->
                    new Indicator(key, Kind.COUNT, null, true, null, partOf, evidence);
            case WITHIN_DEADLINE_SHARE -> new Indicator(key, Kind.SHARE, true, false, DEADLINE_DUE + suffix, null, evidence);
            case MEDIAN_DAYS -> new Indicator(key, Kind.MEDIAN, false, false, FINISHED + suffix, null, evidence);
            case SATISFACTION -> new Indicator(key, Kind.MEAN, true, false, RATED + suffix, null, evidence);
            case SATISFIED_SHARE -> new Indicator(key, Kind.SHARE, true, false, RATED + suffix, null, evidence);
            default -> throw new IllegalStateException(figure);
        };
    }

    /** A tenant's fiscal year, or one channel of it. */
    private record Cell(UUID tenant, int fiscalYear, Channel channel) {

        Cell of(Channel channel) {
            return new Cell(tenant, fiscalYear, channel);
        }
    }

    private record Figures(int received, int finished, int within, int over, BigDecimal medianDays, int timed, int rated,
                           long ratingTotal, int satisfied) {

        static final Figures NONE = new Figures(0, 0, 0, 0, null, 0, 0, 0, 0);

        int deadlineDue() {
            return within + over;
        }
    }
}
