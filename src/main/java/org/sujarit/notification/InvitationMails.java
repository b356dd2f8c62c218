package org.sujarit.notification;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import jakarta.mail.MessagingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.sujarit.shared.ThaiDates;
import org.sujarit.staff.InvitationMail;
import org.sujarit.tenant.Organisation;
import org.sujarit.tenant.Organisations;

/**
 * The invitation to set a first password, sent through the digests' mail server: Thai first,
 * then English, the one-time link and the date it stops working.
 */
@Component
class InvitationMails implements InvitationMail {

    private static final Logger log = LoggerFactory.getLogger(InvitationMails.class);
    private static final Locale THAI = Locale.forLanguageTag("th-TH");
    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    private final OutgoingMail mail;
    private final Organisations organisations;

    InvitationMails(OutgoingMail mail, Organisations organisations) {
        this.mail = mail;
        this.organisations = organisations;
    }

    @Override
    public boolean available() {
        return mail.available();
    }

    @Override
    public boolean send(Invitation invitation) {
        if (!available()) {
            return false;
        }
        Organisation organisation = organisations.get(invitation.tenant());
        LocalDate until = LocalDate.ofInstant(invitation.expiresAt(), BANGKOK);
        String link = mail.publicUrl() + invitation.path();
        String text = "เรียน " + invitation.displayName() + "\n\n"
                + organisation.nameTh() + " เปิดบัญชีในระบบสุจริตให้ท่านแล้ว ชื่อผู้ใช้ของท่านคือ " + invitation.username() + "\n"
                + "โปรดตั้งรหัสผ่านของท่านที่ลิงก์นี้ (ใช้ได้ครั้งเดียว ภายในวันที่ " + ThaiDates.longDate(until, THAI) + "):\n"
                + link + "\n\n"
                + organisation.nameEn() + " has opened an account for you in Sujarit. Your user name is "
                + invitation.username() + ".\n"
                + "Set your password at this link (it works once, until " + ThaiDates.longDate(until, Locale.ENGLISH) + "):\n"
                + link + "\n\n--\nหากท่านไม่ได้ทำงานกับหน่วยงานนี้ โปรดละเว้นอีเมลนี้\n"
                + "If you do not work for this organisation, please ignore this e-mail.\n";
        try {
            mail.send(invitation.to(), "เชิญตั้งรหัสผ่านระบบสุจริต / Set your Sujarit password", text);
            return true;
        } catch (MessagingException | RuntimeException e) {
            log.warn("Invitation mail for user {} not sent: {}", invitation.username(),
                    OutgoingMail.describe(e, invitation.to()));
            return false;
        }
    }
}
