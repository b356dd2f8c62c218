package org.sujarit.procurement;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
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

/** The procurement summary's SQL; every statement names the tenant. */
@Repository
class ProcurementRepository {

    private static final TypeReference<List<Bidder>> BIDDERS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ProcurementRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    record MonthRow(UUID id, int fiscalYear, int fiscalMonth, boolean noProcurement, Instant publishedAt,
                    String publishedBy, Instant updatedAt, String updatedBy) {
    }

    /** A month of some tenant, for the reminders. */
    record TenantMonth(UUID tenantId, int fiscalYear, int fiscalMonth) {
    }

    private static final String MONTH_SELECT = """
            select m.*, p.display_name as published_by_name, u.display_name as updated_by_name
            from procurement_month m
            left join app_user p on p.id = m.published_by
            left join app_user u on u.id = m.updated_by
            """;

    List<MonthRow> months(TenantId tenant, int fiscalYear) {
        return jdbc.sql(MONTH_SELECT + " where m.tenant_id = ? and m.fiscal_year = ? order by m.fiscal_month")
                .params(tenant.value(), fiscalYear).query(ProcurementRepository::month).list();
    }

    Optional<MonthRow> month(TenantId tenant, int fiscalYear, int fiscalMonth) {
        return jdbc.sql(MONTH_SELECT + " where m.tenant_id = ? and m.fiscal_year = ? and m.fiscal_month = ?")
                .params(tenant.value(), fiscalYear, fiscalMonth).query(ProcurementRepository::month).optional();
    }

    /** The month's record, created on its first change; returns its id. */
    UUID touchMonth(TenantId tenant, int fiscalYear, int fiscalMonth, UUID by, Instant at) {
        return jdbc.sql("""
                insert into procurement_month (tenant_id, fiscal_year, fiscal_month, updated_by, updated_at)
                values (?, ?, ?, ?, ?)
                on conflict (tenant_id, fiscal_year, fiscal_month)
                do update set updated_by = excluded.updated_by, updated_at = excluded.updated_at
                returning id""")
                .params(tenant.value(), fiscalYear, fiscalMonth, by, Timestamp.from(at)).query(UUID.class).single();
    }

    void setPublication(TenantId tenant, UUID monthId, boolean noProcurement, Instant publishedAt, UUID by) {
        jdbc.sql("""
                update procurement_month set no_procurement = ?, published_at = ?, published_by = ?
                where tenant_id = ? and id = ?""")
                .params(noProcurement, publishedAt == null ? null : Timestamp.from(publishedAt),
                        publishedAt == null ? null : by, tenant.value(), monthId)
                .update();
    }

    /** The purchases of the tenant's fiscal year, by month id, in their order. */
    Map<UUID, List<Purchase>> purchases(TenantId tenant, int fiscalYear) {
        Map<UUID, List<Purchase>> byMonth = new LinkedHashMap<>();
        jdbc.sql("""
                select p.* from procurement_purchase p
                join procurement_month m on m.id = p.month_id and m.tenant_id = p.tenant_id
                where p.tenant_id = ? and m.fiscal_year = ?
                order by p.month_id, p.position, p.id""")
                .params(tenant.value(), fiscalYear)
                .query(rs -> {
                    byMonth.computeIfAbsent(rs.getObject("month_id", UUID.class), id -> new ArrayList<>()).add(purchase(rs));
                });
        return byMonth;
    }

    UUID insertPurchase(TenantId tenant, UUID monthId, PurchaseDetails d, UUID by, Instant at) {
        return jdbc.sql("""
                insert into procurement_purchase (tenant_id, month_id, position, work, budget, reference_price, method,
                        bidders, winner, agreed_price, reason, contract_number, contract_date, egp_project_number,
                        budget_source, status, updated_by, updated_at)
                values (?, ?, (select coalesce(max(position), 0) + 1 from procurement_purchase
                               where tenant_id = ? and month_id = ?),
                        ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                returning id""")
                .params(tenant.value(), monthId, tenant.value(), monthId, d.work(), d.budget(), d.referencePrice(),
                        d.method().name(), json.writeValueAsString(d.bidders()), d.winner(), d.agreedPrice(), d.reason(),
                        d.contractNumber(), d.contractDate() == null ? null : Date.valueOf(d.contractDate()),
                        d.egpProjectNumber(), d.budgetSource(), d.status() == null ? null : d.status().name(), by,
                        Timestamp.from(at))
                .query(UUID.class).single();
    }

