package org.sujarit.registers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.sujarit.notification.Notifications;
import org.sujarit.shared.ThaiTaxId;
import org.sujarit.staff.NewStaffUser;
import org.sujarit.staff.Role;
import org.sujarit.staff.StaffUser;
import org.sujarit.staff.StaffUsers;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;

/**
 * A reported gift waits in the executive's daily digest (a real SMTP server, GreenMail), not in the
 * integrity officer's, until the executive decides; the mail names the value, never the person.
 */
@SpringBootTest(properties = {
        "spring.mail.host=localhost",
        "sujarit.public-url=https://sujarit.example.go.th/",
        "sujarit.notifications.cron=-",
        "sujarit.disclosure.reminders=false"})
class GiftDigestTest {

    private static final int SMTP_PORT = freePort();
    private static GreenMail smtp;

    @Autowired Notifications notifications;
    @Autowired RecordingGifts recording;
    @Autowired DecidingGiftReports deciding;
    @Autowired TenantFixture fixtures;
    @Autowired StaffUsers users;

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @Test
    void theReportReachesTheExecutiveUntilDecided() throws Exception {
        Tenant t = fixtures.create();
        StaffUser executive = staff(t, "mayor", Role.EXECUTIVE);
        StaffUser officer = staff(t, "officer", Role.INTEGRITY_OFFICER);
        LocalDate received = LocalDate.now().minusDays(3);
        UUID gift = recording.record(t.id(), t.userId(Role.STAFF_MEMBER), new GiftEntry("บริษัท ให้ของ " + t.marker(),
                GiverKind.ORGANISATION, ThaiTaxId.parse("0105512345671").orElseThrow(), false, null, false, "ปีใหม่",
                GiftCategory.GOODS, "ชุดเครื่องใช้ไฟฟ้า", new BigDecimal("5000.00"), received, GiftAction.REPORTED));

        LocalDate day = LocalDate.now();
        notifications.sendDigests(day);

        List<MimeMessage> toExecutive = mailsTo(executive);
        assertThat(toExecutive).hasSize(1);
        String decoded = text(toExecutive.get(0));
        assertThat(decoded).contains("5,000.00", "/console/registers/gifts/" + gift)
                .doesNotContain(t.accounts().get(Role.STAFF_MEMBER).displayName(), "บริษัท ให้ของ");
        assertThat(mailsTo(officer)).as("an item addressed to the executive is not the integrity officer's").isEmpty();

        deciding.decide(t.id(), gift, GiftDecision.RETURN, "ส่งคืนบริษัท", executive.id());
        smtp.purgeEmailFromAllMailboxes();
        notifications.sendDigests(day.plusDays(1));
        assertThat(mailsTo(executive)).isEmpty();
    }

    private StaffUser staff(Tenant t, String name, Role role) {
        return users.create(new NewStaffUser(t.id(), t.marker() + "." + name, name + " " + t.marker(),
                name + "." + t.marker() + "@example.org", null, EnumSet.of(role), null, TenantFixture.PASSWORD, false, false));
    }

    private static String text(jakarta.mail.Part part) throws Exception {
        if (part.isMimeType("text/*")) {
            return (String) part.getContent();
        }
        StringBuilder all = new StringBuilder();
        if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                all.append(text(multipart.getBodyPart(i))).append('\n');
            }
        }
        return all.toString();
    }

    private static List<MimeMessage> mailsTo(StaffUser user) throws MessagingException {
        List<MimeMessage> mails = new ArrayList<>();
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            if (mail.getAllRecipients() != null
                    && Arrays.stream(mail.getAllRecipients()).anyMatch(a -> a.toString().equals(user.email()))) {
                mails.add(mail);
            }
        }
        return mails;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
