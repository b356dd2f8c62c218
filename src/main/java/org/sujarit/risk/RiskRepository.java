package org.sujarit.risk;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.sujarit.plan.TreatedRisks;
import org.sujarit.risk.RiskTypes.Area;
import org.sujarit.risk.RiskTypes.Change;
import org.sujarit.risk.RiskTypes.ControlQuality;
import org.sujarit.risk.RiskTypes.FactorKind;
import org.sujarit.risk.RiskTypes.Mission;
import org.sujarit.risk.RiskTypes.TrafficLight;
import org.sujarit.shared.TenantId;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The risk register's SQL; every statement names the tenant. */
@Repository
class RiskRepository {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    RiskRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    List<RiskMatrix> matrices() {
        return jdbc.sql("select * from risk_matrix order by code, version").query((rs, n) -> matrix(rs)).list();
    }

    Optional<RiskMatrix> matrix(UUID id) {
        return jdbc.sql("select * from risk_matrix where id = ?").param(id).query((rs, n) -> matrix(rs)).optional();
    }

    private RiskMatrix matrix(ResultSet rs) throws SQLException {
        return new RiskMatrix(rs.getObject("id", UUID.class), rs.getString("code"), rs.getInt("version"),
                rs.getString("name_th"), rs.getString("name_en"), rs.getInt("levels"),
                json.readValue(rs.getString("definition"), RiskMatrix.Definition.class));
    }

    List<Assessment> assessments(TenantId tenant) {
        return jdbc.sql("select * from risk_assessment where tenant_id = ? order by fiscal_year desc")
                .param(tenant.value()).query(RiskRepository::assessment).list();
    }

    Optional<Assessment> assessment(TenantId tenant, int fiscalYear) {
        return jdbc.sql("select * from risk_assessment where tenant_id = ? and fiscal_year = ?")
                .params(tenant.value(), fiscalYear).query(RiskRepository::assessment).optional();
    }

    /** The assessment whose register holds a risk of the tenant. */
    Optional<Assessment> assessmentOfRisk(TenantId tenant, UUID riskId) {
        return jdbc.sql("""
                select a.* from risk_assessment a join risk r on r.tenant_id = a.tenant_id and r.assessment_id = a.id
                where r.tenant_id = ? and r.id = ?""")
                .params(tenant.value(), riskId).query(RiskRepository::assessment).optional();
    }

    private static Assessment assessment(ResultSet rs, int n) throws SQLException {
        Timestamp published = rs.getTimestamp("published_at");
        return new Assessment(rs.getObject("id", UUID.class), rs.getInt("fiscal_year"), rs.getObject("matrix_id", UUID.class),
                "PUBLISHED".equals(rs.getString("status")), published == null ? null : published.toInstant(),
                rs.getObject("previous_id", UUID.class));
    }

    UUID insertAssessment(TenantId tenant, int fiscalYear, UUID matrixId, UUID previousId) {
        return jdbc.sql("""
                insert into risk_assessment (tenant_id, fiscal_year, matrix_id, status, previous_id)
                values (?, ?, ?, 'DRAFT', ?) returning id""")
                .params(tenant.value(), fiscalYear, matrixId, previousId).query(UUID.class).single();
    }

    /** An assessment's publication: published with its date, or a draft. */
    void save(TenantId tenant, Assessment assessment) {
        jdbc.sql("update risk_assessment set status = ?, published_at = ? where tenant_id = ? and id = ?")
                .params(assessment.published() ? "PUBLISHED" : "DRAFT",
                        assessment.publishedAt() == null ? null : Timestamp.from(assessment.publishedAt()),
                        tenant.value(), assessment.id())
                .update();
    }

    UUID insertRisk(TenantId tenant, UUID assessmentId, RiskContent risk, UUID unitId, UUID previousRiskId) {
        int position = jdbc.sql("select coalesce(max(position), 0) + 1 from risk where tenant_id = ? and assessment_id = ?")
                .params(tenant.value(), assessmentId).query(Integer.class).single();
        return jdbc.sql("""
                insert into risk (tenant_id, assessment_id, position, area, mission, process, event, behaviour, factor_kind,
                                  factor_evidence, risk_factors, existing_control, unit_id, traffic_light, likelihood, impact,
                                  control_quality, change, previous_risk_id, source_tables)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb)) returning id""")
                .params(tenant.value(), assessmentId, position, risk.area().name(), risk.mission().name(), risk.process(),
                        risk.event(), risk.behaviour(), name(risk.factorKind()), risk.factorEvidence(), risk.riskFactors(),
                        risk.existingControl(), unitId, name(risk.trafficLight()), risk.likelihood(), risk.impact(),
                        name(risk.controlQuality()), risk.change().name(), previousRiskId,
                        risk.sourceTables() == null ? null : json.writeValueAsString(risk.sourceTables()))
                .query(UUID.class).single();
    }

