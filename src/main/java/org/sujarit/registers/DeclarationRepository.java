package org.sujarit.registers;

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
import org.sujarit.shared.ThaiTaxId;

/** The declarations' SQL; every statement names the tenant. */
@Repository
class DeclarationRepository {

    private static final String SELECT = """
            select d.*, u.display_name as person_name, u.position as person_position, s.display_name as signed_by_name
            from interest_declaration d
            join app_user u on u.id = d.user_id
            join app_user s on s.id = d.signed_by
            """;

    private final JdbcClient jdbc;

    DeclarationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new version, superseding the current one of the same year and matter; returns its id. */
    UUID insert(TenantId tenant, UUID userId, int fiscalYear, UUID purchaseId, boolean none, String relation,
                List<InterestEntry> entries, UUID signedBy, Instant at) {
        Timestamp now = Timestamp.from(at);
        String sameMatter = " tenant_id = ? and user_id = ? and fiscal_year = ? and purchase_id is not distinct from ?";
        jdbc.sql("update interest_declaration set superseded_at = ? where superseded_at is null and" + sameMatter)
                .params(now, tenant.value(), userId, fiscalYear, purchaseId).update();
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from interest_declaration where" + sameMatter)
                .params(tenant.value(), userId, fiscalYear, purchaseId).query(Integer.class).single();
        UUID id = jdbc.sql("""
                insert into interest_declaration (tenant_id, user_id, fiscal_year, purchase_id, version, none_declared,
                                                  relation, signed_at, signed_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(tenant.value(), userId, fiscalYear, purchaseId, version, none, relation, now, signedBy)
                .query(UUID.class).single();
        for (int i = 0; i < entries.size(); i++) {
            InterestEntry e = entries.get(i);
            jdbc.sql("""
                    insert into interest_entry (tenant_id, declaration_id, position, kind, holder, relative_name,
                                                involvement, organisation, tax_id, normalised_name, detail)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(tenant.value(), id, i + 1, e.kind().name(), e.holder().name(), e.relativeName(),
                            e.involvement() == null ? null : e.involvement().name(), e.organisation(),
                            e.taxId() == null ? null : e.taxId().digits(), e.normalisedName(), e.detail())
                    .update();
        }
        return id;
    }

    Optional<InterestDeclaration> find(TenantId tenant, UUID id) {
        return list(" where d.tenant_id = ? and d.id = ?", tenant.value(), id).stream().findFirst();
    }

    /** A person's declarations, every version, the latest year and version first. */
    List<InterestDeclaration> ofPerson(TenantId tenant, UUID userId) {
        return list(" where d.tenant_id = ? and d.user_id = ? order by d.fiscal_year desc, d.purchase_id nulls first,"
                + " d.version desc", tenant.value(), userId);
    }

    /** The current yearly declarations of a fiscal year, one per person, by name. */
    List<InterestDeclaration> currentYearly(TenantId tenant, int fiscalYear) {
        return list(" where d.tenant_id = ? and d.fiscal_year = ? and d.purchase_id is null and d.superseded_at is null"
                + " order by u.display_name", tenant.value(), fiscalYear);
    }

    /** The current declaration of a committee member for a purchase. */
    Optional<InterestDeclaration> currentForPurchase(TenantId tenant, UUID userId, UUID purchaseId) {
        return list(" where d.tenant_id = ? and d.user_id = ? and d.purchase_id = ? and d.superseded_at is null",
                tenant.value(), userId, purchaseId).stream().findFirst();
    }

    /** The current declarations of a purchase's committee members. */
    List<InterestDeclaration> currentForPurchase(TenantId tenant, UUID purchaseId) {
        return list(" where d.tenant_id = ? and d.purchase_id = ? and d.superseded_at is null order by u.display_name",
                tenant.value(), purchaseId);
    }

