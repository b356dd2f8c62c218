package org.sujarit.plan;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.IndicatorSource;

/**
 * What oversight compares of the anti-corruption plans, per fiscal year the plan covers: whether a
 * plan covering the year is published and whether it was by the ITA's deadline, its items and the
 * budget planned for the year (by the NACC's four dimensions), the E-PlanNACC rounds reported and
 * reported on time ({@link Round#dueDate()}), and, for the latest round published, the score
 * ({@link RoundScore}) and the share of KPIs met ({@link Kpi#isMetBy}). Only what the portal shows
 * counts: the published revision's items and the rounds published.
 */
@Component
class PlanIndicators implements IndicatorSource {

    /**
     * The ITA's O25 asks for the year's anti-corruption plan within 30 days of the fiscal year's
     * start (START+P30D in the FY2568 checklist): by 31 October.
     */
    static final int PUBLISH_WITHIN_DAYS = 30;

    static final String PUBLISHED = "plan.published";
    static final String PUBLISHED_ON_TIME = "plan.published-on-time";
    static final String ITEMS = "plan.items";
    static final String BUDGET = "plan.budget";
    static final String SCORE = "plan.score";
    static final String KPIS_MET = "plan.kpis-met";
    static final List<String> DIMENSIONS = List.of("1", "2", "3", "4");

    /** Whether a KPI's reported actual meets its target: {@link Kpi#isMetBy} over {@code res} (plan_result) and {@code a} (progress_kpi_actual). */
    static final String KPI_MET = """
            (a.actual is not null and case when res.kpi_type = 'YES_NO' then a.actual > 0
                                           else a.actual >= res.kpi_target end)""";

    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    private static final String EVIDENCE = "/plan";

    /**
     * For each tenant and fiscal year a plan covers, that plan (a published one before a draft, the
     * later one where two overlap), its published revision and when it was first published.
     */
    private static final String CHOSEN = """
            with chosen as (
                select distinct on (p.tenant_id, y.fiscal_year)
                       p.tenant_id, y.fiscal_year, p.id as plan_id, pub.id as revision_id,
                       (select min(v.published_at) from plan_revision v
                        where v.tenant_id = p.tenant_id and v.plan_id = p.id and v.status in ('PUBLISHED', 'SUPERSEDED'))
                           as first_published_at
                from plan p
                cross join lateral generate_series(p.first_year, p.last_year) as y(fiscal_year)
                left join plan_revision pub on pub.tenant_id = p.tenant_id and pub.plan_id = p.id and pub.status = 'PUBLISHED'
                where p.tenant_id = any(?)
                order by p.tenant_id, y.fiscal_year, pub.id is null, p.first_year desc
            ), latest as (
                select c.*, (select max(r.round) from progress_round r
                             where r.tenant_id = c.tenant_id and r.plan_id = c.plan_id and r.fiscal_year = c.fiscal_year)
                           as round
                from chosen c where c.revision_id is not null
            )
            """;

    private final JdbcClient jdbc;

