package org.sujarit.plan;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.plan.PlanChanged.Change;
import org.sujarit.infrastructure.files.UploadedFiles;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantId;
import org.sujarit.tenant.UnitId;
import org.sujarit.tenant.Units;

/**
 * Progress reports per item, fiscal year and round, their evidence, the E-PlanNACC score and the
 * publication of a round. Unit staff report the items of their unit (or a unit beneath it); the
 * integrity officer reports any item. A round reported as done is locked.
 */
@Service
public class Progress {

    private final JdbcClient jdbc;
    private final Units units;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Progress(JdbcClient jdbc, Units units, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.events = events;
        this.clock = clock;
    }

    /** Who reports: anyone for any item, or staff of one unit for that unit's items. */
    public record Reporter(UUID userId, boolean anyItem, UnitId unit) {
    }

    public boolean mayReport(TenantId tenant, Reporter reporter, ItemView item) {
        if (reporter.anyItem()) {
            return true;
        }
        return reporter.unit() != null && item.unitId() != null
                && units.isWithin(tenant, new UnitId(item.unitId()), reporter.unit());
    }

    @Transactional(readOnly = true)
    public Optional<ProgressReport> report(TenantId tenant, UUID planId, UUID itemKey, Round round) {
        return reports(tenant, planId, round, itemKey).values().stream().findFirst();
    }

    @Transactional
    public ProgressReport save(TenantId tenant, PlanView plan, UUID itemKey, Round round, ProgressEntry entry,
                               Reporter reporter) {
        ItemView item = plan.allItems().filter(i -> i.key().equals(itemKey)).findFirst()
                .orElseThrow(() -> new PlanNotFound("item"));
        if (!mayReport(tenant, reporter, item)) {
            throw new RuleViolation(null, "progress.notYourItem");
        }
        if (round.fiscalYear() < plan.header().firstYear() || round.fiscalYear() > plan.header().lastYear()) {
            throw new RuleViolation(null, "progress.yearOutsidePlan");
        }
        Optional<ProgressReport> existing = report(tenant, plan.planId(), itemKey, round);
        if (existing.map(ProgressReport::locked).orElse(false)) {
            throw new RuleViolation(null, "progress.locked");
        }
        check(entry, item);
        UUID id = jdbc.sql("""
                insert into progress_report (tenant_id, plan_id, item_key, fiscal_year, round, status, cannot_reason,
                                             cannot_reason_other, budget_plan, budget_ordinance, disbursed, in_ordinance,
                                             narrative, problems, fixes, locked, updated_by, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (plan_id, item_key, fiscal_year, round) do update set
                    status = excluded.status, cannot_reason = excluded.cannot_reason,
                    cannot_reason_other = excluded.cannot_reason_other, budget_plan = excluded.budget_plan,
                    budget_ordinance = excluded.budget_ordinance, disbursed = excluded.disbursed,
                    in_ordinance = excluded.in_ordinance, narrative = excluded.narrative, problems = excluded.problems,
                    fixes = excluded.fixes, locked = excluded.locked, updated_by = excluded.updated_by,
                    updated_at = excluded.updated_at
                where progress_report.tenant_id = excluded.tenant_id and not progress_report.locked
                returning id""")
                .params(tenant.value(), plan.planId(), itemKey, round.fiscalYear(), round.number(), entry.status().name(),
                        entry.status() == ProgressStatus.CANNOT_DO ? entry.cannotReason().name() : null,
                        entry.status() == ProgressStatus.CANNOT_DO && entry.cannotReason() == CannotReason.OTHER
                                ? entry.cannotReasonOther().trim() : null,
                        entry.budgetPlan(), entry.budgetOrdinance(), entry.disbursed(), entry.inOrdinance(),
                        blankToNull(entry.narrative()), blankToNull(entry.problems()), blankToNull(entry.fixes()),
                        entry.status() == ProgressStatus.DONE, reporter.userId(), Timestamp.from(clock.instant()))
                .query(UUID.class).optional()
                .orElseThrow(() -> new RuleViolation(null, "progress.locked"));
        jdbc.sql("delete from progress_kpi_actual where report_id = ?").param(id).update();
        Map<UUID, BigDecimal> actuals = entry.kpiActuals() == null ? Map.of() : entry.kpiActuals();
        actuals.forEach((resultKey, actual) -> {
            if (actual != null) {
                jdbc.sql("insert into progress_kpi_actual (report_id, result_key, actual) values (?, ?, ?)")
                        .params(id, resultKey, actual).update();
            }
        });
        events.publishEvent(new PlanChanged(tenant.value(), "progress-report", id, Change.PROGRESS_REPORTED));
        return report(tenant, plan.planId(), itemKey, round).orElseThrow();
    }

