package org.sujarit.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.risk.RiskTypes.Band;
import org.sujarit.risk.RiskTypes.ControlQuality;
import org.sujarit.risk.RiskTypes.TrafficLight;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.IndicatorSource;

/**
 * What oversight compares of the fraud-risk assessments: whether the year's assessment is
 * published, and of a published one its risks by traffic light and by residual rating (the
 * assessment's own matrix: {@link RiskMatrix#residual}), its measures and how far their monitoring
 * has gone. A draft is not public, so only a published assessment is counted. For the years a
 * tenant has an assessment, and the current year always.
 */
@Component
class RiskIndicators implements IndicatorSource {

    static final String PUBLISHED = "risk.published";
    static final String RISKS = "risk.risks";
    static final String MEASURES = "risk.measures";
    static final String MONITORED = "risk.measures-monitored";
    static final String DONE = "risk.measures-done";

    private static final String EVIDENCE = "/risk/{year}";
    private static final List<Band> RESIDUAL_ORDER = List.of(Band.HIGH, Band.MEDIUM, Band.LOW);

    private final JdbcClient jdbc;
    private final RiskRepository repository;

    RiskIndicators(JdbcClient jdbc, RiskRepository repository) {
        this.jdbc = jdbc;
        this.repository = repository;
    }

    static String light(TrafficLight light) {
        return "risk." + light.name().toLowerCase(Locale.ROOT);
    }

