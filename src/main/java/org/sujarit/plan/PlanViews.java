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
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.sujarit.shared.TenantId;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads a whole revision as pages, documents and the API show it. Every statement names the tenant. */
@Repository
class PlanViews {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final TypeReference<List<Step>> STEPS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PlanViews(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
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
        List<Node> nodes = jdbc.sql("""
                select id, parent_id, number, title from plan_dimension
                where tenant_id = ? and revision_id = ? order by position, number""")
                .params(tenant.value(), revisionId)
                .query((rs, n) -> new Node(rs.getObject("id", UUID.class), rs.getObject("parent_id", UUID.class),
                        rs.getString("number"), rs.getString("title")))
                .list();
        Map<UUID, List<StoredItem>> itemsByDimension = new LinkedHashMap<>();
        items(tenant, revisionId).forEach(item -> itemsByDimension.computeIfAbsent(item.dimensionId(), k -> new ArrayList<>()).add(item));
        return build(null, nodes, itemsByDimension);
    }

    private static List<DimensionView> build(UUID parent, List<Node> nodes, Map<UUID, List<StoredItem>> items) {
        List<DimensionView> out = new ArrayList<>();
        for (Node node : nodes) {
            if (Objects.equals(node.parentId(), parent)) {
                List<ItemView> own = new ArrayList<>();
                List<StoredItem> stored = items.getOrDefault(node.id(), List.of());
                for (int i = 0; i < stored.size(); i++) {
                    own.add(stored.get(i).view(node.number() + "." + (i + 1)));
                }
                out.add(new DimensionView(node.id(), node.number(), node.title(), own, build(node.id(), nodes, items)));
            }
        }
        return out;
    }

    private List<StoredItem> items(TenantId tenant, UUID revisionId) {
        Map<UUID, Map<Integer, BigDecimal>> budgets = new HashMap<>();
        jdbc.sql("""
                select b.item_id, b.fiscal_year, b.amount
                from plan_item_budget b join plan_item i on i.tenant_id = b.tenant_id and i.id = b.item_id
                where i.tenant_id = ? and i.revision_id = ?""")
                .params(tenant.value(), revisionId)
                .query(rs -> {
                    budgets.computeIfAbsent(rs.getObject("item_id", UUID.class), k -> new HashMap<>())
                            .put(rs.getInt("fiscal_year"), rs.getBigDecimal("amount"));
                });
        Map<UUID, List<ResultView>> outputs = new HashMap<>();
        Map<UUID, List<ResultView>> outcomes = new HashMap<>();
        jdbc.sql("""
                select r.item_id, r.result_key, r.kind, r.text, r.kpi_type, r.kpi_target, r.kpi_unit, r.kpi_method, r.kpi_measure
                from plan_result r join plan_item i on i.tenant_id = r.tenant_id and i.id = r.item_id
                where i.tenant_id = ? and i.revision_id = ? order by r.item_id, r.kind, r.position""")
                .params(tenant.value(), revisionId)
                .query(rs -> {
                    String type = rs.getString("kpi_type");
                    Kpi kpi = type == null ? null : new Kpi(KpiType.valueOf(type), rs.getBigDecimal("kpi_target"),
                            rs.getString("kpi_unit"), MeasurementMethod.valueOf(rs.getString("kpi_method")), rs.getString("kpi_measure"));
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
                    return new StoredItem(id, rs.getObject("item_key", UUID.class), rs.getObject("dimension_id", UUID.class),
                            content, rs.getObject("responsible_unit_id", UUID.class), unitName(rs), outs, outcs);
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

    private record Node(UUID id, UUID parentId, String number, String title) {
    }

    private record StoredItem(UUID id, UUID key, UUID dimensionId, ItemContent content, UUID unitId, String unitName,
                              List<ResultView> outputs, List<ResultView> outcomes) {

        ItemView view(String number) {
            return new ItemView(id, key, number, content, unitId, unitName, outputs, outcomes);
        }
    }
}