    private static void check(ProgressEntry entry, ItemView item) {
        if (entry.status() == null) {
            throw new RuleViolation("status", "validation.required");
        }
        if (entry.status() == ProgressStatus.CANNOT_DO) {
            if (entry.cannotReason() == null) {
                throw new RuleViolation("cannotReason", "progress.reason.required");
            }
            if (entry.cannotReason() == CannotReason.OTHER
                    && (entry.cannotReasonOther() == null || entry.cannotReasonOther().isBlank())) {
                throw new RuleViolation("cannotReasonOther", "progress.reason.otherRequired");
            }
        }
        if (entry.disbursed() != null && entry.budgetOrdinance() != null
                && entry.disbursed().compareTo(entry.budgetOrdinance()) > 0) {
            throw new RuleViolation("disbursed", "progress.disbursed.overOrdinance");
        }
        Map<UUID, Kpi> kpis = new HashMap<>();
        item.outputs().forEach(r -> kpis.put(r.key(), r.result().kpi()));
        item.outcomes().forEach(r -> kpis.put(r.key(), r.result().kpi()));
        if (entry.kpiActuals() != null) {
            entry.kpiActuals().forEach((key, actual) -> {
                Kpi kpi = kpis.get(key);
                if (kpi == null && !kpis.containsKey(key)) {
                    throw new RuleViolation(null, "progress.kpi.unknown");
                }
                if (actual != null && actual.signum() < 0) {
                    throw new RuleViolation("kpiActuals", "progress.kpi.negative");
                }
                if (actual != null && kpi != null && kpi.type() == KpiType.PERCENT_AT_LEAST
                        && actual.compareTo(BigDecimal.valueOf(100)) > 0) {
                    throw new RuleViolation("kpiActuals", "progress.kpi.overHundred");
                }
            });
        }
    }

    @Transactional
    public UUID addLink(TenantId tenant, UUID reportId, String title, String url) {
        unlockedReport(tenant, reportId);
        if (url == null || !url.matches("https?://\\S{3,2000}")) {
            throw new RuleViolation("url", "validation.url");
        }
        UUID id = jdbc.sql("insert into progress_evidence (tenant_id, report_id, title, url) values (?, ?, ?, ?) returning id")
                .params(tenant.value(), reportId, title(title, url), url).query(UUID.class).single();
        events.publishEvent(new PlanChanged(tenant.value(), "progress-evidence", id, Change.EVIDENCE_ADDED));
        return id;
    }

