package org.sujarit.staff.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.sujarit.staff.Role;
import org.sujarit.staff.StaffUser;
import org.sujarit.staff.StaffUsers;
import org.sujarit.staff.TestPrincipals;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;

/** Invitations go out through the digests' mail server (GreenMail here); the link works once and not after expiry. */
@SpringBootTest(properties = {"spring.mail.host=localhost", "sujarit.public-url=https://sujarit.example.go.th/",
        "sujarit.notifications.cron=-", "sujarit.complaints.friction=false"})
@AutoConfigureMockMvc
class InvitationMailTest {

    private static final int SMTP_PORT = freePort();
    private static final String PASSWORD = "ดอกคูนบานที่บ้านต๋อม-2569";
    static GreenMail smtp;

    @Autowired MockMvc mvc;
    @Autowired TenantFixture fixtures;
    @Autowired TestPrincipals principals;
    @Autowired StaffImport staffImport;
    @Autowired StaffUsers users;
    @Autowired JdbcClient jdbc;

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
    void theMailedLinkSetsThePasswordOnceAndNotAfterItExpires() throws Exception {
        Tenant tenant = fixtures.create();
        String manee = "manee." + tenant.marker() + "@example.org";
        String pranee = "pranee." + tenant.marker() + "@example.org";
        staffImport.confirm(tenant.id(), ("ชื่อ-สกุล,ตำแหน่ง,หน่วยงาน,อีเมล\nมานี มีนา,นักวิชาการ,กอง " + tenant.marker() + "," + manee
                + "\nปราณี ดีใจ,ผู้ช่วย,กอง " + tenant.marker() + "," + pranee
                + "\nชูใจ ใจดี,คนงาน,กอง " + tenant.marker() + ",\n").getBytes(StandardCharsets.UTF_8), false);

        mvc.perform(post("/console/users/invitations/mail").with(csrf()).with(admin(tenant)))
                .andExpect(redirectedUrl("/console/users/invitations"));
        assertThat(smtp.waitForIncomingEmail(10_000, 2)).isTrue();
        String link = linkIn(mailTo(manee));
        assertThat(link).startsWith("https://sujarit.example.go.th/activate?token=");
        String path = link.substring("https://sujarit.example.go.th".length());

        String form = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("manee." + tenant.marker());
        String token = path.substring(path.indexOf('=') + 1);
        mvc.perform(post("/activate").with(csrf()).param("token", token).param("password", "short")
                .param("confirmPassword", "short")).andExpect(status().isUnprocessableContent());
        mvc.perform(post("/activate").with(csrf()).param("token", token).param("password", PASSWORD)
                .param("confirmPassword", PASSWORD)).andExpect(redirectedUrl("/login?activated"));
        mvc.perform(get(path)).andExpect(status().isGone());
        mvc.perform(post("/activate").with(csrf()).param("token", token).param("password", PASSWORD + "!")
                .param("confirmPassword", PASSWORD + "!")).andExpect(status().isGone());
        mvc.perform(post("/login").with(csrf()).param("username", "manee." + tenant.marker()).param("password", PASSWORD))
                .andExpect(redirectedUrl("/console/me"));
        assertThat(jdbc.sql("select count(*) from audit_event where tenant_id = ? and action = 'invitation.accepted'")
                .param(tenant.id().value()).query(Long.class).single()).isEqualTo(1);

        String expiring = linkIn(mailTo(pranee));
        jdbc.sql("update account_invitation set expires_at = now() - interval '1 minute', issued_at = now() - interval '15 days' "
                + "where user_id = (select id from app_user where email = ?)").param(pranee).update();
        String expiredPath = expiring.substring("https://sujarit.example.go.th".length());
        mvc.perform(get(expiredPath)).andExpect(status().isGone());
        mvc.perform(post("/activate").with(csrf()).param("token", expiredPath.substring(expiredPath.indexOf('=') + 1))
                .param("password", PASSWORD).param("confirmPassword", PASSWORD)).andExpect(status().isGone());
        StaffUser praneeAccount = users.list(tenant.id()).stream().filter(u -> pranee.equals(u.email())).findFirst().orElseThrow();
        assertThat(jdbc.sql("select password_hash from app_user where id = ?").param(praneeAccount.id())
                .query(String.class).optional()).isEmpty();

        int before = smtp.getReceivedMessages().length;
        mvc.perform(post("/console/users/" + praneeAccount.id() + "/invitation").with(csrf()).with(admin(tenant))
                .param("kind", "MAIL")).andExpect(redirectedUrl("/console/users/invitations"));
        assertThat(smtp.waitForIncomingEmail(10_000, before + 1)).isTrue();
        assertThat(mailsTo(pranee)).hasSize(2);
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor admin(Tenant tenant) {
        return authentication(principals.authentication(tenant.username(Role.TENANT_ADMIN)));
    }

    private static String linkIn(MimeMessage mail) throws Exception {
        Matcher link = Pattern.compile("https://\\S+/activate\\?token=[A-Za-z0-9_-]+").matcher((String) mail.getContent());
        assertThat(link.find()).isTrue();
        return link.group();
    }

    private static MimeMessage mailTo(String address) {
        List<MimeMessage> mails = mailsTo(address);
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    private static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(to -> to.toString().equals(address));
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
