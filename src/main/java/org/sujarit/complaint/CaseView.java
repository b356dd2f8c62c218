package org.sujarit.complaint;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * A complaint case as staff see it. {@link #forCitizen()} gives what the citizen who holds the
 * secret sees: no contact data, no internal notes, no reasons recorded with a status change (the
 * citizen reads the replies), no staff names, no cause analysis. {@code sealedUnderAnotherKey}: texts of the
 * case are sealed under a content key this server does not hold, and are null here (see {@code Sealer}).
 */
public record CaseView(UUID id, UUID tenantId, String number, int fiscalYear, Channel channel, Source source, Category category,
                       String subject, String description, String village, String place, BigDecimal latitude,
                       BigDecimal longitude, LocalDate occurredOn, String occurredText, String involved,
                       UUID involvedUnitId, String involvedUnitName, boolean anonymous, boolean notifyByEmail, Contact contact,
                       CaseStatus status, Priority priority, UUID unitId, String unitName, UUID duplicateOf,
                       String duplicateOfNumber, Instant filedAt, String filedByName, Instant finishedAt, String outcome,
                       Cause cause, UUID riskId, String preventiveMeasure, Integer satisfaction, String satisfactionComment,
                       Instant ratedAt, List<Event> events, List<Deadline> deadlines, List<Attachment> attachments,
                       boolean sealedUnderAnotherKey) {

    /** Who filed, as they gave it. All fields may be null. */
    public record Contact(String name, String phone, String email, String address) {

        public static final Contact NONE = new Contact(null, null, null, null);

        public boolean isEmpty() {
            return blank(name) && blank(phone) && blank(email) && blank(address);
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }

    public record Category(UUID id, Channel channel, String code, String nameTh, String nameEn, String descriptionTh,
                           String descriptionEn, UUID unitId, int position, boolean active) {

        public String name(Locale locale) {
            return "en".equals(locale.getLanguage()) && nameEn != null && !nameEn.isBlank() ? nameEn : nameTh;
        }

        public String description(Locale locale) {
            return "en".equals(locale.getLanguage()) && descriptionEn != null && !descriptionEn.isBlank() ? descriptionEn : descriptionTh;
        }
    }

    public enum EventKind { FILED, STATUS, REPLY, EXPLANATION, NOTE, CITIZEN_MESSAGE, PRIORITY, DUPLICATE, OVERDUE, RATED, REOPENED, CAUSE }

    public record Event(UUID id, Instant at, EventKind kind, CaseStatus fromStatus, CaseStatus toStatus, String body,
                        String unitName, String actorName, boolean visibleToCitizen, List<Attachment> attachments) {
    }

    public enum DeadlineKind { ACKNOWLEDGE, ACTION, MILESTONE }

    public record Deadline(DeadlineKind kind, String nameTh, String nameEn, CaseStatus status, Instant dueAt, Instant metAt,
                           String metBy, Instant overdueNoticedAt) {

        public boolean met() {
            return metAt != null;
        }

        public boolean overdue(Instant now) {
            return metAt == null && now.isAfter(dueAt);
        }

        public boolean metLate() {
            return metAt != null && metAt.isAfter(dueAt);
        }

        public String name(Locale locale) {
            return "en".equals(locale.getLanguage()) && nameEn != null && !nameEn.isBlank() ? nameEn : nameTh;
        }
    }

    public record Attachment(UUID id, UUID eventId, String fileName, String contentType, int size, boolean fromCitizen,
                             boolean visibleToCitizen, Instant uploadedAt) {

        public boolean image() {
            return org.sujarit.infrastructure.files.UploadedFiles.isImage(contentType);
        }
    }

    /**
     * Whether the subject only repeats the beginning of the description, so that showing both says it
     * twice: a request filed through Open311 has no subject of its own and takes its description's
     * first line (cut with "…"), and a citizen may type the same.
     */
    public boolean subjectRepeatsDescription() {
        String start = subject == null ? "" : subject.strip();
        if (start.endsWith("…")) {
            start = start.substring(0, start.length() - 1).strip();
        }
        return description != null && description.strip().startsWith(start);
    }

    /** The 15-day deadline (action or explanation). */
    public Optional<Deadline> actionDeadline() {
        return deadlines.stream().filter(d -> d.kind() == DeadlineKind.ACTION).findFirst();
    }

    /** Whether a deadline has passed unmet while the case is still open. */
    public boolean overdue(Instant now) {
        return !status.handled() && deadlines.stream().anyMatch(d -> d.overdue(now));
    }

    /** {@code historyUnopened}: a text of the history is sealed under another content key. */
    CaseView withHistory(Contact contact, List<Event> events, List<Deadline> deadlines, List<Attachment> attachments,
                         boolean historyUnopened) {
        return new CaseView(id, tenantId, number, fiscalYear, channel, source, category, subject, description, village, place,
                latitude, longitude, occurredOn, occurredText, involved, involvedUnitId, involvedUnitName, anonymous,
                notifyByEmail, contact, status, priority, unitId, unitName, duplicateOf, duplicateOfNumber, filedAt, filedByName,
                finishedAt, outcome, cause, riskId, preventiveMeasure, satisfaction, satisfactionComment, ratedAt, events,
                deadlines, attachments, sealedUnderAnotherKey || historyUnopened);
    }

    public CaseView forCitizen() {
        List<Event> visible = events.stream().filter(Event::visibleToCitizen)
                .map(e -> new Event(e.id(), e.at(), e.kind(), e.fromStatus(), e.toStatus(),
                        e.kind() == EventKind.STATUS ? null : e.body(), e.unitName(), null, true,
                        e.attachments().stream().filter(Attachment::visibleToCitizen).toList()))
                .toList();
        return new CaseView(id, tenantId, number, fiscalYear, channel, source, category, subject, description, village, place,
                latitude, longitude, occurredOn, occurredText, involved, involvedUnitId, involvedUnitName, anonymous,
                notifyByEmail, null, status, priority, unitId, unitName, null, null, filedAt, null, finishedAt, outcome,
                null, null, null, satisfaction, satisfactionComment, ratedAt, visible, deadlines,
                attachments.stream().filter(Attachment::visibleToCitizen).toList(), sealedUnderAnotherKey);
    }
}
