package org.sujarit.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.sujarit.complaint.FilingComplaints.Filed;
import org.sujarit.notification.Notifications;
import org.sujarit.notification.DueItem;
import org.sujarit.staff.NewStaffUser;
import org.sujarit.staff.Role;
import org.sujarit.staff.StaffUser;
import org.sujarit.staff.StaffUsers;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;
import org.sujarit.tenant.UnitDetails;
import org.sujarit.tenant.UnitId;
import org.sujarit.tenant.UnitKind;
import org.sujarit.tenant.Units;

/**
 * Complaint deadlines reach the daily digests: the unit handling a case is reminded of its next
 * deadline, the integrity officer of unassigned cases and of every overdue one; one mail per person
 * per day; handled cases never; and a mail names a corruption report by its number alone.
 */
class ComplaintDigestTest extends MailTestBase {

    @Autowired TenantFixture fixtures;
    @Autowired FilingComplaints filingComplaints;
    @Autowired HandlingCases handlingCases;
    @Autowired ComplaintSettings complaintSettings;
    @Autowired ComplaintHistory history;
    @Autowired ComplaintDueItems due;
    @Autowired Notifications notifications;
    @Autowired StaffUsers users;
    @Autowired Units units;
    @Autowired TransactionTemplate transaction;
    @Autowired Clock clock;

    @BeforeEach
    void emptyMailboxes() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
    }

    @Test
    void eachPersonGetsOneDigestADayWithTheirCasesAndNothingOfACorruptionReport() throws Exception {
        Tenant t = fixtures.create();
        StaffUser officer = staff(t, "officer", Role.INTEGRITY_OFFICER, null);
        StaffUser unitStaff = staff(t, "unit", Role.UNIT_STAFF, t.workUnit().id());
        UnitId elsewhere = units.create(t.id(), null, UnitKind.DIVISION, new UnitDetails("กองอื่น " + t.marker(), null, null, null)).id();
        StaffUser otherStaff = staff(t, "other", Role.UNIT_STAFF, elsewhere);
        UUID actor = officer.id();
        String secretSubject = "หัวหน้าฝ่ายเรียกเงินใต้โต๊ะ " + UUID.randomUUID();

        Filed assigned = assigned(t, filingComplaints, handlingCases, "roads", actor);
        Filed report = filingComplaints.file(t.id(), SampleFilings.corruption(complaintSettings, t.id(), "bribery")
                .subject(secretSubject).description(secretSubject).build(), null);
        Filed handled = filingComplaints.file(t.id(), SampleFilings.general(complaintSettings, t.id(), "water").build(), null);
        handlingCases.move(t.id(), handled.caseId(), CaseStatus.NOT_ACCEPTED, "นอกอำนาจ", "ไม่อยู่ในอำนาจหน้าที่", null, actor);
        Filed explained = assigned(t, filingComplaints, handlingCases, "lighting", actor);
        handlingCases.reply(t.id(), explained.caseId(), "รองบประมาณ", true, List.of(), actor);
        Instant tenDaysOn = clock.instant().plus(Duration.ofDays(10));
        ComplaintHistory.Past past = history.at(() -> tenDaysOn);
        Filed later = transaction.execute(status -> assigned(t, past.filing(), past.handling(), "waste", actor));

        // Sixteen days on: the first case's 15 days have run out, the one filed later has nine left.
        LocalDate today = LocalDate.now(clock).plusDays(16);
        notifications.sendDigests(today);

        String toOfficer = only(mailsTo(officer.email()));
        assertThat(toOfficer).contains(assigned.number(), report.number(), "เลยกำหนด", "ดำเนินการหรือชี้แจงผู้ร้องเรียน",
                "ถนน ทางเท้า สะพาน ท่อระบายน้ำ").doesNotContain(later.number());
        String toUnit = only(mailsTo(unitStaff.email()));
        assertThat(toUnit).contains(assigned.number(), later.number()).doesNotContain(report.number());
        assertThat(mailsTo(otherStaff.email())).isEmpty();
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            assertThat(everything(mail)).doesNotContain(handled.number(), explained.number(), secretSubject, "เรียกเงิน",
                    "การเรียกรับเงิน สินบน ผลประโยชน์", "ถนนเป็นหลุมหลายจุด");
        }

        int again = notifications.sendDigests(today);
        assertThat(again).isZero();
        assertThat(mailsTo(officer.email())).hasSize(1);
        assertThat(mailsTo(unitStaff.email())).hasSize(1);
    }

    @Test
    void aHandledCaseIsOfferedAsDoneAndIsNeverMailed() throws Exception {
        Tenant t = fixtures.create();
        StaffUser officer = staff(t, "officer", Role.INTEGRITY_OFFICER, null);
        Filed handled = assigned(t, filingComplaints, handlingCases, "roads", officer.id());
        handlingCases.move(t.id(), handled.caseId(), CaseStatus.IN_PROGRESS, "เริ่มงาน", null, null, officer.id());
        handlingCases.move(t.id(), handled.caseId(), CaseStatus.RESOLVED, "ซ่อมแล้ว", "ซ่อมเสร็จแล้ว", null, officer.id());

        LocalDate today = LocalDate.now(clock);
        List<DueItem> items = due.dueItems(today).stream().filter(i -> i.href().endsWith(handled.caseId().toString())).toList();
        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.done()).isTrue();
            assertThat(item.module()).isEqualTo("complaint");
            assertThat(item.unitId()).isEqualTo(t.workUnit().id().value());
            assertThat(item.titleTh()).startsWith("เรื่องร้องเรียนเลขที่ " + handled.number());
            assertThat(item.href()).isEqualTo("/console/complaints/" + handled.caseId());
        });

        notifications.sendDigests(today);
        assertThat(mailsTo(officer.email())).isEmpty();
    }

    /** Filed, acknowledged, accepted and assigned to the tenant's work unit, by the use cases given. */
    private Filed assigned(Tenant t, FilingComplaints filing, HandlingCases handling, String category, UUID actor) {
        Filed filed = filing.file(t.id(), SampleFilings.general(complaintSettings, t.id(), category).build(), null);
        handling.move(t.id(), filed.caseId(), CaseStatus.ACKNOWLEDGED, "รับเรื่อง", null, null, actor);
        handling.move(t.id(), filed.caseId(), CaseStatus.ACCEPTED, "รับไว้พิจารณา", null, null, actor);
        handling.move(t.id(), filed.caseId(), CaseStatus.ASSIGNED, "มอบหมาย", null, t.workUnit().id().value(), actor);
        return filed;
    }

    private StaffUser staff(Tenant t, String name, Role role, UnitId unit) {
        return users.create(new NewStaffUser(t.id(), t.marker() + "." + name, name + " " + t.marker(),
                name + "." + t.marker() + "@example.org", unit, EnumSet.of(role), null, TenantFixture.PASSWORD, false, false));
    }

    private static String only(List<MimeMessage> mails) {
        assertThat(mails).hasSize(1);
        return everything(mails.get(0));
    }
}
