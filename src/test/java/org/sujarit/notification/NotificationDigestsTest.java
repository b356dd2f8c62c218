package org.sujarit.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.sujarit.audit.AuditEvent;
import org.sujarit.audit.AuditTrail;
import org.sujarit.notification.DueItem;
import org.sujarit.staff.NewStaffUser;
import org.sujarit.staff.Role;
import org.sujarit.staff.StaffUser;
import org.sujarit.staff.StaffUsers;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;
import org.sujarit.tenant.Unit;
import org.sujarit.tenant.UnitDetails;
import org.sujarit.tenant.UnitId;
import org.sujarit.tenant.UnitKind;
import org.sujarit.tenant.Units;

/**
 * Digests go through a real SMTP server (GreenMail on a free port): one mail per person per day
 * with their open items, overdue first, in Thai with English lines and Buddhist-Era dates, to the
 * responsible unit's staff or the integrity officer; a failed send leaves no claim behind.
 */
@SpringBootTest(properties = {
        "spring.mail.host=localhost",
        "sujarit.public-url=https://sujarit.example.go.th/",
        // The tests call sendDigests themselves; the daily schedule stays out of their way.
        "sujarit.notifications.cron=-",
        // The digest is tried with its own stub source; the disclosure checklist's reminders, which every
        // new tenant has, are tried in DisclosuresTest.
        "sujarit.disclosure.reminders=false"})
class NotificationDigestsTest {

    private static final int SMTP_PORT = freePort();
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static GreenMail smtp;

    @Autowired Notifications notifications;
    @Autowired StubSource source;
    @Autowired TenantFixture fixtures;
    @Autowired StaffUsers users;
    @Autowired Units units;
    @Autowired AuditTrail trail;
    @Autowired JdbcClient jdbc;
    @Autowired MeterRegistry meters;

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @BeforeAll
    static void startSmtp() {
        smtp = startedSmtp();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @BeforeEach
    void emptyMailboxes() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        source.items.clear();
    }

    @Test
    void threeOpenItemsMakeOneMailOverdueFirstWithoutTheDoneOne() throws Exception {
        Tenant tenant = fixtures.create();
        StaffUser officer = staff(tenant, "officer", Role.INTEGRITY_OFFICER, null);
        source.items.addAll(List.of(
                item(tenant, null, "ทบทวนมาตรการจัดซื้อจัดจ้าง", "Review procurement measures", TODAY.plusDays(5)),
                item(tenant, null, "ประเมินความเสี่ยงการออกใบอนุญาต", "Assess licensing risk", TODAY.minusDays(3)),
                item(tenant, null, "รายงานผลการดำเนินงานรอบ 6 เดือน", "Six-month progress report", TODAY.plusDays(1)),
                done(item(tenant, null, "รายการที่ทำเสร็จแล้ว", "Finished item", TODAY.minusDays(1)))));

        int sent = notifications.sendDigests(TODAY);

        List<MimeMessage> mails = mailsTo(officer);
        assertThat(mails).hasSize(1);
        assertThat(sent).isEqualTo(smtp.getReceivedMessages().length);
        MimeMessage mail = mails.get(0);
        assertThat(mail.getSubject()).isEqualTo("สุจริต: รายการที่ครบกำหนด 3 รายการ (Sujarit: 3 items due)");
        for (String body : List.of(part(mail, "text/plain"), part(mail, "text/html"))) {
            assertThat(body).doesNotContain("รายการที่ทำเสร็จแล้ว", "Finished item");
            assertThat(positions(body, "ประเมินความเสี่ยงการออกใบอนุญาต", "รายงานผลการดำเนินงานรอบ 6 เดือน",
                    "ทบทวนมาตรการจัดซื้อจัดจ้าง")).isSorted();
            assertThat(positions(body, "ประเมินความเสี่ยงการออกใบอนุญาต", "Assess licensing risk",
                    "รายงานผลการดำเนินงานรอบ 6 เดือน", "Six-month progress report")).isSorted();
            assertThat(body).contains("เลยกำหนด", "Overdue", "28 พฤศจิกายน 2569", "28 November 2569 BE",
                    "2 ธันวาคม 2569", "6 December 2569 BE", "1 ธันวาคม 2569",
                    "https://sujarit.example.go.th/console/risk/" + tenant.marker() + "/");
            assertThat(body).doesNotContain("November 2026", "December 2026");
        }
        assertThat(trail.recent(tenant.id(), 5)).filteredOn(event -> event.action().equals("notification.digest-sent"))
                .extracting(AuditEvent::recordType, AuditEvent::recordId)
                .containsExactly(tuple("user", officer.id().toString()));
    }

