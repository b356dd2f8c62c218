package org.sujarit.oversight.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.sujarit.notification.Notifications;
import org.sujarit.staff.NewStaffUser;
import org.sujarit.staff.Role;
import org.sujarit.staff.StaffUser;
import org.sujarit.staff.StaffUsers;
import org.sujarit.staff.TestPrincipals;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;

/**
 * A request from the province reaches the LAO's integrity officer in the daily digest, through a
 * real SMTP server (GreenMail on a free port), with its subject, who sent it and the link to answer
 * it; once overdue it is still there, once answered it is not; unit staff and another LAO's officer
 * get nothing of it.
 */
@SpringBootTest(properties = {"spring.mail.host=localhost", "sujarit.public-url=https://sujarit.example.go.th/",
        "sujarit.notifications.cron=-", "sujarit.disclosure.reminders=false"})
class OversightRequestDigestTest {

    private static final int SMTP_PORT = freePort();
    private static final GreenMail SMTP = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Autowired TenantFixture fixtures;
    @Autowired StaffUsers users;
    @Autowired TestPrincipals principals;
    @Autowired OversightRequests requests;
    @Autowired Notifications notifications;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        SMTP.start();
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
    }

    @Test
    void theOfficerIsAskedInTheDigestUntilTheRequestIsAnswered() throws Exception {
        Tenant lao = fixtures.create();
        Tenant other = fixtures.create();
        StaffUser officer = staff(lao, "officer", Role.INTEGRITY_OFFICER, null);
        StaffUser unitStaff = staff(lao, "unit", Role.UNIT_STAFF, lao.workUnit().id());
        StaffUser otherOfficer = staff(other, "officer", Role.INTEGRITY_OFFICER, null);
        String subject = "ยังไม่รายงานผลรอบที่ 2 " + lao.marker();
        UUID id = requests.send(principals.principal("oversight.phayao"), lao.organisation().slug(),
                new RequestDraft("plan.round-reported", 2569, subject, "ขอให้รายงานผลการดำเนินงานรอบที่ 2", requests.today().plusDays(3)));
        LocalDate today = LocalDate.now(clock);

        notifications.sendDigests(today);

        List<MimeMessage> toOfficer = mailsTo(officer.email());
        assertThat(toOfficer).hasSize(1);
        assertThat(decoded(toOfficer.get(0))).contains(subject).contains("/console/oversight-requests/" + id)
                .contains("สำนักงาน ป.ป.ช. ประจำจังหวัดพะเยา");
        assertThat(mailsTo(unitStaff.email())).allSatisfy(m -> assertThat(decoded(m)).doesNotContain(subject));
        assertThat(mailsTo(otherOfficer.email())).allSatisfy(m -> assertThat(decoded(m)).doesNotContain(subject));

        // The due date goes by without an answer: the next day's digest still asks.
        jdbc.sql("update oversight_request set due_on = ? where id = ?").params(today, id).update();
        notifications.sendDigests(today.plusDays(1));
        List<MimeMessage> overdue = mailsTo(officer.email());
        assertThat(overdue).hasSize(2);
        assertThat(decoded(overdue.get(1))).contains(subject);

        requests.answer(lao.id(), id, "รายงานแล้วเมื่อวานนี้", officer.id());
        notifications.sendDigests(today.plusDays(2));
        List<MimeMessage> afterAnswer = mailsTo(officer.email());
        assertThat(afterAnswer.subList(2, afterAnswer.size())).noneMatch(m -> decoded(m).contains(subject));
    }

    private static String decoded(MimeMessage mail) {
        try {
            return collect(mail.getContent());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String collect(Object content) throws Exception {
        if (content instanceof String text) {
            return text;
        }
        StringBuilder all = new StringBuilder();
        if (content instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                all.append(collect(multipart.getBodyPart(i).getContent())).append('\n');
            }
        }
        return all.toString();
    }

    private static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients() != null && Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(address));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private StaffUser staff(Tenant t, String name, Role role, org.sujarit.tenant.UnitId unit) {
        return users.create(new NewStaffUser(t.id(), t.marker() + "." + name, name + " " + t.marker(),
                name + "." + t.marker() + "@example.org", unit, EnumSet.of(role), null, TenantFixture.PASSWORD, false, false));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