    void updateRisk(TenantId tenant, UUID riskId, RiskContent risk, UUID unitId) {
        jdbc.sql("""
                update risk set area = ?, mission = ?, process = ?, event = ?, behaviour = ?, factor_kind = ?,
                       factor_evidence = ?, risk_factors = ?, existing_control = ?, unit_id = ?, traffic_light = ?,
                       likelihood = ?, impact = ?, control_quality = ?, change = ?
                where tenant_id = ? and id = ?""")
                .params(risk.area().name(), risk.mission().name(), risk.process(), risk.event(), risk.behaviour(),
                        name(risk.factorKind()), risk.factorEvidence(), risk.riskFactors(), risk.existingControl(), unitId,
                        name(risk.trafficLight()), risk.likelihood(), risk.impact(), name(risk.controlQuality()),
                        risk.change().name(), tenant.value(), riskId)
                .update();
    }

    void deleteRisk(TenantId tenant, UUID riskId) {
        jdbc.sql("delete from risk where tenant_id = ? and id = ?").params(tenant.value(), riskId).update();
    }

    Optional<UUID> riskOfMeasure(TenantId tenant, UUID measureId) {
        return jdbc.sql("select risk_id from risk_measure where tenant_id = ? and id = ?").params(tenant.value(), measureId)
                .query(UUID.class).optional();
    }

