package org.sujarit.complaint;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.sujarit.complaint.CaseView.Contact;
import org.sujarit.shared.RuleViolation;

/**
 * A complaint as the citizen (or staff on the citizen's behalf, or an application through
 * Open311) files it. Contact data is optional: an anonymous report carries none.
 * <p>The sizes and the rules that need nothing but the filing itself are checked here, once for
 * every way in: the citizen's form and the staff's form take their limits from these constants,
 * and a filing that breaks one cannot be made. What needs the tenant (the category, the unit, the
 * date against today) is checked where the complaint is filed.
 */
public record Filing(Channel channel, UUID categoryId, String subject, String description, String village, String place,
                     BigDecimal latitude, BigDecimal longitude, LocalDate occurredOn, String occurredText, String involved,
                     UUID involvedUnitId, boolean anonymous, Contact contact, boolean notifyByEmail, Source source,
                     List<Upload> attachments) {

    public static final int SUBJECT_MAX = 200;
    /** A description, a reply, a note, a reason: any text of a case. */
    public static final int TEXT_MAX = 5000;
    public static final int VILLAGE_MAX = 200;
    public static final int PLACE_MAX = 500;
    public static final int OCCURRED_TEXT_MAX = 200;
    public static final int INVOLVED_MAX = 1000;
    public static final int NAME_MAX = 200;
    public static final int PHONE_MAX = 50;
    /** The longest address a mail system delivers (RFC 5321). */
    public static final int EMAIL_MAX = 254;
    public static final int ADDRESS_MAX = 500;
    public static final int MAX_ATTACHMENTS = 5;

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    /** A file as uploaded: its name as the browser gave it and its bytes. */
    public record Upload(String fileName, byte[] content) {
    }

    public Filing {
        contact = contact == null || anonymous ? Contact.NONE : contact;
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        notifyByEmail = notifyByEmail && !anonymous;
        if (blank(subject) || subject.length() > SUBJECT_MAX) {
            throw new RuleViolation("subject", "complaint.subject.invalid");
        }
        if (blank(description) || description.length() > TEXT_MAX) {
            throw new RuleViolation("description", "complaint.description.invalid");
        }
        longerThan(village, VILLAGE_MAX, "village");
        longerThan(place, PLACE_MAX, "place");
        longerThan(occurredText, OCCURRED_TEXT_MAX, "occurredText");
        longerThan(involved, INVOLVED_MAX, "involved");
        if ((latitude == null) != (longitude == null)) {
            throw new RuleViolation("latitude", "complaint.point.incomplete");
        }
        if (attachments.size() > MAX_ATTACHMENTS) {
            throw new RuleViolation("attachments", "complaint.file.tooMany");
        }
        if (!anonymous) {
            checkContact(contact, notifyByEmail);
        }
    }

    private static void checkContact(Contact c, boolean notifyByEmail) {
        longerThan(c.name(), NAME_MAX, "contactName");
        longerThan(c.phone(), PHONE_MAX, "contactPhone");
        longerThan(c.email(), EMAIL_MAX, "contactEmail");
        longerThan(c.address(), ADDRESS_MAX, "contactAddress");
        if (blank(c.name())) {
            throw new RuleViolation("contactName", "complaint.contact.nameRequired");
        }
        if (blank(c.phone()) && blank(c.email()) && blank(c.address())) {
            throw new RuleViolation("contactPhone", "complaint.contact.wayRequired");
        }
        if (!blank(c.email()) && !EMAIL.matcher(c.email().strip()).matches()) {
            throw new RuleViolation("contactEmail", "complaint.contact.emailInvalid");
        }
        if (notifyByEmail && blank(c.email())) {
            throw new RuleViolation("contactEmail", "complaint.contact.emailForNotices");
        }
    }

    private static void longerThan(String text, int max, String field) {
        if (text != null && text.length() > max) {
            throw new RuleViolation(field, "complaint.field.tooLong");
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
