package org.sujarit.notification;

import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Single e-mails other modules send — a citizen's notice that a case has an update — through the
 * digests' mail server, with their sender, switched off with them, and with links starting at the
 * same public URL.
 */
@Component
public class OutgoingMail {

    private final ObjectProvider<JavaMailSender> senders;
    private final NotificationProperties properties;
    private final String publicUrl;

    OutgoingMail(ObjectProvider<JavaMailSender> senders, NotificationProperties properties,
                 @Value("${sujarit.public-url:http://localhost:8080}") String publicUrl) {
        this.senders = senders;
        this.properties = properties;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /** Whether mail can go out: notifications are on and a mail server is configured ({@code spring.mail.host}). */
    public boolean available() {
        return properties.enabled() && senders.getIfAvailable() != null;
    }

    /** The application's address as the public reaches it, without a trailing slash. */
    public String publicUrl() {
        return publicUrl;
    }

    /** Sends a plain-text mail. */
    public void send(String to, String subject, String text) throws MessagingException {
        JavaMailSender sender = senders.getObject();
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
        helper.setFrom(properties.from());
        helper.setTo(to);
        helper.setSubject(subject);
        helper.setText(text, false);
        sender.send(message);
    }

    /** The failure described for a log, without the recipient's address (mail servers quote it). */
    public static String describe(Throwable failure, String address) {
        return Notifications.withoutAddress(failure, address);
    }
}
