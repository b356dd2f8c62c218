package org.sujarit.complaint.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.validation.BindingResult;
import org.sujarit.complaint.CaseView.Contact;
import org.sujarit.complaint.Channel;

import org.sujarit.complaint.Filing;
import org.sujarit.complaint.Filing.Upload;
import org.sujarit.complaint.PersonalData;
import org.sujarit.complaint.Source;
import org.sujarit.infrastructure.web.FormErrors;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.ThaiDigits;

/**
 * A complaint as a citizen types it on the portal, or an officer on the citizen's behalf. Every
 * field is text until filed, so that whatever cannot be read comes back as typed; the day it
 * happened is read with {@link #occurredOn(BindingResult)} alongside the other checks, so that a
 * citizen learns of every mistake at once. {@code personalDataChecked} is ticked once the citizen
 * has seen the personal data found in the text and chosen to keep it.
 */
public record CitizenForm(@NotBlank(message = "{complaint.category.invalid}") String categoryId,
                          @NotBlank(message = "{validation.required}") @Size(max = Filing.SUBJECT_MAX, message = "{validation.tooLong}") String subject,
                          @NotBlank(message = "{validation.required}") @Size(max = Filing.TEXT_MAX, message = "{validation.tooLong}") String description,
                          @Size(max = Filing.VILLAGE_MAX, message = "{validation.tooLong}") String village,
                          @Size(max = Filing.PLACE_MAX, message = "{validation.tooLong}") String place,
                          @Size(max = 20, message = "{complaint.point.invalid}") String latitude,
                          @Size(max = 20, message = "{complaint.point.invalid}") String longitude,
                          String occurredOn,
                          @Size(max = Filing.OCCURRED_TEXT_MAX, message = "{validation.tooLong}") String occurredText,
                          @Size(max = Filing.INVOLVED_MAX, message = "{validation.tooLong}") String involved,
                          String involvedUnitId,
                          Boolean anonymous,
                          @Size(max = Filing.NAME_MAX, message = "{validation.tooLong}") String contactName,
                          @Size(max = Filing.PHONE_MAX, message = "{validation.tooLong}") String contactPhone,
                          @Size(max = Filing.EMAIL_MAX, message = "{validation.tooLong}") String contactEmail,
                          @Size(max = Filing.ADDRESS_MAX, message = "{validation.tooLong}") String contactAddress,
                          Boolean notifyByEmail,
                          Boolean personalDataChecked,
                          Source source) {

    public CitizenForm {
        anonymous = Boolean.TRUE.equals(anonymous);
        notifyByEmail = Boolean.TRUE.equals(notifyByEmail);
        personalDataChecked = Boolean.TRUE.equals(personalDataChecked);
    }

    public static CitizenForm blank() {
        return new CitizenForm("", "", "", "", "", "", "", "", "", "", "", false, "", "", "", "", false, false, null);
    }

    /** The day it happened, in the Buddhist Era as every form's date; {@code null} when blank or rejected on the binding. */
    public LocalDate occurredOn(BindingResult binding) {
        return FormErrors.date(binding, "occurredOn", occurredOn);
    }

    /** The fields of free text, where personal data is looked for (not the contact fields, which are meant for it). */
    static final List<String> FREE_TEXT = List.of("subject", "description", "place", "occurredText", "involved");

    /** Personal data found in the free text the citizen wrote. */
    public List<PersonalData.Finding> personalData() {
        return PersonalData.find(subject, description, place, occurredText, involved);
    }

    /**
     * The filing, or the first field that cannot be read (a coordinate that is not a number, a choice
     * that is not in the list) as a broken rule.
     */
    public Filing toFiling(Channel channel, Source defaultSource, LocalDate occurredOn, List<Upload> uploads) {
        return new Filing(channel, uuid(categoryId, "categoryId", "complaint.category.invalid"), trim(subject),
                trim(description), trim(village), trim(place), coordinate(latitude, "latitude", 90),
                coordinate(longitude, "longitude", 180), occurredOn, trim(occurredText), trim(involved),
                uuid(involvedUnitId, "involvedUnitId", "complaint.unit.unknown"), anonymous,
                new Contact(trim(contactName), trim(contactPhone), trim(contactEmail), trim(contactAddress)), notifyByEmail,
                source == null ? defaultSource : source, uploads);
    }

    private static UUID uuid(String value, String field, String messageKey) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(field, messageKey);
        }
    }

    private static BigDecimal coordinate(String value, String field, int limit) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            BigDecimal d = new BigDecimal(ThaiDigits.toArabic(value.strip()).replace(',', '.'));
            if (d.abs().compareTo(BigDecimal.valueOf(limit)) > 0) {
                throw new RuleViolation(field, "complaint.point.invalid");
            }
            return d.setScale(6, RoundingMode.HALF_UP);
        } catch (NumberFormatException e) {
            throw new RuleViolation(field, "complaint.point.invalid");
        }
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