    UUID insertMeasure(TenantId tenant, UUID riskId, RiskContent.MeasureContent m, UUID unitId, UUID planItemKey) {
        int position = jdbc.sql("select coalesce(max(position), 0) + 1 from risk_measure where tenant_id = ? and risk_id = ?")
                .params(tenant.value(), riskId).query(Integer.class).single();
        return jdbc.sql("""
                insert into risk_measure (tenant_id, risk_id, position, measure, period_text, period_from, period_to,
                                          unit_id, unit_text, plan_item_key)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(tenant.value(), riskId, position, m.measure(), m.periodText(), date(m.periodFrom()),
                        date(m.periodTo()), unitId, m.unitText(), planItemKey)
                .query(UUID.class).single();
    }

    void updateMeasure(TenantId tenant, UUID measureId, RiskContent.MeasureContent m, UUID unitId, UUID planItemKey) {
        jdbc.sql("""
                update risk_measure set measure = ?, period_text = ?, period_from = ?, period_to = ?, unit_id = ?,
                       unit_text = ?, plan_item_key = ?
                where tenant_id = ? and id = ?""")
                .params(m.measure(), m.periodText(), date(m.periodFrom()), date(m.periodTo()), unitId, m.unitText(),
                        planItemKey, tenant.value(), measureId)
                .update();
    }

    void deleteMeasure(TenantId tenant, UUID measureId) {
        jdbc.sql("delete from risk_measure where tenant_id = ? and id = ?").params(tenant.value(), measureId).update();
    }

    void saveMonitoring(TenantId tenant, UUID measureId, int round, String status, int progress, String result,
                        String problems, String fixes, ControlQuality quality, UUID by, Instant at) {
        jdbc.sql("""
                insert into risk_monitoring (tenant_id, measure_id, round, status, progress_pct, result, problems, fixes,
                                             control_quality, updated_by, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (tenant_id, measure_id, round) do update set status = excluded.status,
                    progress_pct = excluded.progress_pct, result = excluded.result, problems = excluded.problems,
                    fixes = excluded.fixes, control_quality = excluded.control_quality,
                    updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
                .params(tenant.value(), measureId, round, status, progress, result, problems, fixes, name(quality), by,
                        Timestamp.from(at))
                .update();
    }

    /** The risks of an assessment, with measures and monitoring, in order; unit names resolved. */
    List<TreatedRisks.TreatedRisk> treatedBy(TenantId tenant, UUID planItemKey, boolean publishedOnly) {
        return jdbc.sql("""
                        select a.fiscal_year, r.id, r.position, r.event, r.traffic_light, m.measure
                        from risk_measure m
                        join risk r on r.tenant_id = m.tenant_id and r.id = m.risk_id
                        join risk_assessment a on a.tenant_id = r.tenant_id and a.id = r.assessment_id
                        where m.tenant_id = ? and m.plan_item_key = ? and (a.status = 'PUBLISHED' or not ?)
                        order by a.fiscal_year desc, r.position, m.position""")
                .params(tenant.value(), planItemKey, publishedOnly)
                .query((rs, n) -> new TreatedRisks.TreatedRisk(rs.getInt("fiscal_year"), rs.getObject("id", UUID.class),
                        rs.getInt("position"), rs.getString("event"), rs.getString("traffic_light"), rs.getString("measure")))
                .list();
    }

    /** A measure of a year's assessment and whether it has been monitored in a round. */
    record MeasureDue(UUID tenantId, UUID measureId, UUID unitId, String measure, boolean monitored) {
    }

    /**
     * Every tenant's measures of a fiscal year's assessment, with whether the round is recorded:
     * across tenants on purpose, for the platform's daily digests.
     */
    List<MeasureDue> measuresDue(int fiscalYear, int round) {
        return jdbc.sql("""
                        select m.tenant_id, m.id, m.unit_id, m.measure,
                               exists (select 1 from risk_monitoring o
                                       where o.tenant_id = m.tenant_id and o.measure_id = m.id and o.round = ?) as monitored
                        from risk_measure m
                        join risk r on r.tenant_id = m.tenant_id and r.id = m.risk_id
                        join risk_assessment a on a.tenant_id = r.tenant_id and a.id = r.assessment_id
                        where a.fiscal_year = ?
                        order by m.tenant_id, r.position, m.position""")
                .params(round, fiscalYear)
                .query((rs, n) -> new MeasureDue(rs.getObject("tenant_id", UUID.class), rs.getObject("id", UUID.class),
                        rs.getObject("unit_id", UUID.class), rs.getString("measure"), rs.getBoolean("monitored")))
                .list();
    }

    List<RiskRow> risks(TenantId tenant, UUID assessmentId) {
        Map<UUID, List<RiskView.Monitoring>> rounds = new HashMap<>();
        jdbc.sql("""
                select m.*, u.display_name from risk_monitoring m left join app_user u on u.id = m.updated_by
                join risk_measure rm on rm.id = m.measure_id join risk r on r.id = rm.risk_id
                where m.tenant_id = ? and r.assessment_id = ? order by m.round""")
                .params(tenant.value(), assessmentId)
                .query(rs -> {
                    rounds.computeIfAbsent(rs.getObject("measure_id", UUID.class), k -> new ArrayList<>())
                            .add(new RiskView.Monitoring(rs.getInt("round"), rs.getString("status"), rs.getInt("progress_pct"),
                                    rs.getString("result"), rs.getString("problems"), rs.getString("fixes"),
                                    quality(rs.getString("control_quality")), rs.getString("display_name")));
                });
        Map<UUID, List<MeasureRow>> measures = new HashMap<>();
        jdbc.sql("""
                select m.*, u.name_th as unit_name from risk_measure m join risk r on r.id = m.risk_id
                left join unit u on u.tenant_id = m.tenant_id and u.id = m.unit_id
                where m.tenant_id = ? and r.assessment_id = ? order by m.position""")
                .params(tenant.value(), assessmentId)
                .query(rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    measures.computeIfAbsent(rs.getObject("risk_id", UUID.class), k -> new ArrayList<>())
                            .add(new MeasureRow(id, rs.getInt("position"), rs.getString("measure"), rs.getString("period_text"),
                                    localDate(rs.getDate("period_from")), localDate(rs.getDate("period_to")),
                                    rs.getObject("unit_id", UUID.class), rs.getString("unit_name"), rs.getString("unit_text"),
                                    rs.getObject("plan_item_key", UUID.class), rounds.getOrDefault(id, List.of())));
                });
        return jdbc.sql("""
                select r.*, r.source_tables::text as source_json, u.name_th as unit_name from risk r
                left join unit u on u.tenant_id = r.tenant_id and u.id = r.unit_id
                where r.tenant_id = ? and r.assessment_id = ? order by r.position""")
                .params(tenant.value(), assessmentId)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    String source = rs.getString("source_json");
                    return new RiskRow(id, rs.getInt("position"), Area.valueOf(rs.getString("area")),
                            Mission.valueOf(rs.getString("mission")), rs.getString("process"), rs.getString("event"),
                            rs.getString("behaviour"), enumOf(FactorKind.class, rs.getString("factor_kind")),
                            rs.getString("factor_evidence"), rs.getString("risk_factors"), rs.getString("existing_control"),
                            rs.getObject("unit_id", UUID.class), rs.getString("unit_name"),
                            enumOf(TrafficLight.class, rs.getString("traffic_light")), (Integer) rs.getObject("likelihood"),
                            (Integer) rs.getObject("impact"), (Integer) rs.getObject("score"),
                            quality(rs.getString("control_quality")), Change.valueOf(rs.getString("change")),
                            rs.getObject("previous_risk_id", UUID.class),
                            source == null ? Map.of() : json.readValue(source, MAP), measures.getOrDefault(id, List.of()));
                })
                .list();
    }

    record RiskRow(UUID id, int position, Area area, Mission mission, String process, String event, String behaviour,
                   FactorKind factorKind, String factorEvidence, String riskFactors, String existingControl, UUID unitId,
                   String unitName, TrafficLight trafficLight, Integer likelihood, Integer impact, Integer score,
                   ControlQuality controlQuality, Change change, UUID previousRiskId, Map<String, Object> sourceTables,
                   List<MeasureRow> measures) {
    }

    record MeasureRow(UUID id, int position, String measure, String periodText, LocalDate periodFrom, LocalDate periodTo,
                      UUID unitId, String unitName, String unitText, UUID planItemKey, List<RiskView.Monitoring> rounds) {
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }

    private static ControlQuality quality(String value) {
        return enumOf(ControlQuality.class, value);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
