package org.sujarit.notification;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.sujarit.infrastructure.web.PageNumerals;
import org.sujarit.notification.DueItem;
import org.sujarit.shared.NumeralStyle;
import org.sujarit.shared.ThaiDates;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Writes a digest as an e-mail — Thai first, the English line under each item, dates in the
 * Buddhist Era, absolute links into the console — in plain text and HTML, and sends it.
 */
@Component
class DigestMail {

    private static final Locale THAI = Locale.forLanguageTag("th-TH");

    private final ObjectProvider<JavaMailSender> senders;
    private final ITemplateEngine templates;
    private final NotificationProperties properties;
    private final String publicUrl;

    DigestMail(ObjectProvider<JavaMailSender> senders, ITemplateEngine templates, NotificationProperties properties,
               @Value("${sujarit.public-url:http://localhost:8080}") String publicUrl) {
        this.senders = senders;
        this.templates = templates;
        this.properties = properties;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /** Spring Boot configures a mail sender only when {@code spring.mail.host} is set. */
    boolean configured() {
        return senders.getIfAvailable() != null;
    }

    void send(Digest digest, LocalDate today) throws MessagingException {
        JavaMailSender sender = senders.getObject();
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        helper.setFrom(properties.from());
        helper.setTo(digest.recipient().email());
        helper.setSubject(digest.subject());
        List<Line> lines = digest.items().stream().map(item -> line(item, today)).toList();
        helper.setText(text(digest, lines, today), html(digest, lines, today));
        sender.send(message);
    }

    private Line line(DueItem item, LocalDate today) {
        String titleEn = item.titleEn() == null || item.titleEn().isBlank() ? item.titleTh() : item.titleEn();
        return new Line(item.titleTh(), titleEn, ThaiDates.longDate(item.dueDate(), THAI),
                ThaiDates.longDate(item.dueDate(), Locale.ENGLISH), item.dueDate().isBefore(today),
                publicUrl + item.href());
    }

    private String text(Digest digest, List<Line> lines, LocalDate today) {
        StringBuilder text = new StringBuilder()
                .append("เรียน ").append(digest.recipient().displayName()).append("\n\n")
                .append("รายการในระบบสุจริตที่ใกล้ครบกำหนดหรือเลยกำหนด ณ วันที่ ")
                .append(ThaiDates.longDate(today, THAI)).append(" มี ").append(lines.size()).append(" รายการ\n")
                .append("Items coming due or overdue in Sujarit as of ")
                .append(ThaiDates.longDate(today, Locale.ENGLISH)).append(": ").append(lines.size()).append("\n");
        int number = 0;
        for (Line line : lines) {
            number++;
            text.append('\n').append(number).append(". ")
                    .append(line.overdue() ? "[เลยกำหนด] " : "").append(line.titleTh())
                    .append(" — ครบกำหนด ").append(line.dueTh()).append('\n')
                    .append("   ").append(line.overdue() ? "[Overdue] " : "").append(line.titleEn())
                    .append(" — due ").append(line.dueEn()).append('\n')
                    .append("   ").append(line.url()).append('\n');
        }
        return text.append("\n--\nอีเมลนี้ส่งจากระบบสุจริตโดยอัตโนมัติ วันละไม่เกินหนึ่งฉบับ\n")
                .append("Sent automatically by Sujarit, at most once a day.\n")
                .append(publicUrl).append("/console\n")
                .toString();
    }

    private String html(Digest digest, List<Line> lines, LocalDate today) {
        Context context = new Context(THAI);
        // Thai and English side by side, as the plain-text part: Arabic digits suit both.
        context.setVariable(PageNumerals.VARIABLE, NumeralStyle.ARABIC);
        context.setVariable("subject", digest.subject());
        context.setVariable("name", digest.recipient().displayName());
        context.setVariable("todayTh", ThaiDates.longDate(today, THAI));
        context.setVariable("todayEn", ThaiDates.longDate(today, Locale.ENGLISH));
        context.setVariable("lines", lines);
        context.setVariable("consoleUrl", publicUrl + "/console");
        return templates.process("notification/digest", context);
    }

    record Line(String titleTh, String titleEn, String dueTh, String dueEn, boolean overdue, String url) {
    }
}
