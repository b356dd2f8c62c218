package org.sujarit.registers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.sujarit.notification.Notifications;
import org.sujarit.procurement.Bidder;
import org.sujarit.procurement.ProcurementMethod;
import org.sujarit.procurement.ProcurementSummaries;
import org.sujarit.procurement.PurchaseDetails;
import org.sujarit.staff.NewStaffUser;
import org.sujarit.staff.Role;
import org.sujarit.staff.StaffUser;
import org.sujarit.staff.StaffUsers;
import org.sujarit.staff.TestPrincipals;
import org.sujarit.support.RiskFixture;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;

/**
 * A flag reaches the integrity officer in the daily digest, through a real SMTP server (GreenMail
 * on a free port), naming the bidder and the purchase but not the member of staff; unit staff get
 * nothing of it.
 */
@SpringBootTest(properties = {"spring.mail.host=localhost", "sujarit.public-url=https://sujarit.example.go.th/",
        "sujarit.notifications.cron=-", "sujarit.disclosure.reminders=false"})
class FlagDigestTest {

    private static final int SMTP_PORT = freePort();
    private static final GreenMail SMTP = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Autowired TenantFixture fixtures;
    @Autowired StaffUsers users;
    @Autowired TestPrincipals principals;
    @Autowired ProcurementSummaries procurement;
    @Autowired DeclarationCommittees committees;
    @Autowired InterestDeclarations declarations;
    @Autowired Notifications notifications;
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
    void theOfficerIsToldOfTheMatchInTheDigest() throws Exception {
        Tenant t = fixtures.create();
        StaffUser officer = staff(t, "officer", Role.INTEGRITY_OFFICER, null);
        StaffUser unitStaff = staff(t, "unit", Role.UNIT_STAFF, t.workUnit().id());
        String bidder = "หจก.ก่อสร้าง" + t.marker();
        UUID purchase = procurement.addPurchase(t.id(), RiskFixture.YEAR, 1, new PurchaseDetails("ซ่อมถนน " + t.marker(),
                new BigDecimal("480000"), null, ProcurementMethod.SPECIFIC, List.of(new Bidder(bidder, new BigDecimal("468000"))),
                bidder, new BigDecimal("468000"), "ราคาต่ำสุด", null, null, null, null, null), officer.id());
        committees.name(t.id(), RiskFixture.YEAR, 1, purchase, Set.of(t.userId(Role.STAFF_MEMBER)), officer.id());
        declarations.declareYear(principals.principal(t.username(Role.STAFF_MEMBER)), declarations.currentYear().buddhistYear(),
                new DeclarationDraft(false, List.of(new InterestEntry(InterestKind.BUSINESS, InterestHolder.SIBLING, "นายสมชาย",
                        InterestInvolvement.DIRECTOR, "ห้างหุ้นส่วนจำกัด ก่อสร้าง" + t.marker(), null, "หุ้นส่วนผู้จัดการ"))));

        notifications.sendDigests(LocalDate.now(clock));

        List<MimeMessage> toOfficer = mailsTo(officer.email());
        assertThat(toOfficer).hasSize(1);
        String text = decoded(toOfficer.get(0));
        assertThat(text).contains(bidder).contains("ซ่อมถนน " + t.marker()).contains("/console/registers/flags")
                .doesNotContain("STAFF_MEMBER " + t.marker());
        assertThat(mailsTo(unitStaff.email())).allSatisfy(m -> assertThat(decoded(m)).doesNotContain(bidder));
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