    @Test
    void aPersonGetsOneDigestADayAndTheNextDayAnother() throws Exception {
        Tenant tenant = fixtures.create();
        StaffUser officer = staff(tenant, "officer", Role.INTEGRITY_OFFICER, null);
        source.items.add(item(tenant, null, "ทบทวนความเสี่ยง", "Review the risk", TODAY.plusDays(2)));

        notifications.sendDigests(TODAY);
        int again = notifications.sendDigests(TODAY);
        assertThat(again).isZero();
        assertThat(mailsTo(officer)).hasSize(1);

        notifications.sendDigests(TODAY.plusDays(1));
        assertThat(mailsTo(officer)).hasSize(2);
        assertThat(mailsTo(officer).get(1).getSubject())
                .isEqualTo("สุจริต: รายการที่ครบกำหนด 1 รายการ (Sujarit: 1 item due)");
    }

    @Test
    void aUnitsItemReachesItsStaffAndTheUnitsBeneathButNoOtherUnit() throws Exception {
        Tenant tenant = fixtures.create();
        Unit otherDivision = units.create(tenant.id(), null, UnitKind.DIVISION,
                new UnitDetails("กองอื่น " + tenant.marker(), null, null, null));
        StaffUser sectionStaff = staff(tenant, "section", Role.UNIT_STAFF, tenant.section().id());
        StaffUser workUnitStaff = staff(tenant, "workunit", Role.UNIT_STAFF, tenant.workUnit().id());
        StaffUser otherStaff = staff(tenant, "other", Role.UNIT_STAFF, otherDivision.id());
        StaffUser officer = staff(tenant, "officer", Role.INTEGRITY_OFFICER, null);
        StaffUser leftStaff = staff(tenant, "left", Role.UNIT_STAFF, tenant.section().id());
        users.deactivate(tenant.id(), leftStaff.id(), officer.id());
        source.items.add(item(tenant, tenant.section().id(), "ความเสี่ยงของฝ่าย", "The section's risk", TODAY.plusDays(3)));
        source.items.add(item(tenant, tenant.workUnit().id(), "ความเสี่ยงของงาน", "The work unit's risk", TODAY.plusDays(4)));

        notifications.sendDigests(TODAY);

        assertThat(mailsTo(sectionStaff)).hasSize(1);
        assertThat(part(mailsTo(sectionStaff).get(0), "text/plain"))
                .contains("ความเสี่ยงของฝ่าย").doesNotContain("ความเสี่ยงของงาน");
        assertThat(mailsTo(workUnitStaff)).hasSize(1);
        assertThat(part(mailsTo(workUnitStaff).get(0), "text/plain")).contains("ความเสี่ยงของฝ่าย", "ความเสี่ยงของงาน");
        assertThat(mailsTo(otherStaff)).isEmpty();
        assertThat(mailsTo(officer)).isEmpty();
        assertThat(mailsTo(leftStaff)).isEmpty();
    }

    @Test
    void anItemWithoutAUnitReachesTheIntegrityOfficerOnly() throws Exception {
        Tenant tenant = fixtures.create();
        StaffUser officer = staff(tenant, "officer", Role.INTEGRITY_OFFICER, null);
        StaffUser unitStaff = staff(tenant, "workunit", Role.UNIT_STAFF, tenant.workUnit().id());
        StaffUser admin = staff(tenant, "admin", Role.TENANT_ADMIN, null);
        source.items.add(item(tenant, null, "ประเมินความเสี่ยงทั้งองค์กร", "Organisation-wide risk assessment",
                TODAY.plusDays(7)));

        notifications.sendDigests(TODAY);

        assertThat(mailsTo(officer)).hasSize(1);
        assertThat(mailsTo(unitStaff)).isEmpty();
        assertThat(mailsTo(admin)).isEmpty();
    }

    @Test
    void nothingIsSentToAPersonWhoseItemsAreAllDone() {
        Tenant tenant = fixtures.create();
        StaffUser officer = staff(tenant, "officer", Role.INTEGRITY_OFFICER, null);
        source.items.add(done(item(tenant, null, "เสร็จแล้ว", "Done", TODAY.minusDays(2))));

        assertThat(notifications.sendDigests(TODAY)).isZero();
        assertThat(mailsTo(officer)).isEmpty();
        assertThat(claimed(officer, TODAY)).isFalse();
    }

