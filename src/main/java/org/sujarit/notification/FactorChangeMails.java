package org.sujarit.notification;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.mail.MessagingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.sujarit.shared.TenantId;
import org.sujarit.shared.ThaiDates;
import org.sujarit.staff.StaffUser;
import org.sujarit.staff.StaffUserChanged;
import org.sujarit.staff.StaffUserChanged.Change;
import org.sujarit.staff.StaffUsers;

/**
 * Tells a member of staff by e-mail, Thai first then English, that a way of signing in to their
 * account was added or removed (one-time codes, recovery codes, passkeys, linked identities, an
 * admin's reset): if it was not them, they know at once. Sent after the change is committed; the
 * mail names the change and the time, never a code, a key or an identity.
 */
@Component
class FactorChangeMails {

    static final Set<Change> MAILED = EnumSet.of(Change.TOTP_ADDED, Change.TOTP_REMOVED, Change.RECOVERY_CODES_RENEWED,
            Change.PASSKEY_ADDED, Change.PASSKEY_REMOVED, Change.FACTORS_RESET, Change.IDENTITY_LINKED,
            Change.IDENTITY_UNLINKED);

    private static final Logger log = LoggerFactory.getLogger(FactorChangeMails.class);
    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    private static final Locale THAI = Locale.forLanguageTag("th-TH");

    private final OutgoingMail mail;
    private final StaffUsers users;
    private final Clock clock;

    FactorChangeMails(OutgoingMail mail, StaffUsers users, Clock clock) {
        this.mail = mail;
        this.users = users;
        this.clock = clock;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(StaffUserChanged event) {
        if (!MAILED.contains(event.change()) || !mail.available()) {
            return;
        }
        Optional<StaffUser> user = users.find(event.tenantId() == null ? null : new TenantId(event.tenantId()), event.userId());
        if (user.isEmpty() || user.get().email() == null || user.get().email().isBlank()) {
            return;
        }
        String[] what = describe(event.change());
        LocalDateTime now = LocalDateTime.now(clock.withZone(BANGKOK));
        String thaiTime = ThaiDates.dateTime(now, THAI);
        String englishTime = ThaiDates.dateTime(now, Locale.ENGLISH) + " (Bangkok)";
        String text = "เรียน " + user.get().displayName() + "\n\n"
                + what[0] + " ในบัญชี " + user.get().username() + " ของระบบสุจริต เมื่อ " + thaiTime + "\n"
                + "หากไม่ใช่ท่านเป็นผู้ทำ โปรดแจ้งผู้ดูแลระบบของหน่วยงานทันที และเปลี่ยนรหัสผ่านที่ " + mail.publicUrl() + "/account\n\n"
                + what[1] + " on your Sujarit account " + user.get().username() + " on " + englishTime + ".\n"
                + "If this was not you, tell your organisation's admin at once and change your password at "
                + mail.publicUrl() + "/account\n";
        try {
            mail.send(user.get().email(), "การลงชื่อเข้าใช้บัญชีของท่านเปลี่ยนไป / Your Sujarit sign-in changed", text);
        } catch (MessagingException | RuntimeException e) {
            log.warn("Factor change mail ({}) for user {} not sent: {}", event.change(), event.userId(),
                    OutgoingMail.describe(e, user.get().email()));
        }
    }

    private static String[] describe(Change change) {
        return switch (change) {
            case TOTP_ADDED -> new String[] {"มีการเปิดใช้รหัสใช้ครั้งเดียว (แอปยืนยันตัวตน)", "One-time codes (an authenticator app) were turned on"};
            case TOTP_REMOVED -> new String[] {"มีการปิดรหัสใช้ครั้งเดียว", "One-time codes were turned off"};
            case RECOVERY_CODES_RENEWED -> new String[] {"มีการออกรหัสกู้คืนชุดใหม่", "New recovery codes were issued"};
            case PASSKEY_ADDED -> new String[] {"มีการเพิ่มพาสคีย์", "A passkey was added"};
            case PASSKEY_REMOVED -> new String[] {"มีการลบพาสคีย์", "A passkey was removed"};
            case FACTORS_RESET -> new String[] {"ผู้ดูแลระบบได้ล้างปัจจัยที่สองทั้งหมด (รหัสใช้ครั้งเดียวและพาสคีย์)",
                    "An admin removed all your second factors (one-time codes and passkeys)"};
            case IDENTITY_LINKED -> new String[] {"มีการเชื่อมบัญชีกับผู้ให้บริการยืนยันตัวตน", "A sign-in identity was linked"};
            case IDENTITY_UNLINKED -> new String[] {"มีการยกเลิกการเชื่อมบัญชีกับผู้ให้บริการยืนยันตัวตน", "A sign-in identity was unlinked"};
            default -> throw new IllegalArgumentException(change.name());
        };
    }
}
