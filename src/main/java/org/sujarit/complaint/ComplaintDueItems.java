package org.sujarit.complaint;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.complaint.CaseView.DeadlineKind;
import org.sujarit.notification.DueItem;

/**
 * Complaint deadlines for the daily digests: each open case's next unmet deadline, from two weeks
 * before it, to the unit handling the case (the integrity officer while no unit has it); a case past
 * a deadline also to the integrity officer, who watches the 15-day rule. Cases handled in the last
 * two weeks come as done, and are never mailed.
 * <p>
 * Digests are mailed as they are, so a title names the case number, the category and the deadline
 * — never the citizen's words — and for a corruption report only its number.
 */
@Component
class ComplaintDueItems implements DueItem.Source {

    static final int NOTICE_DAYS = 14;
    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    private final JdbcClient jdbc;

    ComplaintDueItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record CaseDue(UUID tenantId, UUID caseId, String number, Channel channel, UUID unitId, UUID involvedUnitId,
                           String categoryTh,
                           String categoryEn, DeadlineKind kind, String deadlineTh, String deadlineEn, LocalDate due,
                           boolean handled) {
    }

    @Override
    @Transactional(readOnly = true)
    public List<DueItem> dueItems(LocalDate today) {
        List<DueItem> items = new ArrayList<>();
        for (CaseDue c : casesDue(today)) {
            // A corruption report never reaches the staff of the unit it is about, whatever their role.
            UUID hiddenFrom = c.channel().hiddenFromInvolvedUnit() ? c.involvedUnitId() : null;
            DueItem item = new DueItem(c.tenantId(), c.unitId(), "complaint", titleTh(c), titleEn(c), c.due(),
                    "/console/complaints/" + c.caseId(), c.handled(), hiddenFrom);
            items.add(item);
            if (!c.handled() && c.unitId() != null && c.due().isBefore(today)) {
                items.add(new DueItem(c.tenantId(), null, item.module(), item.titleTh(), item.titleEn(), item.dueDate(),
                        item.href(), false, hiddenFrom));
            }
        }
        return items;
    }

    /** Across tenants on purpose: the digests are the platform's daily job. */
    private List<CaseDue> casesDue(LocalDate today) {
        Timestamp until = Timestamp.from(today.plusDays(NOTICE_DAYS + 1L).atStartOfDay(BANGKOK).toInstant());
        Timestamp handledSince = Timestamp.from(today.minusDays(NOTICE_DAYS).atStartOfDay(BANGKOK).toInstant());
        return jdbc.sql("""
                        select c.tenant_id, c.id, c.number, c.channel, c.unit_id, c.involved_unit_id, cat.name_th as category_th,
                               cat.name_en as category_en, d.kind, d.name_th, d.name_en, d.due_at,
                               c.status in ('NOT_ACCEPTED', 'REFERRED', 'RESOLVED', 'CLOSED') as handled
                        from complaint_case c
                        join complaint_category cat on cat.tenant_id = c.tenant_id and cat.id = c.category_id
                        join lateral (
                            select * from complaint_deadline d
                            where d.tenant_id = c.tenant_id and d.case_id = c.id
                              and (d.met_at is null or c.status in ('NOT_ACCEPTED', 'REFERRED', 'RESOLVED', 'CLOSED'))
                            order by d.met_at is null desc, d.due_at
                            limit 1) d on true
                        where (c.status not in ('NOT_ACCEPTED', 'REFERRED', 'RESOLVED', 'CLOSED') and d.met_at is null
                               and d.due_at < :until)
                           or (c.status in ('NOT_ACCEPTED', 'REFERRED', 'RESOLVED', 'CLOSED') and c.finished_at >= :since)
                        order by c.tenant_id, d.due_at""")
                .param("until", until).param("since", handledSince)
                .query((rs, n) -> new CaseDue(rs.getObject("tenant_id", UUID.class), rs.getObject("id", UUID.class),
                        rs.getString("number"), Channel.valueOf(rs.getString("channel")), rs.getObject("unit_id", UUID.class),
                        rs.getObject("involved_unit_id", UUID.class),
                        rs.getString("category_th"), rs.getString("category_en"), DeadlineKind.valueOf(rs.getString("kind")),
                        rs.getString("name_th"), rs.getString("name_en"),
                        LocalDate.ofInstant(rs.getTimestamp("due_at").toInstant(), BANGKOK), rs.getBoolean("handled")))
                .list();
    }

    private static String titleTh(CaseDue c) {
        String what = c.channel() == Channel.CORRUPTION ? "เรื่องร้องเรียนการทุจริตเลขที่ " + c.number()
                : "เรื่องร้องเรียนเลขที่ " + c.number() + " (" + c.categoryTh() + ")";
        return what + ": " + switch (c.kind()) {
            case ACKNOWLEDGE -> "ตอบรับเรื่อง";
            case ACTION -> "ดำเนินการหรือชี้แจงผู้ร้องเรียน";
            case MILESTONE -> c.deadlineTh();
        };
    }

    private static String titleEn(CaseDue c) {
        String category = c.categoryEn() == null || c.categoryEn().isBlank() ? c.categoryTh() : c.categoryEn();
        String what = c.channel() == Channel.CORRUPTION ? "Corruption report " + c.number()
                : "Complaint " + c.number() + " (" + category + ")";
        return what + ": " + switch (c.kind()) {
            case ACKNOWLEDGE -> "acknowledge it";
            case ACTION -> "act on it or explain to the complainant";
            case MILESTONE -> c.deadlineEn() == null || c.deadlineEn().isBlank() ? c.deadlineTh() : c.deadlineEn();
        };
    }
}
