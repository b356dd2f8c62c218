package org.sujarit.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.sujarit.notification.DueItem;

/**
 * Sends each person one e-mail a day listing their open items from every {@link DueItem.Source}.
 * The claim in the database, taken before sending, keeps it to one a day however many instances
 * run; a failed send gives the claim back so that a later run retries. Sent and failed digests
 * count in {@code sujarit.digests.sent} and {@code sujarit.digests.failed}, for the operator to
 * notice a mail server that refuses.
 */
@Service
public class Notifications {

    private static final Logger log = LoggerFactory.getLogger(Notifications.class);

    private final ObjectProvider<DueItem.Source> sources;
    private final Recipients recipients;
    private final DigestClaims claims;
    private final DigestMail mail;
    private final NotificationProperties properties;
    private final Counter sentDigests;
    private final Counter failedDigests;
    private final Clock clock;

    Notifications(ObjectProvider<DueItem.Source> sources, Recipients recipients, DigestClaims claims, DigestMail mail,
                  NotificationProperties properties, MeterRegistry registry, Clock clock) {
        this.sources = sources;
        this.recipients = recipients;
        this.claims = claims;
        this.mail = mail;
        this.properties = properties;
        this.sentDigests = Counter.builder("sujarit.digests.sent").description("Daily digests mailed").register(registry);
        this.failedDigests = Counter.builder("sujarit.digests.failed")
                .description("Daily digests the mail server did not take (retried by a later run)").register(registry);
        this.clock = clock;
    }

    @Scheduled(cron = "${sujarit.notifications.cron:0 0 7 * * *}", zone = "Asia/Bangkok")
    @SchedulerLock(name = "notification-digests", lockAtMostFor = "PT1H")
    void sendTodaysDigests() {
        sendDigests(LocalDate.now(clock));
    }

    /** @return how many e-mails were sent */
    public int sendDigests(LocalDate today) {
        if (!properties.enabled()) {
            log.info("Notification digests are switched off (sujarit.notifications.enabled=false)");
            return 0;
        }
        if (!mail.configured()) {
            log.info("Notification digests for {} skipped: no mail server configured (spring.mail.host)", today);
            return 0;
        }
        int sent = 0;
        for (Digest digest : recipients.digests(openItems(today))) {
            if (claims.claim(digest, today) && send(digest, today)) {
                sent++;
            }
        }
        log.info("Notification digests for {}: {} sent", today, sent);
        return sent;
    }

    private List<DueItem> openItems(LocalDate today) {
        List<DueItem> open = new ArrayList<>();
        sources.orderedStream().forEach(source -> {
            try {
                source.dueItems(today).stream().filter(item -> !item.done()).forEach(open::add);
            } catch (RuntimeException e) {
                // One module's failure must not keep the others' reminders from going out.
                log.error("Due items of {} could not be read; they are left out of the digests for {}",
                        source.getClass().getName(), today, e);
            }
        });
        return open;
    }

    private boolean send(Digest digest, LocalDate today) {
        try {
            mail.send(digest, today);
        } catch (MessagingException | RuntimeException e) {
            claims.release(digest, today);
            log.warn("Notification digest for user {} on {} not sent, to be retried by a later run: {}",
                    digest.recipient().id(), today, withoutAddress(e, digest.recipient().email()));
            failedDigests.increment();
            return false;
        }
        claims.markSent(digest, today);
        sentDigests.increment();
        return true;
    }

    /**
     * The failure's kind and innermost message, with the recipient's address taken out: mail
     * servers quote it in their refusals, and logs are not the place for it.
     */
    static String withoutAddress(Throwable failure, String address) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String description = failure.getClass().getSimpleName()
                + (root == failure ? "" : " caused by " + root.getClass().getSimpleName())
                + (root.getMessage() == null ? "" : ": " + root.getMessage());
        return Pattern.compile(Pattern.quote(address), Pattern.CASE_INSENSITIVE).matcher(description)
                .replaceAll(Matcher.quoteReplacement("<recipient>"));
    }
}
