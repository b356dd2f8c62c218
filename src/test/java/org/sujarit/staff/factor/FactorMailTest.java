package org.sujarit.staff.factor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.EnumSet;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
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
import org.sujarit.staff.NewStaffUser;
import org.sujarit.staff.Role;
import org.sujarit.staff.StaffUser;
import org.sujarit.staff.StaffUsers;
import org.sujarit.support.SecondFactors;
import org.sujarit.support.Sessions;
import org.sujarit.support.TenantFixture;
import org.sujarit.support.TenantFixture.Tenant;

/**
 * A member of staff is told by e-mail (a real SMTP server, GreenMail) when their second factors
 * change: turned on, renewed, reset by their tenant admin; the mail never carries a code or key.
 * The reset is in the audit trail.
 */
@SpringBootTest(properties = {
        "spring.mail.host=localhost",
        "sujarit.public-url=https://sujarit.example.go.th/",
        "sujarit.notifications.cron=-",
        "sujarit.disclosure.reminders=false"})
@AutoConfigureMockMvc
class FactorMailTest {

    private static final int SMTP_PORT = freePort();
    private static GreenMail smtp;

    @Autowired MockMvc mvc;
    @Autowired TenantFixture fixtures;
    @Autowired StaffUsers users;
    @Autowired OneTimeCodes codes;
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
    void theResetIsAuditedAndMailedToThePerson() throws Exception {
        Tenant t = fixtures.create();
        String address = t.marker() + ".custodian@example.go.th";
        StaffUser custodian = users.create(new NewStaffUser(t.id(), t.marker() + ".keeper", "ผู้ดูแล " + t.marker(), address, null,
                EnumSet.of(Role.IDENTITY_CUSTODIAN), null, TenantFixture.PASSWORD, false, false));
        codes.enrolConfirmed(custodian.id(), SecondFactors.FIXTURE_KEY);
        List<String> recovery = codes.renewRecoveryCodes(custodian.id(), null);
        MimeMessage renewed = awaitMailTo(address, 1);
        assertThat(GreenMailUtil.getBody(renewed)).doesNotContain(recovery.get(0)).doesNotContain(SecondFactors.FIXTURE_KEY);

        Cookie admin = Sessions.signIn(mvc, t.username(Role.TENANT_ADMIN), TenantFixture.PASSWORD);
        mvc.perform(post("/console/users/" + custodian.id() + "/second-factors/reset").cookie(admin).with(csrf()))
                .andExpect(status().is3xxRedirection());

        MimeMessage reset = awaitMailTo(address, 2);
        assertThat(reset.getSubject()).isEqualTo("การลงชื่อเข้าใช้บัญชีของท่านเปลี่ยนไป / Your Sujarit sign-in changed");
        String body = GreenMailUtil.getBody(reset);
        assertThat(reset.getContent().toString()).contains("ผู้ดูแลระบบได้ล้างปัจจัยที่สองทั้งหมด")
                .contains("An admin removed all your second factors").contains(custodian.username())
                .contains("https://sujarit.example.go.th/account");
        assertThat(body).isNotBlank();
        assertThat(codes.active(custodian.id())).isFalse();
        assertThat(jdbc.sql("select actor_label from audit_event where action = 'user.factors-reset' and record_id = ?")
                .param(custodian.id().toString()).query(String.class).list()).containsExactly(t.username(Role.TENANT_ADMIN));
    }

    private static MimeMessage awaitMailTo(String address, int count) throws Exception {
        for (int i = 0; i < 100; i++) {
            List<MimeMessage> mine = java.util.Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
                try {
                    return m.getAllRecipients()[0].toString().equals(address);
                } catch (jakarta.mail.MessagingException e) {
                    return false;
                }
            }).toList();
            if (mine.size() >= count) {
                return mine.get(count - 1);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No mail number " + count + " to " + address);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
