package org.sujarit.registers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.sujarit.notification.Notifications;
import org.sujarit.staff.NewStaffUser;
import org.sujarit.staff.Role;
import org.sujarit.staff.StaffUser;
import org.sujarit.staff.StaffUsers;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;

/**
 * Past the signing date the officer set for a year, the agreements still awaiting a signature are
 * one item of the integrity officer's daily digest, through a real SMTP server (GreenMail); none
 * before the date, none once all are signed.
 */
@SpringBootTest(properties = {"spring.mail.host=localhost", "sujarit.public-url=https://sujarit.example.go.th/",
        "sujarit.notifications.cron=-", "sujarit.disclosure.reminders=false"})
class AgreementDigestTest {

    private static final int SMTP_PORT = freePort();
    /** Fiscal year 2570 runs from 1 October 2026; the officer wants its agreements signed by 15 November 2026. */
    private static final int YEAR = 2570;
    private static final LocalDate SIGN_BY = LocalDate.of(2026, 11, 15);
    private static GreenMail smtp;

    @Autowired Notifications notifications;
    @Autowired TenantFixture fixtures;
    @Autowired StaffUsers users;
    @Autowired DraftingAgreements drafting;
    @Autowired SigningAgreements signing;
    @Autowired AgreementRegister register;

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
    void agreementsAwaitingASignaturePastTheDateAreInTheOfficersDigest() {
        Tenant t = fixtures.create();
        StaffUser officer = users.create(new NewStaffUser(t.id(), t.marker() + ".officer", "officer " + t.marker(),
                "officer." + t.marker() + "@example.org", null, EnumSet.of(Role.INTEGRITY_OFFICER), null, TenantFixture.PASSWORD,
                false, false));
        var goals = List.of(new AgreementGoal("ลดขั้นตอน", "จำนวนวัน", "ไม่เกิน 5 วัน", 100));
        var id = drafting.draft(t.id(), new AgreementContent(YEAR, t.userId(Role.STAFF_MEMBER), null, t.userId(Role.UNIT_STAFF),
                goals), officer.id(), true);
        drafting.draft(t.id(), new AgreementContent(YEAR, t.userId(Role.COUNCIL_MEMBER), null, t.userId(Role.EXECUTIVE), goals),
                officer.id(), true);
        drafting.setSignBy(t.id(), YEAR, SIGN_BY);

        notifications.sendDigests(SIGN_BY);
        assertThat(mailsTo(officer)).isEmpty();

        String hash = register.open(t.id(), id, t.userId(Role.STAFF_MEMBER), false).contentHash();
        signing.sign(t.id(), id, t.userId(Role.STAFF_MEMBER), hash);
        signing.sign(t.id(), id, t.userId(Role.UNIT_STAFF), hash);
        notifications.sendDigests(SIGN_BY.plusDays(1));
        List<MimeMessage> mails = mailsTo(officer);
        assertThat(mails).hasSize(1);
        String body = GreenMailUtil.getBody(mails.get(0));
        assertThat(decoded(mails.get(0))).contains("ข้อตกลงการปฏิบัติราชการ ปีงบประมาณ 2570 ยังรอลงนาม 1 ฉบับ",
                "/console/registers/agreements?year=2570").doesNotContain("COUNCIL_MEMBER");
        assertThat(body).isNotBlank();
    }

    private static String decoded(MimeMessage mail) {
        try {
            StringBuilder text = new StringBuilder();
            collect(mail, text);
            return text.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collect(jakarta.mail.Part part, StringBuilder text) throws Exception {
        if (part.isMimeType("text/*")) {
            text.append(part.getContent());
        } else if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), text);
            }
        }
    }

    private static List<MimeMessage> mailsTo(StaffUser user) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(mail -> {
            try {
                return mail.getAllRecipients() != null && Arrays.stream(mail.getAllRecipients())
                        .anyMatch(address -> address.toString().equals(user.email()));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
