package org.sujarit.complaint.open311;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;

import org.sujarit.complaint.CaseView.Contact;
import org.sujarit.complaint.Channel;
import org.sujarit.complaint.Filing;
import org.sujarit.complaint.Source;
import org.sujarit.shared.RuleViolation;

/**
 * The form fields of {@code POST requests.json} that make a complaint. The location is lat and long
 * or address_string, as the specification asks; the subject is the description's first line. A
 * request without a name is anonymous; with one it needs an e-mail address or a phone number, and
 * an e-mail address asks for notices of updates. media_url is not fetched.
 */
record PostedRequest(String serviceCode, String lat, String lon, String addressString, String description,
                     String firstName, String lastName, String email, String phone, String mediaUrl) {

    static final int SUBJECT_LENGTH = 80;

    /** Checks what the complaint rules do not: presence and form of the Open311 fields. */
    void check() {
        if (blank(serviceCode)) {
            throw Open311Problem.badRequest("open311.error.serviceCode");
        }
        if (blank(lat) != blank(lon) || blank(lat) && blank(addressString)) {
            throw Open311Problem.badRequest("open311.error.location");
        }
        if (!blank(lat)) {
            coordinate(lat, 90);
            coordinate(lon, 180);
        }
        if (blank(description)) {
            throw Open311Problem.badRequest("open311.error.description");
        }
        if (description.length() > Filing.TEXT_MAX) {
            throw Open311Problem.badRequest("open311.error.descriptionLength", Filing.TEXT_MAX);
        }
        if (length(addressString) > Filing.PLACE_MAX || length(name()) > Filing.NAME_MAX || length(email) > Filing.EMAIL_MAX
                || length(phone) > Filing.PHONE_MAX) {
            throw Open311Problem.badRequest("open311.error.tooLong");
        }
        if (blank(name()) && !(blank(email) && blank(phone))) {
            throw Open311Problem.badRequest("open311.error.name");
        }
    }

    Filing filing(UUID categoryId) {
        boolean anonymous = blank(name());
        Contact contact = anonymous ? Contact.NONE : new Contact(name(), strip(phone), strip(email), null);
        return new Filing(Channel.GENERAL, categoryId, subject(), description.strip(), null, strip(addressString),
                blank(lat) ? null : coordinate(lat, 90), blank(lon) ? null : coordinate(lon, 180), null, null, null, null,
                anonymous, contact, !blank(email), Source.OPEN311, List.of());
    }

    /** The description's first line, cut to {@value #SUBJECT_LENGTH} characters. */
    String subject() {
        String first = description.strip().lines().findFirst().orElse("").strip();
        return first.length() <= SUBJECT_LENGTH ? first : first.substring(0, SUBJECT_LENGTH - 1) + "…";
    }

    /** The complaint rules' field named as Open311 names it. */
    static String errorKey(RuleViolation violation) {
        return switch (violation.field() == null ? "" : violation.field()) {
            case "subject", "description" -> "open311.error.description";
            case "latitude" -> "open311.error.coordinates";
            case "contactName" -> "open311.error.name";
            case "contactPhone" -> "open311.error.contact";
            case "contactEmail" -> "open311.error.email";
            case "categoryId" -> "open311.error.service";
            default -> "open311.error.invalid";
        };
    }

    private String name() {
        String name = ((firstName == null ? "" : firstName.strip()) + " " + (lastName == null ? "" : lastName.strip())).strip();
        return name.isEmpty() ? null : name;
    }

    private static BigDecimal coordinate(String text, int limit) {
        try {
            BigDecimal value = new BigDecimal(text.strip());
            if (value.abs().compareTo(BigDecimal.valueOf(limit)) <= 0) {
                return value.setScale(6, RoundingMode.HALF_UP);
            }
        } catch (NumberFormatException notANumber) {
            // answered below, as a coordinate out of range is
        }
        throw Open311Problem.badRequest("open311.error.coordinates");
    }

    private static String strip(String s) {
        return blank(s) ? null : s.strip();
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
