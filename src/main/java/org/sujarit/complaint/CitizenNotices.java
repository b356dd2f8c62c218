package org.sujarit.complaint;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.sujarit.complaint.vault.IdentityVault;
import org.sujarit.notification.OutgoingMail;
import org.sujarit.shared.TenantId;
import org.sujarit.tenant.Organisation;
import org.sujarit.tenant.Organisations;

/**
 * Tells a citizen who gave an e-mail address and asked for notices that their case has an update:
 * the case number and where to read it, never the content — the mailbox may be read by others, and
 * mail is not a channel for what the secret protects. At most one notice per case per day, kept by
 * the database so that several updates (or several instances) make one mail.
 */
@Component
class CitizenNotices {

    private static final Logger log = LoggerFactory.getLogger(CitizenNotices.class);

    private final CaseViews views;
    private final JdbcClient jdbc;
    private final Organisations organisations;
    private final OutgoingMail mail;
    private final Clock clock;
    private final IdentityVault vault;

    CitizenNotices(CaseViews views, JdbcClient jdbc, Organisations organisations, OutgoingMail mail, Clock clock,
                   IdentityVault vault) {
        this.vault = vault;
        this.views = views;
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.mail = mail;
        this.clock = clock;
    }

    /**
     * After the update is committed, so that no mail announces what was rolled back. A failed send
     * gives the day's claim back, so that the next update tries again.
     */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void notice(CitizenUpdate update) {
        if (!mail.available()) {
            return;
        }
        CaseView c = views.find(update.tenant(), update.caseId()).orElse(null);
        String address = c == null || !c.notifyByEmail() ? null
                : c.channel().sealsAtRest() ? vault.noticeEmail(update.tenant(), c.id()).orElse(null)
                : c.contact() == null ? null : c.contact().email();
        if (address == null || address.isBlank()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        if (!claimNotice(update.tenant(), c.id(), today, clock.instant())) {
            return;
        }
        Organisation organisation = organisations.get(update.tenant());
        try {
            mail.send(address.strip(), subject(c.number()), text(c.number(), organisation, trackingUrl(organisation)));
        } catch (jakarta.mail.MessagingException | MailException e) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            log.warn("Notice of an update to case {} not sent, the next update will try again: {}", c.number(),
                    OutgoingMail.describe(e, address));
        }
    }

    /** Claims today's notice for a case; false when one was already sent today. */
    private boolean claimNotice(TenantId tenant, UUID caseId, LocalDate day, Instant at) {
        return jdbc.sql("insert into complaint_notice (case_id, tenant_id, day, sent_at) values (?, ?, ?, ?) on conflict do nothing")
                .params(caseId, tenant.value(), Date.valueOf(day), Timestamp.from(at)).update() == 1;
    }

    private String trackingUrl(Organisation organisation) {
        return mail.publicUrl() + "/" + organisation.slug() + "/complaints/track";
    }

    static String subject(String number) {
        return "เรื่องเลขที่ " + number + " มีความคืบหน้า (Case " + number + " has an update)";
    }

    static String text(String number, Organisation organisation, String trackingUrl) {
        return "เรื่องเลขที่ " + number + " ที่ท่านแจ้งต่อ" + organisation.nameTh() + " มีความคืบหน้า\n"
                + "โปรดเข้าดูด้วยเลขที่เรื่องและรหัสติดตามที่ท่านได้รับเมื่อแจ้งเรื่อง ที่\n"
                + trackingUrl + "\n\n"
                + "There is an update on case " + number + " that you filed with "
                + (organisation.nameEn() == null ? organisation.nameTh() : organisation.nameEn()) + ".\n"
                + "Read it with the case number and the tracking code you were given when you filed it, at\n"
                + trackingUrl + "\n\n"
                + "--\n"
                + "อีเมลนี้ส่งจากระบบสุจริตโดยอัตโนมัติ ไม่เกินวันละหนึ่งฉบับต่อเรื่อง โปรดอย่าตอบกลับ\n"
                + "Sent automatically by Sujarit, at most once a day per case. Please do not reply.\n";
    }
}
