package org.sujarit.complaint;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.sujarit.complaint.CaseView.Contact;

/**
 * A complaint as the citizen (or staff on the citizen's behalf) files it. Contact data is optional:
 * an anonymous report carries none.
 */
public record Filing(Channel channel, UUID categoryId, String subject, String description, String village, String place,
                     BigDecimal latitude, BigDecimal longitude, LocalDate occurredOn, String occurredText, String involved,
                     UUID involvedUnitId, boolean anonymous, Contact contact, boolean notifyByEmail, Source source,
                     List<Upload> attachments) {

    /** A file as uploaded: its name as the browser gave it and its bytes. */
    public record Upload(String fileName, byte[] content) {
    }

    public Filing {
        contact = contact == null || anonymous ? Contact.NONE : contact;
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        notifyByEmail = notifyByEmail && !anonymous;
    }
}