    /** The interests of each person's latest current yearly declaration, for the flags. */
    List<Counterparty> declaredCounterparties(TenantId tenant) {
        return jdbc.sql("""
                select e.id, d.user_id, e.organisation, e.tax_id, e.holder, e.involvement, e.kind
                from interest_entry e
                join (select distinct on (user_id) id, user_id from interest_declaration
                      where tenant_id = ? and purchase_id is null and superseded_at is null
                      order by user_id, fiscal_year desc) d on d.id = e.declaration_id
                where e.tenant_id = ? order by d.user_id, e.position""")
                .params(tenant.value(), tenant.value())
                .query((rs, n) -> new Counterparty(DeclaredCounterparties.SOURCE, rs.getObject("id", UUID.class),
                        rs.getObject("user_id", UUID.class), rs.getString("organisation"),
                        rs.getString("tax_id") == null ? null : new ThaiTaxId(rs.getString("tax_id")),
                        tie(rs)))
                .list();
    }

    /** How many active accounts of the tenant have a yearly declaration of the year. */
    long declaredAccounts(TenantId tenant, int fiscalYear) {
        return jdbc.sql("""
                select count(distinct d.user_id) from interest_declaration d join app_user u on u.id = d.user_id
                where d.tenant_id = ? and d.fiscal_year = ? and d.purchase_id is null and u.active""")
                .params(tenant.value(), fiscalYear).query(Long.class).single();
    }

    long activeAccounts(TenantId tenant) {
        return jdbc.sql("select count(*) from app_user where tenant_id = ? and active")
                .param(tenant.value()).query(Long.class).single();
    }

    private List<InterestDeclaration> list(String where, Object... params) {
        List<Row> rows = jdbc.sql(SELECT + where).params(params).query(DeclarationRepository::row).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<InterestEntry>> entries = new LinkedHashMap<>();
        rows.forEach(r -> entries.put(r.id(), new ArrayList<>()));
        jdbc.sql("select * from interest_entry where tenant_id = ? and declaration_id = any(?) order by position")
                .params(params[0], entries.keySet().toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(rs.getObject("declaration_id", UUID.class), entry(rs))).list()
                .forEach(e -> entries.get(e.getKey()).add(e.getValue()));
        return rows.stream().map(r -> r.with(entries.get(r.id()))).toList();
    }

    private record Row(UUID id, UUID userId, String personName, String position, int fiscalYear, UUID purchaseId,
                       int version, boolean none, String relation, Instant signedAt, String signedByName,
                       Instant supersededAt) {

        InterestDeclaration with(List<InterestEntry> entries) {
            return new InterestDeclaration(id, userId, personName, position, fiscalYear, purchaseId, version, none,
                    relation, signedAt, signedByName, supersededAt, entries);
        }
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Timestamp superseded = rs.getTimestamp("superseded_at");
        return new Row(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class), rs.getString("person_name"),
                rs.getString("person_position"), rs.getInt("fiscal_year"), rs.getObject("purchase_id", UUID.class),
                rs.getInt("version"), rs.getBoolean("none_declared"), rs.getString("relation"),
                rs.getTimestamp("signed_at").toInstant(), rs.getString("signed_by_name"),
                superseded == null ? null : superseded.toInstant());
    }

    private static String tie(ResultSet rs) throws SQLException {
        InterestHolder holder = InterestHolder.valueOf(rs.getString("holder"));
        String involvement = rs.getString("involvement");
        return holder.thai() + " " + (involvement == null ? InterestKind.valueOf(rs.getString("kind")).thai()
                : InterestInvolvement.valueOf(involvement).thai());
    }

    private static InterestEntry entry(ResultSet rs) throws SQLException {
        String involvement = rs.getString("involvement");
        String taxId = rs.getString("tax_id");
        return new InterestEntry(InterestKind.valueOf(rs.getString("kind")), InterestHolder.valueOf(rs.getString("holder")),
                rs.getString("relative_name"), involvement == null ? null : InterestInvolvement.valueOf(involvement),
                rs.getString("organisation"), taxId == null ? null : new ThaiTaxId(taxId), rs.getString("detail"));
    }
}
