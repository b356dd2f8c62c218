package org.sujarit.plan;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.sujarit.shared.TenantId;

/**
 * The SQL of progress: reports per item and round with their KPI actuals, the overrides of computed
 * actuals and evidence, and the rounds published. Every statement names the tenant (actuals through
 * their report).
 */
@Repository
class ProgressRepository {

    private final JdbcClient jdbc;

    ProgressRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Writes an item's report of a round with its KPI actuals, locked when it reports the item
     * done; empty when the stored report is locked already.
     */
    Optional<UUID> save(TenantId tenant, UUID planId, UUID itemKey, Round round, ProgressEntry entry, UUID by, Instant at) {
        Optional<UUID> saved = jdbc.sql("""
                insert into progress_report (tenant_id, plan_id, item_key, fiscal_year, round, status, cannot_reason,
                                             cannot_reason_other, budget_plan, budget_ordinance, disbursed, in_ordinance,
                                             narrative, problems, fixes, locked, updated_by, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (tenant_id, plan_id, item_key, fiscal_year, round) do update set
                    status = excluded.status, cannot_reason = excluded.cannot_reason,
                    cannot_reason_other = excluded.cannot_reason_other, budget_plan = excluded.budget_plan,
                    budget_ordinance = excluded.budget_ordinance, disbursed = excluded.disbursed,
                    in_ordinance = excluded.in_ordinance, narrative = excluded.narrative, problems = excluded.problems,
                    fixes = excluded.fixes, locked = excluded.locked, updated_by = excluded.updated_by,
                    updated_at = excluded.updated_at
                where not progress_report.locked
                returning id""")
                .params(tenant.value(), planId, itemKey, round.fiscalYear(), round.number(), entry.status().name(),
                        entry.status() == ProgressStatus.CANNOT_DO ? entry.cannotReason().name() : null,
                        entry.status() == ProgressStatus.CANNOT_DO && entry.cannotReason() == CannotReason.OTHER
                                ? entry.cannotReasonOther().trim() : null,
                        entry.budgetPlan(), entry.budgetOrdinance(), entry.disbursed(), entry.inOrdinance(),
                        blankToNull(entry.narrative()), blankToNull(entry.problems()), blankToNull(entry.fixes()),
                        entry.status() == ProgressStatus.DONE, by, Timestamp.from(at))
                .query(UUID.class).optional();
        saved.ifPresent(id -> {
            jdbc.sql("delete from progress_kpi_actual where tenant_id = ? and report_id = ?").params(tenant.value(), id).update();
            Map<UUID, BigDecimal> actuals = entry.kpiActuals() == null ? Map.of() : entry.kpiActuals();
            actuals.forEach((resultKey, actual) -> {
                if (actual != null) {
                    jdbc.sql("insert into progress_kpi_actual (tenant_id, report_id, result_key, actual) values (?, ?, ?, ?)")
                            .params(tenant.value(), id, resultKey, actual).update();
                }
            });
        });
        return saved;
    }

