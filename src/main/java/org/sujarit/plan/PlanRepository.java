package org.sujarit.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.sujarit.shared.TenantId;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SQL of plans and their revisions: creating, the status moves of {@link PlanRevision}, and a
 * new revision copied whole. {@link PlanContentRepository} changes a draft's content,
 * {@link PlanViews} reads a revision whole. Every statement names the tenant.
 */
@Repository
class PlanRepository {

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

    Optional<PlanRevision> revision(TenantId tenant, UUID revisionId) {
        return jdbc.sql("""
                select r.id, r.plan_id, r.status, p.first_year, p.last_year, r.approved_by, r.approved_at, r.published_by,
                       r.published_at
                from plan_revision r join plan p on p.id = r.plan_id
                where r.tenant_id = ? and r.id = ?""")
                .params(tenant.value(), revisionId)
                .query((rs, n) -> new PlanRevision(rs.getObject("id", UUID.class), rs.getObject("plan_id", UUID.class),
                        RevisionStatus.valueOf(rs.getString("status")), rs.getInt("first_year"), rs.getInt("last_year"),
                        rs.getObject("approved_by", UUID.class), instant(rs, "approved_at"),
                        rs.getObject("published_by", UUID.class), instant(rs, "published_at")))
                .optional();
    }

    /** A revision's status with its approval and publication; publishing supersedes the revision published before. */
    void save(TenantId tenant, PlanRevision revision) {
        if (revision.status() == RevisionStatus.PUBLISHED) {
            jdbc.sql("""
                    update plan_revision set status = 'SUPERSEDED'
                    where tenant_id = ? and plan_id = ? and status = 'PUBLISHED' and id <> ?""")
                    .params(tenant.value(), revision.planId(), revision.id()).update();
        }
        jdbc.sql("""
                update plan_revision set status = ?, approved_by = ?, approved_at = ?, published_by = ?, published_at = ?
                where tenant_id = ? and id = ?""")
                .params(revision.status().name(), revision.approvedBy(), timestamp(revision.approvedAt()),
                        revision.publishedBy(), timestamp(revision.publishedAt()), tenant.value(), revision.id())
                .update();
    }

    /**
     * Opens a draft revision copied from another: its front matter, dimensions, items, budgets and
     * results, items and results keeping their keys so that progress follows them.
     */
    UUID copyRevision(TenantId tenant, UUID from, int number) {
        UUID to = jdbc.sql("""
                insert into plan_revision (tenant_id, plan_id, number, status, title, foreword, origin, objectives, format,
                                           executive_policy)
                select tenant_id, plan_id, ?, 'DRAFT', title, foreword, origin, objectives, format, executive_policy
                from plan_revision where tenant_id = ? and id = ?
                returning id""")
                .params(number, tenant.value(), from).query(UUID.class).single();
        copy(tenant, from, to, """
                insert into plan_dimension (tenant_id, revision_id, number, title, position)
                select tenant_id, :to, number, title, position from plan_dimension where tenant_id = :tenant and revision_id = :from""");
        // A dimension's number is unique in its revision: it finds the copy of each parent.
        copy(tenant, from, to, """
                update plan_dimension copied set parent_id = copied_parent.id
                from plan_dimension original
                join plan_dimension parent on parent.tenant_id = original.tenant_id and parent.id = original.parent_id
                join plan_dimension copied_parent on copied_parent.tenant_id = parent.tenant_id
                                                 and copied_parent.revision_id = :to and copied_parent.number = parent.number
                where copied.tenant_id = :tenant and copied.revision_id = :to
                  and original.tenant_id = :tenant and original.revision_id = :from and original.number = copied.number""");
        copy(tenant, from, to, """
                insert into plan_item (tenant_id, revision_id, dimension_id, item_key, position, kind, name, rationale,
                                       objectives, target_group, target_count, method, period_text, period_months,
                                       budget_none, budget_text, responsible_unit_id, responsible_text)
                select i.tenant_id, :to, copied.id, i.item_key, i.position, i.kind, i.name, i.rationale, i.objectives,
                       i.target_group, i.target_count, i.method, i.period_text, i.period_months, i.budget_none,
                       i.budget_text, i.responsible_unit_id, i.responsible_text
                from plan_item i
                join plan_dimension d on d.tenant_id = i.tenant_id and d.id = i.dimension_id
                join plan_dimension copied on copied.tenant_id = d.tenant_id and copied.revision_id = :to
                                          and copied.number = d.number
                where i.tenant_id = :tenant and i.revision_id = :from""");
        // An item's key is unique in its revision: it finds the copy of each item.
        copy(tenant, from, to, """
                insert into plan_item_budget (tenant_id, item_id, fiscal_year, amount)
                select copied.tenant_id, copied.id, b.fiscal_year, b.amount
                from plan_item_budget b
                join plan_item i on i.tenant_id = b.tenant_id and i.id = b.item_id
                join plan_item copied on copied.tenant_id = i.tenant_id and copied.revision_id = :to
                                     and copied.item_key = i.item_key
                where i.tenant_id = :tenant and i.revision_id = :from""");
        copy(tenant, from, to, """
                insert into plan_result (tenant_id, item_id, result_key, kind, position, text, kpi_type, kpi_target, kpi_unit,
                                         kpi_method, kpi_measure)
                select copied.tenant_id, copied.id, r.result_key, r.kind, r.position, r.text, r.kpi_type, r.kpi_target,
                       r.kpi_unit, r.kpi_method, r.kpi_measure
                from plan_result r
                join plan_item i on i.tenant_id = r.tenant_id and i.id = r.item_id
                join plan_item copied on copied.tenant_id = i.tenant_id and copied.revision_id = :to
                                     and copied.item_key = i.item_key
                where i.tenant_id = :tenant and i.revision_id = :from""");
        return to;
    }

    /** One statement of a copy, naming the tenant and the revisions as :tenant, :from and :to. */
    private void copy(TenantId tenant, UUID from, UUID to, String sql) {
        jdbc.sql(sql).param("tenant", tenant.value()).param("from", from).param("to", to).update();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private String toJson(Object value) {
        return json.writeValueAsString(value);
    }
}
