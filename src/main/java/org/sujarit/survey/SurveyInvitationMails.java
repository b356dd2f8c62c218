package org.sujarit.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.mail.MessagingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.sujarit.notification.OutgoingMail;
import org.sujarit.shared.ThaiDates;
import org.sujarit.staff.StaffUser;
import org.sujarit.tenant.Organisation;
import org.sujarit.tenant.Organisations;

/**
 * The invitation to answer a staff survey, through the platform's outgoing mail: Thai first, then
 * English, the one-time link, the day it stops working and the promise that answers stay apart.
 */
@Component
class SurveyInvitationMails {

    private static final Logger log = LoggerFactory.getLogger(SurveyInvitationMails.class);
    private static final Locale THAI = Locale.forLanguageTag("th-TH");

    private final OutgoingMail mail;
    private final Organisations organisations;

    SurveyInvitationMails(OutgoingMail mail, Organisations organisations) {
        this.mail = mail;
        this.organisations = organisations;
    }

    boolean available() {
        return mail.available();
    }

    /** Sends one invitation; false when the mail server refused it (logged without the address). */
    boolean send(Survey survey, StaffUser to, String path, Instant expiresAt) {
        Organisation organisation = organisations.get(survey.tenant());
        LocalDate until = SurveyInvitations.lastDay(expiresAt);
        String link = mail.publicUrl() + path;
        String english = survey.titleEn() == null ? survey.titleTh() : survey.titleEn();
        String text = "เรียน " + to.displayName() + "\n\n"
                + organisation.nameTh() + " ขอเชิญท่านตอบแบบสำรวจ \"" + survey.titleTh() + "\"\n"
                + "ที่ลิงก์นี้ (ใช้ได้ครั้งเดียว ภายในวันที่ " + ThaiDates.longDate(until, THAI) + "):\n" + link + "\n"
                + "ไม่มีผู้ใดรู้ได้ว่าท่านตอบอย่างไร ระบบบันทึกเพียงว่าท่านตอบแล้ว แยกจากคำตอบ "
                + "หากท่านเข้าสู่ระบบสุจริต จะตอบจากหน้า \"ของฉัน\" ก็ได้\n\n"
                + organisation.nameEn() + " invites you to answer the survey \"" + english + "\"\n"
                + "at this link (it works once, until " + ThaiDates.longDate(until, Locale.ENGLISH) + "):\n" + link + "\n"
                + "No one can tell how you answered: the system records only that you have answered, apart from "
                + "the answers. If you sign in to Sujarit, you may answer from your own page instead.\n";
        try {
            mail.send(to.email(), "เชิญตอบแบบสำรวจ / Survey invitation: " + survey.titleTh(), text);
            return true;
        } catch (MessagingException | RuntimeException e) {
            log.warn("Survey invitation mail for user {} not sent: {}", to.username(), OutgoingMail.describe(e, to.email()));
            return false;
        }
    }
}