    int updatePurchase(TenantId tenant, UUID monthId, UUID id, PurchaseDetails d, UUID by, Instant at) {
        return jdbc.sql("""
                update procurement_purchase set work = ?, budget = ?, reference_price = ?, method = ?,
                       bidders = cast(? as jsonb), winner = ?, agreed_price = ?, reason = ?, contract_number = ?,
                       contract_date = ?, egp_project_number = ?, budget_source = ?, status = ?, updated_by = ?,
                       updated_at = ?
                where tenant_id = ? and month_id = ? and id = ?""")
                .params(d.work(), d.budget(), d.referencePrice(), d.method().name(), json.writeValueAsString(d.bidders()),
                        d.winner(), d.agreedPrice(), d.reason(), d.contractNumber(),
                        d.contractDate() == null ? null : Date.valueOf(d.contractDate()), d.egpProjectNumber(),
                        d.budgetSource(), d.status() == null ? null : d.status().name(), by, Timestamp.from(at),
                        tenant.value(), monthId, id)
                .update();
    }

    int deletePurchase(TenantId tenant, UUID monthId, UUID id) {
        return jdbc.sql("delete from procurement_purchase where tenant_id = ? and month_id = ? and id = ?")
                .params(tenant.value(), monthId, id).update();
    }

    int purchaseCount(TenantId tenant, UUID monthId) {
        return jdbc.sql("select count(*) from procurement_purchase where tenant_id = ? and month_id = ?")
                .params(tenant.value(), monthId).query(Integer.class).single();
    }

    /** Every tenant's published months of the fiscal years given. */
    List<TenantMonth> publishedMonths(int fromYear, int toYear) {
        return jdbc.sql("""
                select tenant_id, fiscal_year, fiscal_month from procurement_month
                where published_at is not null and fiscal_year between ? and ?""")
                .params(fromYear, toYear)
                .query((rs, n) -> new TenantMonth(rs.getObject("tenant_id", UUID.class), rs.getInt("fiscal_year"),
                        rs.getInt("fiscal_month")))
                .list();
    }

    /** The first month each tenant recorded anything for, by tenant id. */
    Map<UUID, TenantMonth> firstMonths() {
        Map<UUID, TenantMonth> first = new LinkedHashMap<>();
        jdbc.sql("""
                select distinct on (tenant_id) tenant_id, fiscal_year, fiscal_month from procurement_month
                order by tenant_id, fiscal_year, fiscal_month""")
                .query(rs -> {
                    UUID tenant = rs.getObject("tenant_id", UUID.class);
                    first.put(tenant, new TenantMonth(tenant, rs.getInt("fiscal_year"), rs.getInt("fiscal_month")));
                });
        return first;
    }

    private static MonthRow month(ResultSet rs, int n) throws SQLException {
        Timestamp publishedAt = rs.getTimestamp("published_at");
        return new MonthRow(rs.getObject("id", UUID.class), rs.getInt("fiscal_year"), rs.getInt("fiscal_month"),
                rs.getBoolean("no_procurement"), publishedAt == null ? null : publishedAt.toInstant(),
                rs.getString("published_by_name"), rs.getTimestamp("updated_at").toInstant(),
                rs.getString("updated_by_name"));
    }

    private Purchase purchase(ResultSet rs) throws SQLException {
        Date contractDate = rs.getDate("contract_date");
        String status = rs.getString("status");
        return new Purchase(rs.getObject("id", UUID.class), rs.getInt("position"), new PurchaseDetails(
                rs.getString("work"), rs.getBigDecimal("budget"), rs.getBigDecimal("reference_price"),
                ProcurementMethod.valueOf(rs.getString("method")), json.readValue(rs.getString("bidders"), BIDDERS),
                rs.getString("winner"), rs.getBigDecimal("agreed_price"), rs.getString("reason"),
                rs.getString("contract_number"), contractDate == null ? null : contractDate.toLocalDate(),
                rs.getString("egp_project_number"), rs.getString("budget_source"),
                status == null ? null : PurchaseStatus.valueOf(status)));
    }
}
