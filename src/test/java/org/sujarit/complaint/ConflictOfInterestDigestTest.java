package org.sujarit.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.sujarit.complaint.CaseView.Contact;
import org.sujarit.complaint.FilingComplaints.Filed;
import org.sujarit.notification.Notifications;
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
 * The daily digests keep the conflict-of-interest rule: a corruption report about a unit reaches
 * nobody of that unit or beneath it — not the staff it was assigned to, not an integrity officer
 * who belongs there when it is overdue — while a report about another unit reaches them as before.
 */
class ConflictOfInterestDigestTest extends MailTestBase {

    @Autowired TenantFixture fixtures;
    @Autowired FilingComplaints filingComplaints;
    @Autowired HandlingCases handlingCases;
    @Autowired ComplaintSettings complaintSettings;
    @Autowired Notifications notifications;
    @Autowired StaffUsers users;
    @Autowired Units units;
    @Autowired Clock clock;

    @BeforeEach
    void emptyMailboxes() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
    }

    @Test
    void aReportAboutAUnitIsInNoDigestOfItsStaff() throws Exception {
        Tenant t = fixtures.create();
        StaffUser officer = staff(t, "officer", Role.INTEGRITY_OFFICER, null);
        StaffUser officerInSection = staff(t, "officer-in-section", Role.INTEGRITY_OFFICER, t.section().id());
        StaffUser unitStaff = staff(t, "unit", Role.UNIT_STAFF, t.workUnit().id());
        UnitId elsewhere = units.create(t.id(), null, UnitKind.DIVISION, new UnitDetails("กองอื่น " + t.marker(), null, null, null)).id();
        Filed aboutSection = assigned(t, report(t, t.section().id()), officer.id());
        Filed aboutOther = assigned(t, report(t, elsewhere), officer.id());

        // Sixteen days on, both are overdue: the unit is reminded, and so is every integrity officer.
        notifications.sendDigests(LocalDate.now(clock).plusDays(16));

        assertThat(only(mailsTo(officer.email()))).contains(aboutSection.number(), aboutOther.number());
        assertThat(only(mailsTo(officerInSection.email()))).contains(aboutOther.number()).doesNotContain(aboutSection.number());
        assertThat(only(mailsTo(unitStaff.email()))).contains(aboutOther.number()).doesNotContain(aboutSection.number());
    }

    private Filed report(Tenant t, UnitId about) {
        UUID category = complaintSettings.activeCategories(t.id(), Channel.CORRUPTION).get(0).id();
        return filingComplaints.file(t.id(), new Filing(Channel.CORRUPTION, category, "เรียกรับเงิน", "รายละเอียด", null, null,
                null, null, null, null, null, about.value(), true, Contact.NONE, false, Source.WEB, List.of()), null);
    }

    private Filed assigned(Tenant t, Filed filed, UUID actor) {
        handlingCases.move(t.id(), filed.caseId(), CaseStatus.ACKNOWLEDGED, "รับเรื่อง", null, null, actor);
        handlingCases.move(t.id(), filed.caseId(), CaseStatus.ACCEPTED, "รับไว้พิจารณา", null, null, actor);
        handlingCases.move(t.id(), filed.caseId(), CaseStatus.ASSIGNED, "มอบหมาย", null, t.workUnit().id().value(), actor);
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