    static String residual(Band band) {
        return "risk.residual-" + band.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String name() {
        return "risk";
    }

    @Override
    public List<Indicator> indicators() {
        List<Indicator> indicators = new ArrayList<>();
        indicators.add(new Indicator(PUBLISHED, Kind.YES_NO, true, false, null, null, EVIDENCE));
        indicators.add(new Indicator(RISKS, Kind.COUNT, null, false, null, null, EVIDENCE));
        for (TrafficLight light : TrafficLight.values()) {
            indicators.add(new Indicator(light(light), Kind.COUNT, null, false, null, RISKS, EVIDENCE));
        }
        for (Band band : RESIDUAL_ORDER) {
            indicators.add(new Indicator(residual(band), Kind.COUNT, null, false, null, RISKS, EVIDENCE));
        }
        indicators.add(new Indicator(MEASURES, Kind.COUNT, null, false, null, null, EVIDENCE));
        indicators.add(new Indicator(MONITORED, Kind.SHARE, true, false, null, null, EVIDENCE));
        indicators.add(new Indicator(DONE, Kind.SHARE, true, false, null, null, EVIDENCE));
        return List.copyOf(indicators);
    }

    @Override
    public boolean affectedBy(String auditAction) {
        return auditAction.startsWith("risk.");
    }

    private record YearKey(UUID tenantId, int fiscalYear) {
    }

    private static final class Published {
        long risks;
        final Map<TrafficLight, Long> lights = new EnumMap<>(TrafficLight.class);
        final Map<Band, Long> residuals = new EnumMap<>(Band.class);
        long measures;
        long monitored;
        long done;
    }

    @Override
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<Value> compute(Collection<UUID> tenants, LocalDate today) {
        UUID[] ids = tenants.toArray(UUID[]::new);
        Map<UUID, RiskMatrix> matrices = new HashMap<>();
        repository.matrices().forEach(m -> matrices.put(m.id(), m));
        Map<YearKey, Published> published = new HashMap<>();
        Map<UUID, TreeMap<Integer, Boolean>> years = new HashMap<>();
        jdbc.sql("select tenant_id, fiscal_year, status from risk_assessment where tenant_id = any(?)")
                .param(ids)
                .query(rs -> {
                    UUID tenant = rs.getObject("tenant_id", UUID.class);
                    boolean isPublished = "PUBLISHED".equals(rs.getString("status"));
                    years.computeIfAbsent(tenant, t -> new TreeMap<>()).put(rs.getInt("fiscal_year"), isPublished);
                    if (isPublished) {
                        published.put(new YearKey(tenant, rs.getInt("fiscal_year")), new Published());
                    }
                });
        // Grouped by what the rating needs, so the matrix's own rule rates a handful of rows per year.
        jdbc.sql("""
                        select a.tenant_id, a.fiscal_year, a.matrix_id, r.traffic_light, r.score, r.control_quality,
                               count(*) as risks
                        from risk_assessment a join risk r on r.tenant_id = a.tenant_id and r.assessment_id = a.id
                        where a.tenant_id = any(?) and a.status = 'PUBLISHED'
                        group by a.tenant_id, a.fiscal_year, a.matrix_id, r.traffic_light, r.score, r.control_quality""")
                .param(ids)
                .query(rs -> {
                    Published year = published.get(new YearKey(rs.getObject("tenant_id", UUID.class), rs.getInt("fiscal_year")));
                    if (year == null) { // published after the first statement, in a caller's read-committed transaction
                        return;
                    }
                    long count = rs.getLong("risks");
                    year.risks += count;
                    String light = rs.getString("traffic_light");
                    if (light != null) {
                        year.lights.merge(TrafficLight.valueOf(light), count, Long::sum);
                    }
                    Integer score = (Integer) rs.getObject("score");
                    String quality = rs.getString("control_quality");
                    if (score != null && quality != null) {
                        Band band = matrices.get(rs.getObject("matrix_id", UUID.class))
                                .residual(score, ControlQuality.valueOf(quality));
                        year.residuals.merge(band, count, Long::sum);
                    }
                });
        // A measure is monitored once it has a round; done when its latest round says so.
        jdbc.sql("""
                        select a.tenant_id, a.fiscal_year, count(*) as measures,
                               count(latest.status) as monitored,
                               count(*) filter (where latest.status = 'DONE') as done
                        from risk_assessment a
                        join risk r on r.tenant_id = a.tenant_id and r.assessment_id = a.id
                        join risk_measure m on m.tenant_id = r.tenant_id and m.risk_id = r.id
                        left join lateral (select o.status from risk_monitoring o
                                           where o.tenant_id = m.tenant_id and o.measure_id = m.id
                                           order by o.round desc limit 1) latest on true
                        where a.tenant_id = any(?) and a.status = 'PUBLISHED'
                        group by a.tenant_id, a.fiscal_year""")
                .param(ids)
                .query(rs -> {
                    Published year = published.get(new YearKey(rs.getObject("tenant_id", UUID.class), rs.getInt("fiscal_year")));
                    if (year == null) {
                        return;
                    }
                    year.measures = rs.getLong("measures");
                    year.monitored = rs.getLong("monitored");
                    year.done = rs.getLong("done");
                });
        int current = FiscalYear.containing(today).buddhistYear();
        List<Value> values = new ArrayList<>();
        for (UUID tenant : tenants) {
            TreeMap<Integer, Boolean> shown = new TreeMap<>(years.getOrDefault(tenant, new TreeMap<>()));
            shown.putIfAbsent(current, false);
            shown.forEach((year, isPublished) -> {
                values.add(Value.yesNo(tenant, year, PUBLISHED, isPublished));
                if (isPublished) {
                    values.addAll(values(tenant, year, published.get(new YearKey(tenant, year))));
                }
            });
        }
        return values;
    }

    private static List<Value> values(UUID tenant, int year, Published p) {
        List<Value> values = new ArrayList<>();
        values.add(Value.of(tenant, year, RISKS, p.risks));
        for (TrafficLight light : TrafficLight.values()) {
            values.add(Value.of(tenant, year, light(light), p.lights.getOrDefault(light, 0L)));
        }
        for (Band band : RESIDUAL_ORDER) {
            values.add(Value.of(tenant, year, residual(band), p.residuals.getOrDefault(band, 0L)));
        }
        values.add(Value.of(tenant, year, MEASURES, p.measures));
        values.add(Value.share(tenant, year, MONITORED, p.monitored, p.measures));
        values.add(Value.share(tenant, year, DONE, p.done, p.measures));
        return values;
    }
}
