package org.sujarit.complaint;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.sujarit.complaint.CaseView.Category;
import org.sujarit.complaint.Settings.Milestone;
import org.sujarit.shared.TenantId;

/** The SQL of a complaint centre's settings, milestones and categories; every statement names the tenant. */
@Repository
class SettingsRepository {

    private final JdbcClient jdbc;

    SettingsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Settings> settings(TenantId tenant) {
        return jdbc.sql("select * from complaint_settings where tenant_id = ?").param(tenant.value())
                .query((rs, n) -> new Settings(rs.getString("prefix"), rs.getInt("acknowledge_days"), rs.getInt("action_days"),
                        rs.getInt("reopen_days"), List.of()))
                .optional()
                .map(s -> new Settings(s.prefix(), s.acknowledgeDays(), s.actionDays(), s.reopenDays(), milestones(tenant)));
    }

    private List<Milestone> milestones(TenantId tenant) {
        return jdbc.sql("select * from complaint_milestone where tenant_id = ? order by days, name_th").param(tenant.value())
                .query((rs, n) -> new Milestone(rs.getObject("id", UUID.class), rs.getString("name_th"), rs.getString("name_en"),
                        CaseStatus.valueOf(rs.getString("status")), rs.getInt("days")))
                .list();
    }

    /**
     * Creates the settings and the given categories when the tenant has none, in one statement, so
     * that no one ever sees the settings without their categories.
     */
    void initialise(TenantId tenant, String prefix, List<Category> categories) {
        StringBuilder values = new StringBuilder();
        Map<String, Object> params = new HashMap<>();
        params.put("tenant", tenant.value());
        params.put("prefix", prefix);
        for (int i = 0; i < categories.size(); i++) {
            Category c = categories.get(i);
            values.append(i == 0 ? "" : ", ").append("(:channel").append(i).append(", :code").append(i).append(", :th").append(i)
                    .append(", :en").append(i).append(", :position").append(i).append(")");
            params.put("channel" + i, c.channel().name());
            params.put("code" + i, c.code());
            params.put("th" + i, c.nameTh());
            params.put("en" + i, c.nameEn());
            params.put("position" + i, c.position());
        }
        jdbc.sql("""
                with created as (
                    insert into complaint_settings (tenant_id, prefix) values (:tenant, :prefix)
                    on conflict do nothing returning tenant_id)
                insert into complaint_category (tenant_id, channel, code, name_th, name_en, position)
                select created.tenant_id, v.channel, v.code, v.name_th, v.name_en, v.position
                from created, (values %s) as v (channel, code, name_th, name_en, position)""".formatted(values))
                .params(params).update();
    }

    void updateSettings(TenantId tenant, String prefix, int acknowledgeDays, int actionDays, int reopenDays) {
        jdbc.sql("""
                update complaint_settings set prefix = ?, acknowledge_days = ?, action_days = ?, reopen_days = ?
                where tenant_id = ?""")
                .params(prefix, acknowledgeDays, actionDays, reopenDays, tenant.value()).update();
    }

    void replaceMilestones(TenantId tenant, List<Milestone> milestones) {
        jdbc.sql("delete from complaint_milestone where tenant_id = ?").param(tenant.value()).update();
        for (Milestone m : milestones) {
            jdbc.sql("insert into complaint_milestone (tenant_id, name_th, name_en, status, days) values (?, ?, ?, ?, ?)")
                    .params(tenant.value(), m.nameTh(), m.nameEn(), m.status().name(), m.days()).update();
        }
    }

    List<Category> categories(TenantId tenant) {
        return jdbc.sql("select * from complaint_category where tenant_id = ? order by channel, position, name_th")
                .param(tenant.value()).query(SettingsRepository::category).list();
    }

    Optional<Category> category(TenantId tenant, UUID id) {
        return jdbc.sql("select * from complaint_category where tenant_id = ? and id = ?").params(tenant.value(), id)
                .query(SettingsRepository::category).optional();
    }

    private static Category category(ResultSet rs, int n) throws SQLException {
        return new Category(rs.getObject("id", UUID.class), Channel.valueOf(rs.getString("channel")), rs.getString("code"),
                rs.getString("name_th"), rs.getString("name_en"), rs.getString("description_th"), rs.getString("description_en"),
                rs.getObject("unit_id", UUID.class), rs.getInt("position"), rs.getBoolean("active"));
    }

    UUID insertCategory(TenantId tenant, Category c) {
        int position = c.position() > 0 ? c.position()
                : jdbc.sql("select coalesce(max(position), 0) + 1 from complaint_category where tenant_id = ? and channel = ?")
                        .params(tenant.value(), c.channel().name()).query(Integer.class).single();
        return jdbc.sql("""
                insert into complaint_category (tenant_id, channel, code, name_th, name_en, description_th, description_en,
                                                unit_id, position, active)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(tenant.value(), c.channel().name(), c.code(), c.nameTh(), c.nameEn(), c.descriptionTh(), c.descriptionEn(),
                        c.unitId(), position, c.active())
                .query(UUID.class).single();
    }

    void updateCategory(TenantId tenant, Category c) {
        jdbc.sql("""
                update complaint_category set name_th = ?, name_en = ?, description_th = ?, description_en = ?, unit_id = ?,
                       position = ?, active = ?
                where tenant_id = ? and id = ?""")
                .params(c.nameTh(), c.nameEn(), c.descriptionTh(), c.descriptionEn(), c.unitId(), c.position(), c.active(),
                        tenant.value(), c.id())
                .update();
    }

    boolean categoryCodeTaken(TenantId tenant, String code, UUID except) {
        return jdbc.sql("select count(*) from complaint_category where tenant_id = ? and code = ? and id is distinct from ?")
                .params(tenant.value(), code, except).query(Integer.class).single() > 0;
    }
}