    PlanIndicators(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String reported(int round) {
        return "plan.round" + round + "-reported";
    }

    static String reportedOnTime(int round) {
        return "plan.round" + round + "-on-time";
    }

    static String itemsIn(String dimension) {
        return "plan.items-dimension-" + dimension;
    }

    static String budgetIn(String dimension) {
        return "plan.budget-dimension-" + dimension;
    }

    /** The last day a plan covering the fiscal year counts as published on time. */
    static LocalDate publicationDue(int fiscalYear) {
        return new FiscalYear(fiscalYear).firstDay().plusDays(PUBLISH_WITHIN_DAYS);
    }

    @Override
    public String name() {
        return "plan";
    }

    @Override
    public List<Indicator> indicators() {
        List<Indicator> indicators = new ArrayList<>();
        indicators.add(new Indicator(PUBLISHED, Kind.YES_NO, true, false, null, null, EVIDENCE));
        indicators.add(new Indicator(PUBLISHED_ON_TIME, Kind.YES_NO, true, false, null, null, EVIDENCE));
        indicators.add(new Indicator(ITEMS, Kind.COUNT, null, false, null, null, EVIDENCE));
        DIMENSIONS.forEach(d -> indicators.add(new Indicator(itemsIn(d), Kind.COUNT, null, false, null, ITEMS, EVIDENCE)));
        indicators.add(new Indicator(BUDGET, Kind.COUNT, null, false, null, null, EVIDENCE));
        DIMENSIONS.forEach(d -> indicators.add(new Indicator(budgetIn(d), Kind.COUNT, null, false, null, BUDGET, EVIDENCE)));
        for (int round = 1; round <= 2; round++) {
            String page = "/plan/progress?year={year}&round=" + round;
            indicators.add(new Indicator(reported(round), Kind.YES_NO, true, false, null, null, page));
            indicators.add(new Indicator(reportedOnTime(round), Kind.YES_NO, true, false, null, null, page));
        }
        indicators.add(new Indicator(SCORE, Kind.MEDIAN, true, false, null, null, EVIDENCE));
        indicators.add(new Indicator(KPIS_MET, Kind.SHARE, true, false, null, null, EVIDENCE));
        return List.copyOf(indicators);
    }

    @Override
    public boolean affectedBy(String auditAction) {
        return auditAction.startsWith("plan.");
    }

    private record YearKey(UUID tenantId, int fiscalYear) {
    }

    private record Covered(boolean published, Instant firstPublishedAt) {
    }

    private record Kpis(long met, long all) {
    }

    @Override
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<Value> compute(Collection<UUID> tenants, LocalDate today) {
        UUID[] ids = tenants.toArray(UUID[]::new);
        Map<UUID, TreeMap<Integer, Covered>> years = new HashMap<>();
        jdbc.sql(CHOSEN + "select tenant_id, fiscal_year, revision_id, first_published_at from chosen")
                .param(ids)
                .query(rs -> {
                    years.computeIfAbsent(rs.getObject("tenant_id", UUID.class), t -> new TreeMap<>())
                            .put(rs.getInt("fiscal_year"), new Covered(rs.getObject("revision_id") != null,
                                    instant(rs.getTimestamp("first_published_at"))));
                });
        Map<YearKey, Map<String, Long>> itemsByDimension = new HashMap<>();
        Map<YearKey, Map<String, BigDecimal>> budgetByDimension = new HashMap<>();
        jdbc.sql(CHOSEN + """
                        select c.tenant_id, c.fiscal_year, split_part(d.number, '.', 1) as dimension, count(*) as items,
                               coalesce(sum(b.amount), 0) as budget
                        from chosen c
                        join plan_item i on i.tenant_id = c.tenant_id and i.revision_id = c.revision_id
                        join plan_dimension d on d.tenant_id = i.tenant_id and d.id = i.dimension_id
                        left join plan_item_budget b on b.tenant_id = i.tenant_id and b.item_id = i.id and b.fiscal_year = c.fiscal_year
                        where c.revision_id is not null
                        group by c.tenant_id, c.fiscal_year, split_part(d.number, '.', 1)""")
                .param(ids)
                .query(rs -> {
                    YearKey key = new YearKey(rs.getObject("tenant_id", UUID.class), rs.getInt("fiscal_year"));
                    itemsByDimension.computeIfAbsent(key, k -> new HashMap<>())
                            .put(rs.getString("dimension"), rs.getLong("items"));
                    budgetByDimension.computeIfAbsent(key, k -> new HashMap<>())
                            .put(rs.getString("dimension"), rs.getBigDecimal("budget"));
                });
        Map<YearKey, Map<Integer, Instant>> rounds = new HashMap<>();
        jdbc.sql(CHOSEN + """
                        select c.tenant_id, c.fiscal_year, r.round, r.published_at
                        from chosen c
                        join progress_round r on r.tenant_id = c.tenant_id and r.plan_id = c.plan_id
                                             and r.fiscal_year = c.fiscal_year
                        where c.revision_id is not null""")
                .param(ids)
                .query(rs -> {
                    rounds.computeIfAbsent(new YearKey(rs.getObject("tenant_id", UUID.class), rs.getInt("fiscal_year")),
                            k -> new HashMap<>()).put(rs.getInt("round"), rs.getTimestamp("published_at").toInstant());
                });
        Map<YearKey, RoundScore> scores = new HashMap<>();
        jdbc.sql(CHOSEN + """
                        select l.tenant_id, l.fiscal_year, count(*) as items,
                               count(*) filter (where pr.status = 'DONE') as done,
                               count(*) filter (where pr.status = 'IN_PROGRESS') as in_progress,
                               count(*) filter (where pr.status = 'NOT_STARTED') as not_started,
                               count(*) filter (where pr.status = 'CANNOT_DO') as cannot,
                               count(*) filter (where pr.status is null) as waiting
                        from latest l
                        join plan_item i on i.tenant_id = l.tenant_id and i.revision_id = l.revision_id
                        left join progress_report pr on pr.tenant_id = l.tenant_id and pr.plan_id = l.plan_id
                                                    and pr.item_key = i.item_key and pr.fiscal_year = l.fiscal_year
                                                    and pr.round = l.round
                        where l.round is not null
                        group by l.tenant_id, l.fiscal_year""")
                .param(ids)
                .query(rs -> {
                    scores.put(new YearKey(rs.getObject("tenant_id", UUID.class), rs.getInt("fiscal_year")),
                            new RoundScore(null, null, rs.getInt("items"), rs.getInt("done"), rs.getInt("in_progress"),
                                    rs.getInt("not_started"), rs.getInt("cannot"), rs.getInt("waiting")));
                });
        Map<YearKey, Kpis> kpis = new HashMap<>();
        jdbc.sql(CHOSEN + """
                        select l.tenant_id, l.fiscal_year, count(*) as kpis, count(*) filter (where %s) as met
                        from latest l
                        join plan_item i on i.tenant_id = l.tenant_id and i.revision_id = l.revision_id
                        join plan_result res on res.tenant_id = i.tenant_id and res.item_id = i.id and res.kpi_type is not null
                        left join progress_report pr on pr.tenant_id = l.tenant_id and pr.plan_id = l.plan_id
                                                    and pr.item_key = i.item_key and pr.fiscal_year = l.fiscal_year
                                                    and pr.round = l.round
                        left join progress_kpi_actual a on a.tenant_id = pr.tenant_id and a.report_id = pr.id
                                                        and a.result_key = res.result_key
                        where l.round is not null
                        group by l.tenant_id, l.fiscal_year""".formatted(KPI_MET))
                .param(ids)
                .query(rs -> {
                    kpis.put(new YearKey(rs.getObject("tenant_id", UUID.class), rs.getInt("fiscal_year")),
                            new Kpis(rs.getLong("met"), rs.getLong("kpis")));
                });

        int current = FiscalYear.containing(today).buddhistYear();
        List<Value> values = new ArrayList<>();
        for (UUID tenant : tenants) {
            TreeMap<Integer, Covered> shown = new TreeMap<>(years.getOrDefault(tenant, new TreeMap<>()));
            shown.putIfAbsent(current, new Covered(false, null));
            shown.forEach((year, covered) -> {
                YearKey key = new YearKey(tenant, year);
                values.add(Value.yesNo(tenant, year, PUBLISHED, covered.published()));
                onTime(covered.published() ? covered.firstPublishedAt() : null, publicationDue(year), today)
                        .ifPresent(yes -> values.add(Value.yesNo(tenant, year, PUBLISHED_ON_TIME, yes)));
                if (!covered.published()) {
                    return;
                }
                Map<String, Long> items = itemsByDimension.getOrDefault(key, Map.of());
                values.add(Value.of(tenant, year, ITEMS, items.values().stream().mapToLong(Long::longValue).sum()));
                DIMENSIONS.forEach(d -> values.add(Value.of(tenant, year, itemsIn(d), items.getOrDefault(d, 0L))));
                Map<String, BigDecimal> budget = budgetByDimension.getOrDefault(key, Map.of());
                values.add(money(tenant, year, BUDGET, budget.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)));
                DIMENSIONS.forEach(d -> values.add(money(tenant, year, budgetIn(d), budget.getOrDefault(d, BigDecimal.ZERO))));
                Map<Integer, Instant> published = rounds.getOrDefault(key, Map.of());
                for (int number = 1; number <= 2; number++) {
                    Round round = new Round(year, number);
                    Instant at = published.get(number);
                    if (at != null || today.isAfter(round.dueDate())) {
                        values.add(Value.yesNo(tenant, year, reported(number), at != null));
                    }
                    int n = number;
                    onTime(at, round.dueDate(), today).ifPresent(yes -> values.add(Value.yesNo(tenant, year, reportedOnTime(n), yes)));
                }
                RoundScore score = scores.get(key);
                if (score != null) {
                    values.add(new Value(tenant, year, SCORE, score.score(), null, BigDecimal.valueOf(score.items())));
                }
                Kpis kpi = kpis.get(key);
                if (kpi != null) {
                    values.add(Value.share(tenant, year, KPIS_MET, kpi.met(), kpi.all()));
                }
            });
        }
        return values;
    }

    /**
     * On time when done by the due date; late once done after it, or not done when it has passed;
     * unknown while it is not done and not yet due.
     */
    private static Optional<Boolean> onTime(Instant doneAt, LocalDate due, LocalDate today) {
        if (doneAt != null) {
            return Optional.of(!doneAt.atZone(BANGKOK).toLocalDate().isAfter(due));
        }
        return today.isAfter(due) ? Optional.of(false) : Optional.empty();
    }

    private static Value money(UUID tenant, int year, String key, BigDecimal amount) {
        return new Value(tenant, year, key, amount, null, null);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
