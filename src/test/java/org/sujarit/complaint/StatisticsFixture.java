package org.sujarit.complaint;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.sujarit.complaint.CaseView.Category;
import org.sujarit.complaint.CaseView.Contact;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.TenantId;
import org.sujarit.staff.Role;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;

/**
 * Gives a tenant sixteen complaints of FY 2569 (October 2568 – September 2569 BE) in several states
 * across its months, filed through {@link FilingComplaints#file} and moved through {@link HandlingCases#move}
 * as staff would. The cases are filed today; {@link #place} then moves each one's timestamps into
 * the past month it stands for, directly in SQL, since the service files only at the clock's time.
 *
 * <p>What they add up to (every figure the statistics tests check follows from this list):
 * <pre>
 * general  roads     R1 5 Oct   resolved in 3 days, rated 5           within
 *                    R2 20 Oct  closed in 10 days, rated 4, cause INFRASTRUCTURE + measure   within
 *                    R3 10 Nov  resolved in 20 days, rated 2          over
 *                    R4 1 Dec   not accepted in 1 day, cause OUTSIDE_MANDATE                 within
 *                    R5 15 Jan  referred in 2 days                    within
 *                    R6 3 Feb   assigned, nothing since               over (unmet past due)
 *          lighting  L1 10 Apr  resolved in 5 days, rated 5, cause INFRASTRUCTURE + measure  within
 *                    L2 2 May   in progress, explanation on day 7     within
 *                    L3 20 May  closed in 12 days, rated 4            within
 *          water     W1–W5 1–5 Jun resolved in 4, 6, 8, 30, 2 days; W1 rated 5, W2 rated 3; W4 over
 * corruption procurement C1 15 Nov in progress, nothing since        over (unmet past due)
 *                        C2 1 Jul  not accepted in 5 days, cause UNFOUNDED                  within
 * </pre>
 */
@Component
public class StatisticsFixture {

    public static final int YEAR = 2569;
    public static final String MEASURE = "ตรวจสภาพถนนและไฟฟ้าสาธารณะทุกเดือน";
    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    private final FilingComplaints filingComplaints;
    private final HandlingCases handlingCases;
    private final FollowingCases followingCases;
    private final ComplaintSettings complaintSettings;
    private final JdbcClient jdbc;
    private final TenantFixture tenants;
    private Tenant shared;

    StatisticsFixture(FilingComplaints filingComplaints, HandlingCases handlingCases, FollowingCases followingCases,
                      ComplaintSettings complaintSettings, JdbcClient jdbc, TenantFixture tenants) {
        this.filingComplaints = filingComplaints;
        this.handlingCases = handlingCases;
        this.followingCases = followingCases;
        this.complaintSettings = complaintSettings;
        this.jdbc = jdbc;
        this.tenants = tenants;
    }

    /** One tenant with the sixteen cases, made once and shared by the tests that only read it. */
    public synchronized Tenant shared() {
        if (shared == null) {
            shared = tenants.create();
            year2569(shared);
        }
        return shared;
    }

