package org.sujarit.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.sujarit.shared.TenantId;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SQL of a revision's content: its dimension tree and items, with their budgets and results.
 * Every statement names the tenant (budgets and results through their item).
 */
@Repository
class PlanContentRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PlanContentRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    UUID insertDimension(TenantId tenant, UUID revisionId, UUID parentId, String number, String title, int position) {
        return jdbc.sql("""
                insert into plan_dimension (tenant_id, revision_id, parent_id, number, title, position)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(tenant.value(), revisionId, parentId, number, title, position).query(UUID.class).single();
    }

    Optional<DimensionRow> dimension(TenantId tenant, UUID dimensionId) {
        return jdbc.sql("select revision_id, number from plan_dimension where tenant_id = ? and id = ?")
                .params(tenant.value(), dimensionId)
                .query((rs, n) -> new DimensionRow(rs.getObject("revision_id", UUID.class), rs.getString("number")))
                .optional();
    }

    void updateDimension(TenantId tenant, UUID dimensionId, String number, String title) {
        jdbc.sql("update plan_dimension set number = ?, title = ? where tenant_id = ? and id = ?")
                .params(number, title, tenant.value(), dimensionId).update();
    }

    int nextDimensionPosition(TenantId tenant, UUID revisionId) {
        return jdbc.sql("select coalesce(max(position), 0) + 1 from plan_dimension where tenant_id = ? and revision_id = ?")
                .params(tenant.value(), revisionId).query(Integer.class).single();
    }

    int nextItemPosition(TenantId tenant, UUID dimensionId) {
        return jdbc.sql("select coalesce(max(position), 0) + 1 from plan_item where tenant_id = ? and dimension_id = ?")
                .params(tenant.value(), dimensionId).query(Integer.class).single();
    }

    UUID insertItem(TenantId tenant, UUID revisionId, UUID dimensionId, int position, ItemContent item, UUID unitId) {
        UUID id = jdbc.sql("""
                insert into plan_item (tenant_id, revision_id, dimension_id, position, kind, name, rationale, objectives,
                                       target_group, target_count, method, period_text, period_months, budget_none,
                                       budget_text, responsible_unit_id, responsible_text)
                values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?)
                returning id""")
                .params(tenant.value(), revisionId, dimensionId, position, item.kind().name(), item.name(),
                        item.rationale(), toJson(item.objectives()), item.targetGroup(), item.targetCount(),
                        toJson(item.method()), periodText(item), months(item), budget(item).none(), budget(item).text(),
                        unitId, item.responsibleText())
                .query(UUID.class).single();
        writeBudgetAndResults(tenant, id, item, Map.of());
        return id;
    }

    void updateItem(TenantId tenant, UUID itemId, UUID dimensionId, ItemContent item, UUID unitId) {
        Map<Integer, UUID> keptKeys = resultKeys(tenant, itemId);
        jdbc.sql("""
                update plan_item set dimension_id = ?, kind = ?, name = ?, rationale = ?, objectives = cast(? as jsonb),
                       target_group = ?, target_count = ?, method = cast(? as jsonb), period_text = ?, period_months = ?,
                       budget_none = ?, budget_text = ?, responsible_unit_id = ?, responsible_text = ?
                where tenant_id = ? and id = ?""")
                .params(dimensionId, item.kind().name(), item.name(), item.rationale(), toJson(item.objectives()),
                        item.targetGroup(), item.targetCount(), toJson(item.method()), periodText(item), months(item),
                        budget(item).none(), budget(item).text(), unitId, item.responsibleText(), tenant.value(), itemId)
                .update();
        jdbc.sql("delete from plan_item_budget where tenant_id = ? and item_id = ?").params(tenant.value(), itemId).update();
        jdbc.sql("delete from plan_result where tenant_id = ? and item_id = ?").params(tenant.value(), itemId).update();
        writeBudgetAndResults(tenant, itemId, item, keptKeys);
    }

    void deleteItem(TenantId tenant, UUID itemId) {
        jdbc.sql("delete from plan_item where tenant_id = ? and id = ?").params(tenant.value(), itemId).update();
    }

    /** The revision an item of the tenant belongs to. */
    Optional<UUID> revisionOfItem(TenantId tenant, UUID itemId) {
        return jdbc.sql("select revision_id from plan_item where tenant_id = ? and id = ?")
                .params(tenant.value(), itemId).query(UUID.class).optional();
    }

    /** Results are rewritten on each save; a result keeps its key when it keeps its place (kind, position). */
    private Map<Integer, UUID> resultKeys(TenantId tenant, UUID itemId) {
        Map<Integer, UUID> keys = new HashMap<>();
        jdbc.sql("select kind, position, result_key from plan_result where tenant_id = ? and item_id = ?")
                .params(tenant.value(), itemId)
                .query(rs -> {
                    keys.put(slot(rs.getString("kind"), rs.getInt("position")), rs.getObject("result_key", UUID.class));
                });
        return keys;
    }

    private static int slot(String kind, int position) {
        return ("OUTPUT".equals(kind) ? 0 : 10_000) + position;
    }

    private void writeBudgetAndResults(TenantId tenant, UUID itemId, ItemContent item, Map<Integer, UUID> keys) {
        budget(item).perYear().forEach((year, amount) -> jdbc.sql(
                "insert into plan_item_budget (tenant_id, item_id, fiscal_year, amount) values (?, ?, ?, ?)")
                .params(tenant.value(), itemId, year, amount).update());
        insertResults(tenant, itemId, "OUTPUT", item.outputs(), keys);
        insertResults(tenant, itemId, "OUTCOME", item.outcomes(), keys);
    }

    private void insertResults(TenantId tenant, UUID itemId, String kind, List<Result> results, Map<Integer, UUID> keys) {
        for (int i = 0; i < results.size(); i++) {
            Result result = results.get(i);
            Kpi kpi = result.kpi();
            jdbc.sql("""
                    insert into plan_result (tenant_id, item_id, result_key, kind, position, text, kpi_type, kpi_target,
                                             kpi_unit, kpi_method, kpi_measure)
                    values (?, ?, coalesce(?, gen_random_uuid()), ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(tenant.value(), itemId, keys.get(slot(kind, i + 1)), kind, i + 1, result.text(),
                            kpi == null ? null : kpi.type().name(), kpi == null ? null : kpi.target(),
                            kpi == null ? null : kpi.unit(), kpi == null ? null : kpi.method().name(),
                            kpi == null ? null : kpi.measure())
                    .update();
        }
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

    /** A dimension as the rules about it ask: its revision and its number. */
    record DimensionRow(UUID revisionId, String number) {
    }
}
