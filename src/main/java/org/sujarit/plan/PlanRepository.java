package org.sujarit.plan;

import java.math.BigDecimal;
import java.sql.Array;
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
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The plan's SQL. Every statement names the tenant. */
@Repository
class PlanRepository {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final TypeReference<List<Step>> STEPS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PlanRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    List<PlanSummary> summaries(TenantId tenant) {
        return jdbc.sql("""
                select p.id, p.first_year, p.last_year,
                       o.id as open_id, o.status as open_status, o.number as open_number,
                       pub.id as pub_id, pub.number as pub_number
                from plan p
                left join plan_revision o on o.plan_id = p.id and o.status in ('DRAFT', 'APPROVED')
                left join plan_revision pub on pub.plan_id = p.id and pub.status = 'PUBLISHED'
                where p.tenant_id = ?
                order by p.first_year desc""")
                .param(tenant.value())
                .query((rs, n) -> new PlanSummary(rs.getObject("id", UUID.class), rs.getInt("first_year"),
                        rs.getInt("last_year"), rs.getObject("open_id", UUID.class),
                        rs.getString("open_status") == null ? null : RevisionStatus.valueOf(rs.getString("open_status")),
                        rs.getInt("open_number"), rs.getObject("pub_id", UUID.class), rs.getInt("pub_number")))
                .list();
    }

    UUID insertPlan(TenantId tenant, int firstYear, int lastYear) {
        return jdbc.sql("insert into plan (tenant_id, first_year, last_year) values (?, ?, ?) returning id")
                .params(tenant.value(), firstYear, lastYear).query(UUID.class).single();
    }

    UUID insertRevision(TenantId tenant, UUID planId, int number, PlanHeader header) {
        return jdbc.sql("""
                insert into plan_revision (tenant_id, plan_id, number, status, title, foreword, origin, objectives,
                                           format, executive_policy)
                values (?, ?, ?, 'DRAFT', ?, ?, ?, cast(? as jsonb), ?, ?) returning id""")
                .params(tenant.value(), planId, number, header.title(), header.foreword(), header.origin(),
                        toJson(header.objectives()), header.format(), header.executivePolicy())
                .query(UUID.class).single();
    }

    void updateHeader(TenantId tenant, UUID revisionId, PlanHeader header) {
        jdbc.sql("""
                update plan_revision set title = ?, foreword = ?, origin = ?, objectives = cast(? as jsonb), format = ?,
                                         executive_policy = ?
                where tenant_id = ? and id = ?""")
                .params(header.title(), header.foreword(), header.origin(), toJson(header.objectives()), header.format(),
                        header.executivePolicy(), tenant.value(), revisionId)
                .update();
    }

    Optional<RevisionRow> revision(TenantId tenant, UUID revisionId) {
        return jdbc.sql("""
                select r.id, r.plan_id, r.number, r.status, p.first_year, p.last_year
                from plan_revision r join plan p on p.id = r.plan_id
                where r.tenant_id = ? and r.id = ?""")
                .params(tenant.value(), revisionId)
                .query((rs, n) -> new RevisionRow(rs.getObject("id", UUID.class), rs.getObject("plan_id", UUID.class),
                        rs.getInt("number"), RevisionStatus.valueOf(rs.getString("status")), rs.getInt("first_year"),
                        rs.getInt("last_year")))
                .optional();
    }

    void setStatus(TenantId tenant, UUID revisionId, RevisionStatus status) {
        jdbc.sql("update plan_revision set status = ? where tenant_id = ? and id = ?")
                .params(status.name(), tenant.value(), revisionId).update();
    }

    void markApproved(TenantId tenant, UUID revisionId, UUID by, Instant at) {
        jdbc.sql("update plan_revision set status = 'APPROVED', approved_by = ?, approved_at = ? where tenant_id = ? and id = ?")
                .params(by, Timestamp.from(at), tenant.value(), revisionId).update();
    }

    void clearApproval(TenantId tenant, UUID revisionId) {
        jdbc.sql("update plan_revision set status = 'DRAFT', approved_by = null, approved_at = null where tenant_id = ? and id = ?")
                .params(tenant.value(), revisionId).update();
    }

