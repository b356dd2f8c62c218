package org.sujarit.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.notification.DueItem;

/**
 * Progress reports due for the daily digests: each item of a published plan that covers the
 * round's fiscal year and has no report for the round, to the item's unit, from 14 days before
 * the report is due (30 April, 31 October); those of the round before stay due, overdue.
 */
@Component
class PlanDueItems implements DueItem.Source {

    static final int NOTICE_DAYS = 14;

    private final JdbcClient jdbc;

    PlanDueItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record ItemDue(UUID tenantId, UUID itemKey, UUID unitId, String name, boolean reported) {
    }

    @Override
    @Transactional(readOnly = true)
    public List<DueItem> dueItems(LocalDate today) {
        List<DueItem> items = new ArrayList<>();
        for (Round round : Round.toRemindOn(today, NOTICE_DAYS)) {
            for (ItemDue item : itemsDue(round)) {
                String name = DueItem.titleLine(item.name());
                items.add(new DueItem(item.tenantId(), item.unitId(), "plan",
                        "รายงานผลการดำเนินงาน รอบที่ " + round.number() + " ปีงบประมาณ " + round.fiscalYear() + ": " + name,
                        "Report progress, round " + round.number() + " of fiscal year " + round.fiscalYear() + ": " + name,
                        round.dueDate(), "/console/plan/progress/" + item.itemKey() + "?year=" + round.fiscalYear()
                                + "&round=" + round.number(), item.reported()));
            }
        }
        return items;
    }

    /** Across tenants on purpose: the digests are the platform's daily job. */
    private List<ItemDue> itemsDue(Round round) {
        return jdbc.sql("""
                        select i.tenant_id, i.item_key, i.responsible_unit_id, i.name,
                               exists (select 1 from progress_report r
                                       where r.tenant_id = i.tenant_id and r.plan_id = v.plan_id and r.item_key = i.item_key
                                         and r.fiscal_year = ? and r.round = ?) as reported
                        from plan_item i
                        join plan_revision v on v.tenant_id = i.tenant_id and v.id = i.revision_id
                        join plan p on p.tenant_id = v.tenant_id and p.id = v.plan_id
                        where v.status = 'PUBLISHED' and ? between p.first_year and p.last_year
                        order by i.tenant_id, i.position""")
                .params(round.fiscalYear(), round.number(), round.fiscalYear())
                .query((rs, n) -> new ItemDue(rs.getObject("tenant_id", UUID.class), rs.getObject("item_key", UUID.class),
                        rs.getObject("responsible_unit_id", UUID.class), rs.getString("name"), rs.getBoolean("reported")))
                .list();
    }
}