    void year2569(Tenant t) {
        UUID r1 = resolved(t, Channel.GENERAL, "roads", LocalDate.of(2025, 10, 5), 3, 5);
        UUID r2 = resolved(t, Channel.GENERAL, "roads", LocalDate.of(2025, 10, 20), 10, 4);
        handlingCases.move(t.id(), r2, CaseStatus.CLOSED, "ปิดเรื่อง", null, null, officer(t));
        handlingCases.analyseCause(t.id(), r2, Cause.INFRASTRUCTURE, null, MEASURE, officer(t));
        place(t.id(), r2, LocalDate.of(2025, 10, 20), 10);
        resolved(t, Channel.GENERAL, "roads", LocalDate.of(2025, 11, 10), 20, 2);
        UUID r4 = refused(t, Channel.GENERAL, "roads", CaseStatus.NOT_ACCEPTED, LocalDate.of(2025, 12, 1), 1);
        handlingCases.analyseCause(t.id(), r4, Cause.OUTSIDE_MANDATE, null, null, officer(t));
        refused(t, Channel.GENERAL, "roads", CaseStatus.REFERRED, LocalDate.of(2026, 1, 15), 2);
        UUID r6 = file(t, Channel.GENERAL, "roads");
        toAssigned(t, r6);
        place(t.id(), r6, LocalDate.of(2026, 2, 3), null);

        UUID l1 = resolved(t, Channel.GENERAL, "lighting", LocalDate.of(2026, 4, 10), 5, 5);
        handlingCases.analyseCause(t.id(), l1, Cause.INFRASTRUCTURE, null, MEASURE, officer(t));
        UUID l2 = file(t, Channel.GENERAL, "lighting");
        toAssigned(t, l2);
        handlingCases.move(t.id(), l2, CaseStatus.IN_PROGRESS, "เริ่มงาน", null, null, officer(t));
        handlingCases.reply(t.id(), l2, "ต้องรอจัดซื้อหลอดไฟ คาดว่าจะแล้วเสร็จภายในเดือนหน้า", true, List.of(), officer(t));
        place(t.id(), l2, LocalDate.of(2026, 5, 2), null);
        explainedOnDay(t.id(), l2, 7);
        UUID l3 = resolved(t, Channel.GENERAL, "lighting", LocalDate.of(2026, 5, 20), 12, 4);
        handlingCases.move(t.id(), l3, CaseStatus.CLOSED, "ปิดเรื่อง", null, null, officer(t));
        place(t.id(), l3, LocalDate.of(2026, 5, 20), 12);

        int[] days = {4, 6, 8, 30, 2};
        Integer[] ratings = {5, 3, null, null, null};
        for (int i = 0; i < days.length; i++) {
            resolved(t, Channel.GENERAL, "water", LocalDate.of(2026, 6, 1 + i), days[i], ratings[i]);
        }

        UUID c1 = file(t, Channel.CORRUPTION, "procurement");
        handlingCases.move(t.id(), c1, CaseStatus.ACKNOWLEDGED, "รับทราบ", null, null, officer(t));
        place(t.id(), c1, LocalDate.of(2025, 11, 15), null);
        UUID c2 = refused(t, Channel.CORRUPTION, "procurement", CaseStatus.NOT_ACCEPTED, LocalDate.of(2026, 7, 1), 5);
        handlingCases.analyseCause(t.id(), c2, Cause.UNFOUNDED, null, null, officer(t));
    }

    UUID file(Tenant t, Channel channel, String categoryCode) {
        Category category = complaintSettings.categories(t.id()).stream().filter(c -> c.code().equals(categoryCode))
                .findFirst().orElseThrow();
        Filing filing = new Filing(channel, category.id(), "เรื่อง " + categoryCode + " " + t.marker(),
                "รายละเอียด " + t.marker(), null, null, null, null, null, null, null, null, true, Contact.NONE, false,
                Source.WEB, List.of());
        return filingComplaints.file(t.id(), filing, null).caseId();
    }

    /** Filed, taken on, resolved and rated; placed so that it was resolved {@code days} after filing. */
    private UUID resolved(Tenant t, Channel channel, String category, LocalDate filedOn, int days, Integer rating) {
        UUID id = file(t, channel, category);
        toAssigned(t, id);
        handlingCases.move(t.id(), id, CaseStatus.IN_PROGRESS, "เริ่มงาน", null, null, officer(t));
        handlingCases.move(t.id(), id, CaseStatus.RESOLVED, "แก้ไขแล้ว", "ดำเนินการแก้ไขเรียบร้อยแล้ว", null, officer(t));
        if (rating != null) {
            followingCases.rate(t.id(), id, rating, null);
        }
        place(t.id(), id, filedOn, days);
        return id;
    }