    /** Each send and each failure also counts in the measures the operator's monitoring reads. */
    @Test
    void aFailedSendLeavesNoClaimSoALaterRunRetries() throws Exception {
        Tenant tenant = fixtures.create();
        StaffUser officer = staff(tenant, "officer", Role.INTEGRITY_OFFICER, null);
        source.items.add(item(tenant, null, "ทบทวนความเสี่ยง", "Review the risk", TODAY.plusDays(2)));
        double sent = digests("sent");
        double failed = digests("failed");

        smtp.stop();
        try {
            assertThat(notifications.sendDigests(TODAY)).isZero();
            assertThat(claimed(officer, TODAY)).isFalse();
            assertThat(digests("failed")).as("the officer's digest and any other not yet sent today")
                    .isGreaterThanOrEqualTo(failed + 1);
            assertThat(digests("sent")).isEqualTo(sent);
        } finally {
            smtp = startedSmtp();
        }
        double failures = digests("failed") - failed;

        int retried = notifications.sendDigests(TODAY);
        assertThat(retried).isPositive();
        assertThat(mailsTo(officer)).hasSize(1);
        assertThat(claimed(officer, TODAY)).isTrue();
        assertThat(digests("sent")).as("every failed digest, sent by the next run").isEqualTo(sent + retried)
                .isEqualTo(sent + failures);
        assertThat(digests("failed")).isEqualTo(failed + failures);
    }

    private double digests(String outcome) {
        return meters.get("sujarit.digests." + outcome).counter().count();
    }

    @Test
    void aRefusalIsLoggedWithoutTheAddress() {
        String logged = Notifications.withoutAddress(new MessagingException("Invalid Addresses",
                new MessagingException("550 5.1.1 <Someone@Example.org>: Recipient address rejected")), "someone@example.org");
        assertThat(logged).doesNotContainIgnoringCase("someone@example.org").contains("<recipient>", "550 5.1.1");
    }

    private StaffUser staff(Tenant tenant, String name, Role role, UnitId unit) {
        return users.create(new NewStaffUser(tenant.id(), tenant.marker() + "." + name, name + " " + tenant.marker(),
                name + "." + tenant.marker() + "@example.org", unit, EnumSet.of(role), null, TenantFixture.PASSWORD,
                false, false));
    }

    private static DueItem item(Tenant tenant, UnitId unit, String titleTh, String titleEn, LocalDate due) {
        return new DueItem(tenant.id().value(), unit == null ? null : unit.value(), "risk", titleTh, titleEn, due,
                "/console/risk/" + tenant.marker() + "/" + UUID.randomUUID(), false);
    }

    private static DueItem done(DueItem item) {
        return new DueItem(item.tenantId(), item.unitId(), item.module(), item.titleTh(), item.titleEn(),
                item.dueDate(), item.href(), true);
    }

    private boolean claimed(StaffUser user, LocalDate day) {
        return jdbc.sql("select exists (select 1 from notification_digest where user_id = ? and day = ?)")
                .params(user.id(), day).query(Boolean.class).single();
    }

    private static List<MimeMessage> mailsTo(StaffUser user) {
        List<MimeMessage> mails = new ArrayList<>();
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            try {
                Address[] to = mail.getAllRecipients();
                if (to != null && Arrays.stream(to).anyMatch(address -> address.toString().equals(user.email()))) {
                    mails.add(mail);
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return mails;
    }

    /** The decoded text of the first part of the given type. */
    private static String part(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String found = part(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static List<Integer> positions(String body, String... texts) {
        return Arrays.stream(texts).map(text -> {
            int position = body.indexOf(text);
            assertThat(position).as("position of %s", text).isNotNegative();
            return position;
        }).toList();
    }

    private static GreenMail startedSmtp() {
        GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Items for the fixture tenants of the test at hand, as the risk module would offer them. */
    static class StubSource implements DueItem.Source {

        final List<DueItem> items = new CopyOnWriteArrayList<>();

        @Override
        public List<DueItem> dueItems(LocalDate today) {
            return List.copyOf(items);
        }
    }

    @TestConfiguration
    static class StubSourceConfiguration {

        @Bean
        StubSource stubSource() {
            return new StubSource();
        }
    }
}