    void markPublished(TenantId tenant, UUID planId, UUID revisionId, UUID by, Instant at) {
        jdbc.sql("update plan_revision set status = 'SUPERSEDED' where tenant_id = ? and plan_id = ? and status = 'PUBLISHED'")
                .params(tenant.value(), planId).update();
        jdbc.sql("update plan_revision set status = 'PUBLISHED', published_by = ?, published_at = ? where tenant_id = ? and id = ?")
                .params(by, Timestamp.from(at), tenant.value(), revisionId).update();
    }

    UUID insertDimension(TenantId tenant, UUID revisionId, UUID parentId, String number, String title, int position) {
        return jdbc.sql("""
                insert into plan_dimension (tenant_id, revision_id, parent_id, number, title, position)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(tenant.value(), revisionId, parentId, number, title, position).query(UUID.class).single();
    }

    Optional<DimensionRow> dimension(TenantId tenant, UUID dimensionId) {
        return jdbc.sql("select id, revision_id, parent_id, number, title from plan_dimension where tenant_id = ? and id = ?")
                .params(tenant.value(), dimensionId)
                .query((rs, n) -> new DimensionRow(rs.getObject("id", UUID.class), rs.getObject("revision_id", UUID.class),
                        rs.getObject("parent_id", UUID.class), rs.getString("number"), rs.getString("title")))
                .optional();
    }

    void updateDimension(TenantId tenant, UUID dimensionId, String number, String title) {
        jdbc.sql("update plan_dimension set number = ?, title = ? where tenant_id = ? and id = ?")
                .params(number, title, tenant.value(), dimensionId).update();
    }

    int nextPosition(String table, String parentColumn, UUID parent) {
        return jdbc.sql("select coalesce(max(position), 0) + 1 from " + table + " where " + parentColumn + " = ?")
                .param(parent).query(Integer.class).single();
    }

    UUID insertItem(TenantId tenant, UUID revisionId, UUID dimensionId, UUID itemKey, int position, ItemContent item,
                    UUID unitId) {
        UUID id = jdbc.sql("""
                insert into plan_item (tenant_id, revision_id, dimension_id, item_key, position, kind, name, rationale,
                                       objectives, target_group, target_count, method, period_text, period_months,
                                       budget_none, budget_text, responsible_unit_id, responsible_text)
                values (?, ?, ?, coalesce(?, gen_random_uuid()), ?, ?, ?, ?, cast(? as jsonb), ?, ?, cast(? as jsonb),
                        ?, ?, ?, ?, ?, ?)
                returning id""")
                .params(tenant.value(), revisionId, dimensionId, itemKey, position, item.kind().name(), item.name(),
                        item.rationale(), toJson(item.objectives()), item.targetGroup(), item.targetCount(),
                        toJson(item.method()), periodText(item), months(item), budget(item).none(), budget(item).text(),
                        unitId, item.responsibleText())
                .query(UUID.class).single();
        writeBudgetAndResults(id, item, Map.of());
        return id;
    }

    void updateItem(TenantId tenant, UUID itemId, UUID dimensionId, ItemContent item, UUID unitId) {
        Map<Integer, UUID> keptKeys = resultKeys(itemId);
        jdbc.sql("""
                update plan_item set dimension_id = ?, kind = ?, name = ?, rationale = ?, objectives = cast(? as jsonb),
                       target_group = ?, target_count = ?, method = cast(? as jsonb), period_text = ?, period_months = ?,
                       budget_none = ?, budget_text = ?, responsible_unit_id = ?, responsible_text = ?
                where tenant_id = ? and id = ?""")
                .params(dimensionId, item.kind().name(), item.name(), item.rationale(), toJson(item.objectives()),
                        item.targetGroup(), item.targetCount(), toJson(item.method()), periodText(item), months(item),
                        budget(item).none(), budget(item).text(), unitId, item.responsibleText(), tenant.value(), itemId)
                .update();
        jdbc.sql("delete from plan_item_budget where item_id = ?").param(itemId).update();
        jdbc.sql("delete from plan_result where item_id = ?").param(itemId).update();
        writeBudgetAndResults(itemId, item, keptKeys);
    }

    void deleteItem(TenantId tenant, UUID itemId) {
        jdbc.sql("delete from plan_item where tenant_id = ? and id = ?").params(tenant.value(), itemId).update();
    }

    Optional<ItemRow> item(TenantId tenant, UUID itemId) {
        return jdbc.sql("select id, revision_id, dimension_id, item_key from plan_item where tenant_id = ? and id = ?")
                .params(tenant.value(), itemId)
                .query((rs, n) -> new ItemRow(rs.getObject("id", UUID.class), rs.getObject("revision_id", UUID.class),
                        rs.getObject("dimension_id", UUID.class), rs.getObject("item_key", UUID.class)))
                .optional();
    }

    /** Results are rewritten on each save; a result keeps its key when it keeps its place (kind, position). */
    private Map<Integer, UUID> resultKeys(UUID itemId) {
        Map<Integer, UUID> keys = new HashMap<>();
        jdbc.sql("select kind, position, result_key from plan_result where item_id = ?").param(itemId)
                .query(rs -> {
                    keys.put(slot(rs.getString("kind"), rs.getInt("position")), rs.getObject("result_key", UUID.class));
                });
        return keys;
    }

    private static int slot(String kind, int position) {
        return ("OUTPUT".equals(kind) ? 0 : 10_000) + position;
    }

    private void writeBudgetAndResults(UUID itemId, ItemContent item, Map<Integer, UUID> keys) {
        budget(item).perYear().forEach((year, amount) -> jdbc.sql(
                "insert into plan_item_budget (item_id, fiscal_year, amount) values (?, ?, ?)")
                .params(itemId, year, amount).update());
        insertResults(itemId, "OUTPUT", item.outputs(), keys);
        insertResults(itemId, "OUTCOME", item.outcomes(), keys);
    }

    private void insertResults(UUID itemId, String kind, List<Result> results, Map<Integer, UUID> keys) {
        for (int i = 0; i < results.size(); i++) {
            Result result = results.get(i);
            Kpi kpi = result.kpi();
            jdbc.sql("""
                    insert into plan_result (item_id, result_key, kind, position, text, kpi_type, kpi_target, kpi_unit,
                                             kpi_method)
                    values (?, coalesce(?, gen_random_uuid()), ?, ?, ?, ?, ?, ?, ?)""")
                    .params(itemId, keys.get(slot(kind, i + 1)), kind, i + 1, result.text(),
                            kpi == null ? null : kpi.type().name(), kpi == null ? null : kpi.target(),
                            kpi == null ? null : kpi.unit(), kpi == null ? null : kpi.method().name())
                    .update();
        }
    }

    /** Copies a revision's dimensions, items and results into another, keeping item and result keys. */
    void copyContent(TenantId tenant, UUID from, UUID to) {
        Map<UUID, UUID> dimensions = new HashMap<>();
        List<DimensionRow> rows = jdbc.sql("""
                with recursive tree as (
                    select id, parent_id, number, title, position, 0 as depth from plan_dimension
                    where tenant_id = ? and revision_id = ? and parent_id is null
                    union all
                    select d.id, d.parent_id, d.number, d.title, d.position, tree.depth + 1
                    from plan_dimension d join tree on d.parent_id = tree.id)
                select id, parent_id, number, title, position from tree order by depth, position""")
                .params(tenant.value(), from)
                .query((rs, n) -> new DimensionRow(rs.getObject("id", UUID.class), from,
                        rs.getObject("parent_id", UUID.class), rs.getString("number"), rs.getString("title"),
                        rs.getInt("position")))
                .list();
        for (DimensionRow row : rows) {
            dimensions.put(row.id(), insertDimension(tenant, to, row.parentId() == null ? null : dimensions.get(row.parentId()),
                    row.number(), row.title(), row.position()));
        }
        for (ItemStored item : items(tenant, from)) {
            UUID id = insertItem(tenant, to, dimensions.get(item.dimensionId()), item.key(), item.position(),
                    item.content(), item.unitId());
            jdbc.sql("delete from plan_result where item_id = ?").param(id).update();
            for (int i = 0; i < item.outputs().size(); i++) {
                copyResult(id, "OUTPUT", i + 1, item.outputs().get(i));
            }
            for (int i = 0; i < item.outcomes().size(); i++) {
                copyResult(id, "OUTCOME", i + 1, item.outcomes().get(i));
            }
        }
    }

    private void copyResult(UUID itemId, String kind, int position, ResultView result) {
        Kpi kpi = result.result().kpi();
        jdbc.sql("""
                insert into plan_result (item_id, result_key, kind, position, text, kpi_type, kpi_target, kpi_unit, kpi_method)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(itemId, result.key(), kind, position, result.result().text(),
                        kpi == null ? null : kpi.type().name(), kpi == null ? null : kpi.target(),
                        kpi == null ? null : kpi.unit(), kpi == null ? null : kpi.method().name())
                .update();
    }

    /** The whole revision, dimensions in order with their items numbered as the plan numbers them. */
    Optional<PlanView> view(TenantId tenant, UUID revisionId, String organisationName) {
        return jdbc.sql("""
                select r.id, r.plan_id, r.number, r.status, r.title, r.foreword, r.origin, r.objectives::text as objectives,
                       r.format, r.executive_policy, r.approved_at, r.published_at, p.first_year, p.last_year,
                       a.display_name as approved_by
                from plan_revision r join plan p on p.id = r.plan_id
                left join app_user a on a.id = r.approved_by
                where r.tenant_id = ? and r.id = ?""")
                .params(tenant.value(), revisionId)
                .query((rs, n) -> {
                    PlanHeader header = new PlanHeader(rs.getInt("first_year"), rs.getInt("last_year"), rs.getString("title"),
                            rs.getString("foreword"), rs.getString("origin"), json.readValue(rs.getString("objectives"), STRINGS),
                            rs.getString("format"), rs.getString("executive_policy"));
                    return new PlanView(rs.getObject("plan_id", UUID.class), revisionId, rs.getInt("number"),
                            RevisionStatus.valueOf(rs.getString("status")), organisationName, header, List.of(),
                            instant(rs, "approved_at"), rs.getString("approved_by"), instant(rs, "published_at"));
                })
                .optional()
                .map(plan -> new PlanView(plan.planId(), plan.revisionId(), plan.revisionNumber(), plan.status(),
                        plan.organisationName(), plan.header(), dimensions(tenant, revisionId), plan.approvedAt(),
                        plan.approvedBy(), plan.publishedAt()));
    }

    private List<DimensionView> dimensions(TenantId tenant, UUID revisionId) {
        List<DimensionRow> rows = jdbc.sql("""
                select id, parent_id, number, title, position from plan_dimension
                where tenant_id = ? and revision_id = ? order by position, number""")
                .params(tenant.value(), revisionId)
                .query((rs, n) -> new DimensionRow(rs.getObject("id", UUID.class), revisionId,
                        rs.getObject("parent_id", UUID.class), rs.getString("number"), rs.getString("title"),
                        rs.getInt("position")))
                .list();
        Map<UUID, List<ItemStored>> itemsByDimension = new LinkedHashMap<>();
        items(tenant, revisionId).forEach(item -> itemsByDimension.computeIfAbsent(item.dimensionId(), k -> new ArrayList<>()).add(item));
        return build(null, rows, itemsByDimension);
    }

    private static List<DimensionView> build(UUID parent, List<DimensionRow> rows, Map<UUID, List<ItemStored>> items) {
        List<DimensionView> out = new ArrayList<>();
        for (DimensionRow row : rows) {
            if (java.util.Objects.equals(row.parentId(), parent)) {
                List<ItemView> own = new ArrayList<>();
                List<ItemStored> stored = items.getOrDefault(row.id(), List.of());
                for (int i = 0; i < stored.size(); i++) {
                    ItemStored s = stored.get(i);
                    own.add(new ItemView(s.id(), s.key(), row.number() + "." + (i + 1), s.content(), s.unitId(),
                            s.unitName(), s.outputs(), s.outcomes()));
                }
                out.add(new DimensionView(row.id(), row.number(), row.title(), own, build(row.id(), rows, items)));
            }
        }
        return out;
    }

    private List<ItemStored> items(TenantId tenant, UUID revisionId) {
        Map<UUID, Map<Integer, BigDecimal>> budgets = new HashMap<>();
        jdbc.sql("""
                select b.item_id, b.fiscal_year, b.amount from plan_item_budget b join plan_item i on i.id = b.item_id
                where i.tenant_id = ? and i.revision_id = ?""")
                .params(tenant.value(), revisionId)
                .query(rs -> {
                    budgets.computeIfAbsent(rs.getObject("item_id", UUID.class), k -> new HashMap<>())
                            .put(rs.getInt("fiscal_year"), rs.getBigDecimal("amount"));
                });
        Map<UUID, List<ResultView>> outputs = new HashMap<>();
        Map<UUID, List<ResultView>> outcomes = new HashMap<>();
        jdbc.sql("""
                select r.item_id, r.result_key, r.kind, r.text, r.kpi_type, r.kpi_target, r.kpi_unit, r.kpi_method
                from plan_result r join plan_item i on i.id = r.item_id
                where i.tenant_id = ? and i.revision_id = ? order by r.item_id, r.kind, r.position""")
                .params(tenant.value(), revisionId)
                .query(rs -> {
                    String type = rs.getString("kpi_type");
                    Kpi kpi = type == null ? null : new Kpi(KpiType.valueOf(type), rs.getBigDecimal("kpi_target"),
                            rs.getString("kpi_unit"), MeasurementMethod.valueOf(rs.getString("kpi_method")));
                    ResultView view = new ResultView(rs.getObject("result_key", UUID.class), new Result(rs.getString("text"), kpi));
                    ("OUTPUT".equals(rs.getString("kind")) ? outputs : outcomes)
                            .computeIfAbsent(rs.getObject("item_id", UUID.class), k -> new ArrayList<>()).add(view);
                });
        return jdbc.sql("""
                select i.*, i.objectives::text as objectives_json, i.method::text as method_json, u.name_th as unit_name,
                       up.name_th as unit_parent, upp.name_th as unit_grandparent
                from plan_item i
                join plan_dimension d on d.id = i.dimension_id
                left join unit u on u.tenant_id = i.tenant_id and u.id = i.responsible_unit_id
                left join unit up on up.tenant_id = u.tenant_id and up.id = u.parent_id
                left join unit upp on upp.tenant_id = up.tenant_id and upp.id = up.parent_id
                where i.tenant_id = ? and i.revision_id = ?
                order by d.position, i.position""")
                .params(tenant.value(), revisionId)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    List<ResultView> outs = outputs.getOrDefault(id, List.of());
                    List<ResultView> outcs = outcomes.getOrDefault(id, List.of());
                    ItemContent content = new ItemContent(ItemKind.valueOf(rs.getString("kind")), rs.getString("name"),
                            rs.getString("rationale"), json.readValue(rs.getString("objectives_json"), STRINGS),
                            rs.getString("target_group"), (Integer) rs.getObject("target_count"),
                            json.readValue(rs.getString("method_json"), STEPS),
                            new Period(rs.getString("period_text"), months(rs.getArray("period_months"))),
                            new Budget(rs.getBoolean("budget_none"), budgets.getOrDefault(id, Map.of()), rs.getString("budget_text")),
                            null, rs.getString("responsible_text"),
                            outs.stream().map(ResultView::result).toList(), outcs.stream().map(ResultView::result).toList());
                    return new ItemStored(id, rs.getObject("item_key", UUID.class), rs.getObject("dimension_id", UUID.class),
                            rs.getInt("position"), content, rs.getObject("responsible_unit_id", UUID.class),
                            unitName(rs), outs, outcs);
                })
                .list();
    }

    private static String unitName(ResultSet rs) throws SQLException {
        String name = rs.getString("unit_name");
        if (name == null) {
            return null;
        }
        StringBuilder full = new StringBuilder(name);
        for (String ancestor : new String[] {rs.getString("unit_parent"), rs.getString("unit_grandparent")}) {
            if (ancestor != null) {
                full.append(' ').append(ancestor);
            }
        }
        return full.toString();
    }

    private static List<Integer> months(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        List<Integer> months = new ArrayList<>();
        for (Object month : (Object[]) array.getArray()) {
            months.add(((Number) month).intValue());
        }
        return months;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private String toJson(Object value) {
        return json.writeValueAsString(value);
    }

    private static String periodText(ItemContent item) {
        return item.period() == null ? null : item.period().text();
    }

    private static Integer[] months(ItemContent item) {
        return item.period() == null ? new Integer[0] : item.period().months().toArray(Integer[]::new);
    }

    private static Budget budget(ItemContent item) {
        return item.budget() == null ? Budget.noBudget() : item.budget();
    }

    record RevisionRow(UUID id, UUID planId, int number, RevisionStatus status, int firstYear, int lastYear) {
    }

    record DimensionRow(UUID id, UUID revisionId, UUID parentId, String number, String title, int position) {

        DimensionRow(UUID id, UUID revisionId, UUID parentId, String number, String title) {
            this(id, revisionId, parentId, number, title, 0);
        }
    }

    record ItemRow(UUID id, UUID revisionId, UUID dimensionId, UUID key) {
    }

    private record ItemStored(UUID id, UUID key, UUID dimensionId, int position, ItemContent content, UUID unitId,
                              String unitName, List<ResultView> outputs, List<ResultView> outcomes) {
    }
}
