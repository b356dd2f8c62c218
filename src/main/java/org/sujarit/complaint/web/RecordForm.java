package org.sujarit.complaint.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.sujarit.complaint.CaseView.Contact;
import org.sujarit.complaint.Channel;

import org.sujarit.complaint.Filing;
import org.sujarit.complaint.Filing.Upload;
import org.sujarit.complaint.Source;

/**
 * A complaint received by phone, letter, walk-in or e-mail, typed by staff with the citizen's
 * fields. {@code submission} names this one filling of the form, so that sending it twice (a
 * reload of the receipt) files one case.
 */
record RecordForm(@NotNull(message = "{validation.required}") Channel channel,
                  @NotNull(message = "{validation.required}") Source source,
                  UUID categoryId,
                  @Size(max = Filing.SUBJECT_MAX, message = "{validation.tooLong}") String subject,
                  @Size(max = Filing.TEXT_MAX, message = "{validation.tooLong}") String description,
                  @Size(max = Filing.VILLAGE_MAX, message = "{validation.tooLong}") String village,
                  @Size(max = Filing.PLACE_MAX, message = "{validation.tooLong}") String place,
                  LocalDate occurredOn,
                  @Size(max = Filing.OCCURRED_TEXT_MAX, message = "{validation.tooLong}") String occurredText,
                  @Size(max = Filing.INVOLVED_MAX, message = "{validation.tooLong}") String involved,
                  UUID involvedUnitId,
                  Boolean anonymous,
                  @Size(max = Filing.NAME_MAX, message = "{validation.tooLong}") String contactName,
                  @Size(max = Filing.PHONE_MAX, message = "{validation.tooLong}") String contactPhone,
                  @Size(max = Filing.EMAIL_MAX, message = "{validation.tooLong}") String contactEmail,
                  @Size(max = Filing.ADDRESS_MAX, message = "{validation.tooLong}") String contactAddress,
                  Boolean notifyByEmail,
                  @Size(max = 40) String submission) {

    static RecordForm blank(String submission) {
        return new RecordForm(Channel.GENERAL, Source.PHONE, null, "", "", "", "", null, "", "", null, false, "", "", "", "",
                false, submission);
    }

    Filing toFiling(List<Upload> uploads) {
        return new Filing(channel, categoryId, strip(subject), strip(description), strip(village), strip(place), null, null,
                occurredOn, strip(occurredText), strip(involved), involvedUnitId, Boolean.TRUE.equals(anonymous),
                new Contact(strip(contactName), strip(contactPhone), strip(contactEmail), strip(contactAddress)),
                Boolean.TRUE.equals(notifyByEmail), source, uploads);
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