    private UUID refused(Tenant t, Channel channel, String category, CaseStatus status, LocalDate filedOn, int days) {
        UUID id = file(t, channel, category);
        handlingCases.move(t.id(), id, status, "ไม่อยู่ในอำนาจหน้าที่", "เรื่องนี้อยู่นอกอำนาจหน้าที่ของเทศบาล", null,
                officer(t));
        place(t.id(), id, filedOn, days);
        return id;
    }

    private void toAssigned(Tenant t, UUID id) {
        handlingCases.move(t.id(), id, CaseStatus.ACKNOWLEDGED, "รับทราบ", null, null, officer(t));
        handlingCases.move(t.id(), id, CaseStatus.ACCEPTED, "รับเรื่อง", null, null, officer(t));
        handlingCases.move(t.id(), id, CaseStatus.ASSIGNED, "มอบหมาย", null, t.workUnit().id().value(), officer(t));
    }

    /**
     * Moves a case and everything that happened to it back so that it was filed on {@code filedOn}
     * at 10:00 Bangkok time, in its fiscal year; with {@code daysToFinish}, it was finished (and its
     * action deadline met) that many days after filing.
     */
    void place(TenantId tenant, UUID caseId, LocalDate filedOn, Integer daysToFinish) {
        Timestamp filed = Timestamp.from(filedOn.atTime(10, 0).atZone(BANGKOK).toInstant());
        String shift = "(select cast(? as timestamptz) - filed_at from complaint_case where tenant_id = ? and id = ?)";
        jdbc.sql("update complaint_deadline set due_at = due_at + " + shift + ", met_at = met_at + " + shift
                        + ", overdue_noticed_at = overdue_noticed_at + " + shift + " where tenant_id = ? and case_id = ?")
                .params(filed, tenant.value(), caseId, filed, tenant.value(), caseId, filed, tenant.value(), caseId,
                        tenant.value(), caseId).update();
        jdbc.sql("update complaint_event set at = at + " + shift + " where tenant_id = ? and case_id = ?")
                .params(filed, tenant.value(), caseId, tenant.value(), caseId).update();
        jdbc.sql("""
                update complaint_case set finished_at = finished_at + (cast(? as timestamptz) - filed_at),
                       rated_at = rated_at + (cast(? as timestamptz) - filed_at),
                       updated_at = updated_at + (cast(? as timestamptz) - filed_at), fiscal_year = ?, filed_at = ?
                where tenant_id = ? and id = ?""")
                .params(filed, filed, filed, FiscalYear.containing(filedOn).buddhistYear(), filed,
                        tenant.value(), caseId).update();
        // The daily run would have noticed every lapse when it happened; marked so, the past deadlines
        // of these cases do not turn up in other tests' runs of the deadline engine.
        jdbc.sql("""
                update complaint_deadline set overdue_noticed_at = due_at
                where tenant_id = ? and case_id = ? and met_at is null and due_at < now() and overdue_noticed_at is null""")
                .params(tenant.value(), caseId).update();
        if (daysToFinish != null) {
            jdbc.sql("update complaint_case set finished_at = filed_at + make_interval(days => ?) where tenant_id = ? and id = ?")
                    .params(daysToFinish, tenant.value(), caseId).update();
            jdbc.sql("""
                    update complaint_deadline d set met_at = c.finished_at from complaint_case c
                    where c.tenant_id = d.tenant_id and c.id = d.case_id and d.kind = 'ACTION' and d.met_at is not null
                      and d.tenant_id = ? and d.case_id = ?""")
                    .params(tenant.value(), caseId).update();
        }
    }

    /** The explanation that kept the action deadline was sent {@code day} days after filing. */
    private void explainedOnDay(TenantId tenant, UUID caseId, int day) {
        jdbc.sql("""
                update complaint_deadline d set met_at = c.filed_at + make_interval(days => ?) from complaint_case c
                where c.tenant_id = d.tenant_id and c.id = d.case_id and d.kind = 'ACTION' and d.tenant_id = ? and d.case_id = ?""")
                .params(day, tenant.value(), caseId).update();
    }

    private static UUID officer(Tenant t) {
        return t.userId(Role.INTEGRITY_OFFICER);
    }
}
