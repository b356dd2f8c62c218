package org.sujarit.complaint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The complaint centre against a real SMTP server (GreenMail on a free port) and a database of its
 * own, since noticing lapsed deadlines and sending digests act on every tenant. The classes that
 * extend it share one application context; the deadline check is scheduled as in production.
 */
@SpringBootTest(properties = {
        "spring.mail.host=localhost",
        "sujarit.public-url=https://sujarit.example.go.th/",
        "sujarit.notifications.cron=-",
        "sujarit.complaints.deadline-check=0 */15 * * * *",
        "sujarit.test.fresh-database=true",
        // Every new tenant has disclosure items due; their reminders are tried in DisclosuresTest.
        "sujarit.disclosure.reminders=false"})
abstract class MailTestBase {

    private static final int SMTP_PORT = freePort();
    static GreenMail smtp;

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

    static GreenMail startedSmtp() {
        GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    static List<MimeMessage> mailsTo(String address) {
        List<MimeMessage> mails = new ArrayList<>();
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            try {
                if (mail.getAllRecipients() != null
                        && Arrays.stream(mail.getAllRecipients()).anyMatch(to -> to.toString().equals(address))) {
                    mails.add(mail);
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return mails;
    }

    /** Subject and every text part of a mail, decoded. */
    static String everything(MimeMessage mail) {
        try {
            return mail.getSubject() + "\n" + text(mail);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Part part) throws Exception {
        if (part.isMimeType("text/*")) {
            return (String) part.getContent();
        }
        StringBuilder all = new StringBuilder();
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                all.append(text(child)).append('\n');
            }
        }
        return all.toString();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