    @Transactional
    public UUID addFile(TenantId tenant, UUID reportId, String title, String fileName, byte[] content) {
        unlockedReport(tenant, reportId);
        if (content == null || content.length == 0) {
            throw new RuleViolation("file", "progress.file.empty");
        }
        if (content.length > UploadedFiles.MAX_BYTES) {
            throw new RuleViolation("file", "progress.file.tooLarge");
        }
        String contentType = UploadedFiles.contentType(content, fileName)
                .orElseThrow(() -> new RuleViolation("file", "progress.file.type"));
        String name = UploadedFiles.safeName(fileName);
        UUID id = jdbc.sql("""
                insert into progress_evidence (tenant_id, report_id, title, file_name, content_type, size_bytes, content)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(tenant.value(), reportId, title(title, name), name, contentType, content.length, content)
                .query(UUID.class).single();
        events.publishEvent(new PlanChanged(tenant.value(), "progress-evidence", id, Change.EVIDENCE_ADDED));
        return id;
    }

    /** A stored evidence file, to be served as a download. */
    public record EvidenceFile(String fileName, String contentType, byte[] content) {
    }

    @Transactional(readOnly = true)
    public Optional<EvidenceFile> file(TenantId tenant, UUID evidenceId) {
        return jdbc.sql("""
                select file_name, content_type, content from progress_evidence
                where tenant_id = ? and id = ? and content is not null""")
                .params(tenant.value(), evidenceId)
                .query((rs, n) -> new EvidenceFile(rs.getString("file_name"), rs.getString("content_type"),
                        rs.getBytes("content")))
                .optional();
    }

    @Transactional
    public void removeEvidence(TenantId tenant, UUID evidenceId) {
        UUID reportId = jdbc.sql("select report_id from progress_evidence where tenant_id = ? and id = ?")
                .params(tenant.value(), evidenceId).query(UUID.class).optional()
                .orElseThrow(() -> new PlanNotFound("evidence"));
        unlockedReport(tenant, reportId);
        jdbc.sql("delete from progress_evidence where tenant_id = ? and id = ?").params(tenant.value(), evidenceId).update();
        events.publishEvent(new PlanChanged(tenant.value(), "progress-evidence", evidenceId, Change.EVIDENCE_REMOVED));
    }

    /** The report an evidence id belongs to, for permission checks. */
    @Transactional(readOnly = true)
    public Optional<UUID> reportOfEvidence(TenantId tenant, UUID evidenceId) {
        return jdbc.sql("select report_id from progress_evidence where tenant_id = ? and id = ?")
                .params(tenant.value(), evidenceId).query(UUID.class).optional();
    }

    /** The item key and round of a report, for permission checks. */
    @Transactional(readOnly = true)
    public Optional<UUID> itemOfReport(TenantId tenant, UUID reportId) {
        return jdbc.sql("select item_key from progress_report where tenant_id = ? and id = ?")
                .params(tenant.value(), reportId).query(UUID.class).optional();
    }

    private void unlockedReport(TenantId tenant, UUID reportId) {
        boolean locked = jdbc.sql("select locked from progress_report where tenant_id = ? and id = ?")
                .params(tenant.value(), reportId).query(Boolean.class).optional()
                .orElseThrow(() -> new PlanNotFound("report"));
        if (locked) {
            throw new RuleViolation(null, "progress.locked");
        }
    }

    @Transactional
    public void publishRound(TenantId tenant, UUID planId, Round round, UUID by) {
        jdbc.sql("""
                insert into progress_round (tenant_id, plan_id, fiscal_year, round, published_by, published_at)
                select tenant_id, id, ?, ?, ?, ? from plan where tenant_id = ? and id = ?
                on conflict (plan_id, fiscal_year, round) do update set published_by = excluded.published_by,
                                                                         published_at = excluded.published_at""")
                .params(round.fiscalYear(), round.number(), by, Timestamp.from(clock.instant()), tenant.value(), planId)
                .update();
        events.publishEvent(new PlanChanged(tenant.value(), "plan", planId, Change.ROUND_PUBLISHED));
    }

    @Transactional(readOnly = true)
    public List<Round> publishedRounds(TenantId tenant, UUID planId) {
        return jdbc.sql("""
                select fiscal_year, round from progress_round where tenant_id = ? and plan_id = ?
                order by fiscal_year desc, round desc""")
                .params(tenant.value(), planId)
                .query((rs, n) -> new Round(rs.getInt("fiscal_year"), rs.getInt("round"))).list();
    }

    /** Where the plan (as this revision holds it) stands in a round, as of a date. */
    @Transactional(readOnly = true)
    public RoundStanding standing(TenantId tenant, PlanView plan, Round round, LocalDate today) {
        Map<UUID, ProgressReport> reports = reports(tenant, plan.planId(), round, null);
        List<RoundScore> byDimension = new ArrayList<>();
        RoundScore overall = RoundScore.empty(null, null);
        BigDecimal inPlan = BigDecimal.ZERO;
        List<UUID> met = new ArrayList<>();
        List<UUID> notMet = new ArrayList<>();
        int kpis = 0;
        List<UUID> overdue = new ArrayList<>();
        boolean due = today.isAfter(round.dueDate());
        for (DimensionView dimension : plan.dimensions()) {
            RoundScore score = RoundScore.empty(dimension.number(), dimension.title());
            for (ItemView item : dimension.allItems().toList()) {
                ProgressReport report = reports.get(item.key());
                score = score.plus(report == null ? null : report.status());
                inPlan = inPlan.add(item.content().budget() == null ? BigDecimal.ZERO
                        : item.content().budget().in(round.fiscalYear()));
                if (report == null && due) {
                    overdue.add(item.key());
                }
                for (ResultView result : results(item)) {
                    if (result.result().kpi() == null) {
                        continue;
                    }
                    kpis++;
                    BigDecimal actual = report == null ? null : report.kpiActuals().get(result.key());
                    if (actual != null) {
                        (result.result().kpi().isMetBy(actual) ? met : notMet).add(result.key());
                    }
                }
            }
            byDimension.add(score);
            overall = overall.plus(score);
        }
        BigDecimal reportedPlan = sum(reports.values().stream().map(ProgressReport::budgetPlan).toList());
        BigDecimal ordinance = sum(reports.values().stream().map(ProgressReport::budgetOrdinance).toList());
        BigDecimal disbursed = sum(reports.values().stream().map(ProgressReport::disbursed).toList());
        Instant published = jdbc.sql("""
                select published_at from progress_round where tenant_id = ? and plan_id = ? and fiscal_year = ? and round = ?""")
                .params(tenant.value(), plan.planId(), round.fiscalYear(), round.number())
                .query(Timestamp.class).optional().map(Timestamp::toInstant).orElse(null);
        return new RoundStanding(round, byDimension, overall, inPlan, reportedPlan, ordinance, disbursed, reports, met,
                notMet, kpis, overdue, published);
    }

    private static List<ResultView> results(ItemView item) {
        List<ResultView> all = new ArrayList<>(item.outputs());
        all.addAll(item.outcomes());
        return all;
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private Map<UUID, ProgressReport> reports(TenantId tenant, UUID planId, Round round, UUID onlyItem) {
        Map<UUID, Map<UUID, BigDecimal>> actuals = new HashMap<>();
        Map<UUID, List<ProgressReport.Evidence>> evidence = new HashMap<>();
        jdbc.sql("""
                select a.report_id, a.result_key, a.actual from progress_kpi_actual a
                join progress_report r on r.id = a.report_id
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
                            rs.getBoolean("locked"), actuals.getOrDefault(id, Map.of()), evidence.getOrDefault(id, List.of()),
                            rs.getTimestamp("updated_at").toInstant(), rs.getString("display_name")));
                });
        return byItem;
    }

    private static String title(String title, String fallback) {
        return title == null || title.isBlank() ? fallback : title.trim();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    static Set<UUID> keys(PlanView plan) {
        return plan.allItems().map(ItemView::key).collect(Collectors.toSet());
    }
}