    /** The reports of a round by item key, of every item or of one (onlyItem). */
    Map<UUID, ProgressReport> reports(TenantId tenant, UUID planId, Round round, UUID onlyItem) {
        Map<UUID, Map<UUID, BigDecimal>> actuals = new HashMap<>();
        Map<UUID, Map<UUID, KpiOverride>> overrides = new HashMap<>();
        jdbc.sql("""
                select * from (
                    select distinct on (o.report_id, o.result_key) o.*, u.display_name from progress_kpi_override o
                    join progress_report r on r.tenant_id = o.tenant_id and r.id = o.report_id
                    left join app_user u on u.id = o.changed_by
                    where r.tenant_id = ? and r.plan_id = ? and r.fiscal_year = ? and r.round = ?
                    order by o.report_id, o.result_key, o.id desc) latest
                where actual is not null""")
                .params(tenant.value(), planId, round.fiscalYear(), round.number())
                .query(rs -> {
                    KpiOverride override = override(rs);
                    overrides.computeIfAbsent(rs.getObject("report_id", UUID.class), k -> new HashMap<>())
                            .put(override.resultKey(), override);
                });
        Map<UUID, List<ProgressReport.Evidence>> evidence = new HashMap<>();
        jdbc.sql("""
                select a.report_id, a.result_key, a.actual from progress_kpi_actual a
                join progress_report r on r.tenant_id = a.tenant_id and r.id = a.report_id
                where r.tenant_id = ? and r.plan_id = ? and r.fiscal_year = ? and r.round = ?""")
                .params(tenant.value(), planId, round.fiscalYear(), round.number())
                .query(rs -> {
                    actuals.computeIfAbsent(rs.getObject("report_id", UUID.class), k -> new HashMap<>())
                            .put(rs.getObject("result_key", UUID.class), rs.getBigDecimal("actual"));
                });
        jdbc.sql("""
                select e.id, e.report_id, e.title, e.url, e.file_name, e.content_type, e.size_bytes
                from progress_evidence e join progress_report r on r.id = e.report_id
                where r.tenant_id = ? and r.plan_id = ? and r.fiscal_year = ? and r.round = ? order by e.created_at""")
                .params(tenant.value(), planId, round.fiscalYear(), round.number())
                .query(rs -> {
                    evidence.computeIfAbsent(rs.getObject("report_id", UUID.class), k -> new ArrayList<>())
                            .add(new ProgressReport.Evidence(rs.getObject("id", UUID.class), rs.getString("title"),
                                    rs.getString("url"), rs.getString("file_name"), rs.getString("content_type"),
                                    (Integer) rs.getObject("size_bytes")));
                });
        Map<UUID, ProgressReport> byItem = new LinkedHashMap<>();
        jdbc.sql("""
                select r.*, u.display_name from progress_report r left join app_user u on u.id = r.updated_by
                where r.tenant_id = ? and r.plan_id = ? and r.fiscal_year = ? and r.round = ?
                  and (cast(? as uuid) is null or r.item_key = ?)""")
                .params(tenant.value(), planId, round.fiscalYear(), round.number(), onlyItem, onlyItem)
                .query(rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    String reason = rs.getString("cannot_reason");
                    byItem.put(rs.getObject("item_key", UUID.class), new ProgressReport(id, rs.getObject("item_key", UUID.class),
                            round, ProgressStatus.valueOf(rs.getString("status")),
                            reason == null ? null : CannotReason.valueOf(reason), rs.getString("cannot_reason_other"),
                            rs.getBigDecimal("budget_plan"), rs.getBigDecimal("budget_ordinance"),
                            rs.getBigDecimal("disbursed"), (Boolean) rs.getObject("in_ordinance"),
                            rs.getString("narrative"), rs.getString("problems"), rs.getString("fixes"),
                            rs.getBoolean("locked"), actuals.getOrDefault(id, Map.of()), overrides.getOrDefault(id, Map.of()),
                            evidence.getOrDefault(id, List.of()),
                            rs.getTimestamp("updated_at").toInstant(), rs.getString("display_name")));
                });
        return byItem;
    }

    void insertOverride(TenantId tenant, UUID reportId, UUID resultKey, BigDecimal computed, BigDecimal actual,
                        String reason, UUID by, Instant at) {
        jdbc.sql("""
                insert into progress_kpi_override (tenant_id, report_id, result_key, computed, actual, reason, changed_by, changed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(tenant.value(), reportId, resultKey, computed, actual, reason, by, Timestamp.from(at)).update();
    }

    /** Sets one actual of a report the caller has found in its tenant; {@code null} clears it. */
    void storeActual(TenantId tenant, UUID reportId, UUID resultKey, BigDecimal actual) {
        if (actual == null) {
            jdbc.sql("delete from progress_kpi_actual where tenant_id = ? and report_id = ? and result_key = ?")
                    .params(tenant.value(), reportId, resultKey).update();
            return;
        }
        jdbc.sql("""
                insert into progress_kpi_actual (tenant_id, report_id, result_key, actual) values (?, ?, ?, ?)
                on conflict (tenant_id, report_id, result_key) do update set actual = excluded.actual""")
                .params(tenant.value(), reportId, resultKey, actual).update();
    }

    List<KpiOverride> overrideHistory(TenantId tenant, UUID reportId) {
        return jdbc.sql("""
                select o.*, u.display_name from progress_kpi_override o left join app_user u on u.id = o.changed_by
                where o.tenant_id = ? and o.report_id = ? order by o.id""")
                .params(tenant.value(), reportId).query((rs, n) -> override(rs)).list();
    }

    private static KpiOverride override(ResultSet rs) throws SQLException {
        return new KpiOverride(rs.getObject("result_key", UUID.class), rs.getBigDecimal("computed"),
                rs.getBigDecimal("actual"), rs.getString("reason"), rs.getString("display_name"),
                rs.getTimestamp("changed_at").toInstant());
    }

    /** Whether a report is locked; empty when the tenant has no such report. */
    Optional<Boolean> locked(TenantId tenant, UUID reportId) {
        return jdbc.sql("select locked from progress_report where tenant_id = ? and id = ?")
                .params(tenant.value(), reportId).query(Boolean.class).optional();
    }

    Optional<UUID> itemOfReport(TenantId tenant, UUID reportId) {
        return jdbc.sql("select item_key from progress_report where tenant_id = ? and id = ?")
                .params(tenant.value(), reportId).query(UUID.class).optional();
    }

    UUID insertLink(TenantId tenant, UUID reportId, String title, String url) {
        return jdbc.sql("insert into progress_evidence (tenant_id, report_id, title, url) values (?, ?, ?, ?) returning id")
                .params(tenant.value(), reportId, title, url).query(UUID.class).single();
    }

    UUID insertFile(TenantId tenant, UUID reportId, String title, String fileName, String contentType, byte[] content) {
        return jdbc.sql("""
                insert into progress_evidence (tenant_id, report_id, title, file_name, content_type, size_bytes, content)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(tenant.value(), reportId, title, fileName, contentType, content.length, content)
                .query(UUID.class).single();
    }

    Optional<ProgressEvidence.EvidenceFile> file(TenantId tenant, UUID evidenceId) {
        return jdbc.sql("""
                select file_name, content_type, content from progress_evidence
                where tenant_id = ? and id = ? and content is not null""")
                .params(tenant.value(), evidenceId)
                .query((rs, n) -> new ProgressEvidence.EvidenceFile(rs.getString("file_name"), rs.getString("content_type"),
                        rs.getBytes("content")))
                .optional();
    }

    Optional<UUID> reportOfEvidence(TenantId tenant, UUID evidenceId) {
        return jdbc.sql("select report_id from progress_evidence where tenant_id = ? and id = ?")
                .params(tenant.value(), evidenceId).query(UUID.class).optional();
    }

    void deleteEvidence(TenantId tenant, UUID evidenceId) {
        jdbc.sql("delete from progress_evidence where tenant_id = ? and id = ?").params(tenant.value(), evidenceId).update();
    }

    void publishRound(TenantId tenant, UUID planId, Round round, UUID by, Instant at) {
        jdbc.sql("""
                insert into progress_round (tenant_id, plan_id, fiscal_year, round, published_by, published_at)
                select tenant_id, id, ?, ?, ?, ? from plan where tenant_id = ? and id = ?
                on conflict (tenant_id, plan_id, fiscal_year, round) do update set published_by = excluded.published_by,
                                                                                    published_at = excluded.published_at""")
                .params(round.fiscalYear(), round.number(), by, Timestamp.from(at), tenant.value(), planId)
                .update();
    }

    List<Round> publishedRounds(TenantId tenant, UUID planId) {
        return jdbc.sql("""
                select fiscal_year, round from progress_round where tenant_id = ? and plan_id = ?
                order by fiscal_year desc, round desc""")
                .params(tenant.value(), planId)
                .query((rs, n) -> new Round(rs.getInt("fiscal_year"), rs.getInt("round"))).list();
    }

    Optional<Instant> roundPublishedAt(TenantId tenant, UUID planId, Round round) {
        return jdbc.sql("""
                select published_at from progress_round where tenant_id = ? and plan_id = ? and fiscal_year = ? and round = ?""")
                .params(tenant.value(), planId, round.fiscalYear(), round.number())
                .query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
