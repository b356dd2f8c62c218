package org.sujarit.complaint;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.sujarit.complaint.CaseView.DeadlineKind;
import org.sujarit.complaint.CaseView.EventKind;
import org.sujarit.complaint.ComplaintChanged.Change;
import org.sujarit.complaint.Filing.Upload;
import org.sujarit.complaint.Settings.Milestone;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantId;

/**
 * A complaint case as its rules see it: where it stands, the unit handling it, when it finished,
 * whether the citizen rated it. Each move is checked here against the case's own state; what a
 * move writes ({@link CaseWrite}: an event of the history, a deadline set or met, the case's new state) and what
 * others must hear ({@link ComplaintChanged} for the audit trail, {@link CitizenUpdate} for the
 * citizen's notice) are kept until {@link ComplaintRepository#save} writes the one and publishes
 * the other. The history itself is written, never read back: no rule looks at it.
 * <p>Longer than most classes here on purpose: every rule of a case's life — filing, the staff's
 * workflow, the citizen's actions, a lapse — is in this one place, where a reader finds them all.
 */
final class Complaint {

    private final TenantId tenant;
    private final UUID id;
    private final Channel channel;
    private CaseStatus status;
    private UUID unitId;
    private Instant finishedAt;
    private Priority priority;
    private Integer satisfaction;

    private final List<CaseWrite> writes = new ArrayList<>();
    private final List<Object> events = new ArrayList<>();

    Complaint(TenantId tenant, UUID id, Channel channel, CaseStatus status, UUID unitId, Instant finishedAt,
              Priority priority, Integer satisfaction) {
        this.tenant = tenant;
        this.id = id;
        this.channel = channel;
        this.status = status;
        this.unitId = unitId;
        this.finishedAt = finishedAt;
        this.priority = priority;
        this.satisfaction = satisfaction;
    }

    /**
     * A new case from a filing: received, with its first event (and the files filed with it), the
     * acknowledgement and 15-day action deadlines and the tenant's milestones counted from now.
     * {@code filedBy} is the officer who recorded it on the citizen's behalf, or null.
     */
    static Complaint file(TenantId tenant, String number, int fiscalYear, Filing filing, List<CheckedFile> files,
                          String secretHash, Settings settings, Instant now, UUID filedBy) {
        Complaint c = new Complaint(tenant, UUID.randomUUID(), filing.channel(), CaseStatus.RECEIVED, null, null,
                Priority.NORMAL, null);
        c.writes.add(new CaseWrite.Filed(number, fiscalYear, filing, secretHash, filedBy, now));
        c.record(now, EventKind.FILED, null, CaseStatus.RECEIVED, null, null, filedBy, true, files, true);
        c.writes.add(new CaseWrite.Deadline(DeadlineKind.ACKNOWLEDGE, null, null, CaseStatus.ACKNOWLEDGED,
                now.plus(Duration.ofDays(settings.acknowledgeDays()))));
        c.writes.add(new CaseWrite.Deadline(DeadlineKind.ACTION, null, null, null, now.plus(Duration.ofDays(settings.actionDays()))));
        for (Milestone m : settings.milestones()) {
            c.writes.add(new CaseWrite.Deadline(DeadlineKind.MILESTONE, m.nameTh(), m.nameEn(), m.status(),
                    now.plus(Duration.ofDays(m.days()))));
        }
        c.changed(Change.FILED);
        return c;
    }

    // --- the staff workflow ----------------------------------------------------------------------

    /**
     * A step of the workflow. A reason is recorded at every step (kept internal); not accepting,
     * referring and resolving also need the message the citizen reads; assigning needs an active
     * unit of the tenant ({@code activeUnit} tells).
     */
    void move(CaseStatus to, String reason, String messageToCitizen, UUID assignTo, Predicate<UUID> activeUnit, UUID actor,
              Instant now) {
        if (to == null || !status.next().contains(to)) {
            throw new RuleViolation("to", "complaint.move.notAllowed");
        }
        if (Filing.blank(reason)) {
            throw new RuleViolation("reason", "complaint.reason.required");
        }
        boolean needsMessage = to == CaseStatus.NOT_ACCEPTED || to == CaseStatus.REFERRED || to == CaseStatus.RESOLVED;
        if (needsMessage && Filing.blank(messageToCitizen)) {
            throw new RuleViolation("message", "complaint.message.required");
        }
        if (to == CaseStatus.ASSIGNED) {
            if (assignTo == null || !activeUnit.test(assignTo)) {
                throw new RuleViolation("unitId", "complaint.unit.required");
            }
            unitId = assignTo;
        }
        CaseStatus from = status;
        status = to;
        finishedAt = to.handled() ? (finishedAt != null && to == CaseStatus.CLOSED ? finishedAt : now) : null;
        writes.add(new CaseWrite.Moved(to, unitId, finishedAt, needsMessage ? messageToCitizen.strip() : null, now));
        record(now, EventKind.STATUS, from, to, reason.strip(), to == CaseStatus.ASSIGNED ? unitId : null, actor, true,
                List.of(), false);
        if (!Filing.blank(messageToCitizen)) {
            record(now, EventKind.REPLY, null, null, messageToCitizen.strip(), unitId, actor, true, List.of(), false);
        }
        writes.add(new CaseWrite.DeadlinesMet(DeadlineKind.ACKNOWLEDGE, "STATUS", now));
        if (to.handled()) {
            writes.add(new CaseWrite.DeadlinesMet(DeadlineKind.ACTION, "STATUS", now));
        }
        List<String> reached = Arrays.stream(CaseStatus.values())
                .filter(s -> s.rank() <= to.rank() && !s.finished() && s != CaseStatus.RECEIVED).map(Enum::name).toList();
        if (!reached.isEmpty()) {
            writes.add(new CaseWrite.MilestonesMet(reached, now));
        }
        changed(Change.STATUS_CHANGED);
        events.add(new CitizenUpdate(tenant, id));
    }

    /**
     * A reply to the citizen. An explanation is the reply the seed's rule asks for when the case
     * cannot be handled within 15 days: it meets the action deadline.
     */
    void reply(String text, boolean explanation, List<Upload> uploads, UUID actor, Instant now) {
        requireText(text, "text", "complaint.text.required");
        record(now, explanation ? EventKind.EXPLANATION : EventKind.REPLY, null, null, text.strip(), unitId, actor, true,
                CheckedFile.of(uploads), false);
        if (explanation) {
            writes.add(new CaseWrite.DeadlinesMet(DeadlineKind.ACTION, "EXPLANATION", now));
        }
        writes.add(new CaseWrite.Touched(now));
        changed(explanation ? Change.EXPLAINED : Change.REPLIED);
        events.add(new CitizenUpdate(tenant, id));
    }

    /** An internal note: never shown to the citizen. */
    void note(String text, List<Upload> uploads, UUID actor, Instant now) {
        requireText(text, "text", "complaint.text.required");
        record(now, EventKind.NOTE, null, null, text.strip(), unitId, actor, false, CheckedFile.of(uploads), false);
        writes.add(new CaseWrite.Touched(now));
        changed(Change.NOTED);
    }

    void prioritise(Priority to, UUID actor, Instant now) {
        if (to == null) {
            throw new RuleViolation("priority", "complaint.priority.required");
        }
        if (to != priority) {
            priority = to;
            writes.add(new CaseWrite.Prioritised(to));
            record(now, EventKind.PRIORITY, null, null, to.name(), null, actor, false, List.of(), false);
            changed(Change.PRIORITY_SET);
        }
    }

    /** Links the case to the earlier one it repeats ({@code original} null: no link; its number as typed, normalised). */
    void repeats(Complaint original, String originalNumber, UUID actor, Instant now) {
        if (original != null) {
            if (original.id.equals(id)) {
                throw new RuleViolation("originalNumber", "complaint.duplicate.self");
            }
            if (original.channel != channel) {
                throw new RuleViolation("originalNumber", "complaint.duplicate.channel");
            }
        }
        writes.add(new CaseWrite.DuplicateOf(original == null ? null : original.id));
        record(now, EventKind.DUPLICATE, null, null, original == null ? null : originalNumber, null, actor, false,
                List.of(), false);
        changed(Change.DUPLICATE_LINKED);
    }

    /**
     * The cause of a handled case, with the risk of the register it bears on (which turns the risk's
     * factor into a known one; {@code knownRisk} tells whether the tenant has it) and the measure to
     * prevent it happening again.
     */
    void causedBy(Cause cause, UUID riskId, Predicate<UUID> knownRisk, String preventiveMeasure, UUID actor, Instant now) {
        if (!status.handled()) {
            throw new RuleViolation("cause", "complaint.cause.notYet");
        }
        if (cause == null) {
            throw new RuleViolation("cause", "complaint.cause.required");
        }
        if (riskId != null && !knownRisk.test(riskId)) {
            throw new RuleViolation("riskId", "complaint.risk.unknown");
        }
        writes.add(new CaseWrite.CauseFound(cause, riskId, Filing.blank(preventiveMeasure) ? null : preventiveMeasure.strip()));
        record(now, EventKind.CAUSE, null, null, cause.name(), null, actor, false, List.of(), false);
        changed(Change.CAUSE_ANALYSED);
    }

    /** Staff reopen a finished or resolved case, with a reason; it goes back to work with a new action deadline. */
    void reopen(String reason, Settings settings, UUID actor, Instant now) {
        if (!status.finished() && status != CaseStatus.RESOLVED) {
            throw new RuleViolation("reason", "complaint.reopen.notFinished");
        }
        if (Filing.blank(reason)) {
            throw new RuleViolation("reason", "complaint.reason.required");
        }
        backToWork(EventKind.STATUS, reason.strip(), settings, actor, now);
    }

    // --- the citizen's actions -------------------------------------------------------------------

    /** The citizen adds information or answers a question; a finished case takes nothing more. */
    void citizenAdds(String text, List<Upload> uploads, Instant now) {
        if (status.finished()) {
            throw new RuleViolation("text", "complaint.closed");
        }
        requireText(text, "text", "complaint.text.required");
        record(now, EventKind.CITIZEN_MESSAGE, null, null, text.strip(), null, null, true, CheckedFile.of(uploads), true);
        writes.add(new CaseWrite.Touched(now));
        changed(Change.CITIZEN_ADDED);
    }

    /** The citizen rates a resolved or closed case, once each time it is finished. */
    void rate(int stars, String comment, Instant now) {
        if (status != CaseStatus.RESOLVED && status != CaseStatus.CLOSED) {
            throw new RuleViolation("satisfaction", "complaint.rate.notYet");
        }
        if (satisfaction != null) {
            throw new RuleViolation("satisfaction", "complaint.rate.already");
        }
        if (stars < 1 || stars > 5) {
            throw new RuleViolation("satisfaction", "complaint.rate.range");
        }
        if (comment != null && comment.length() > Filing.TEXT_MAX) {
            throw new RuleViolation("comment", "complaint.text.tooLong");
        }
        satisfaction = stars;
        writes.add(new CaseWrite.Rated(stars, Filing.blank(comment) ? null : comment.strip(), now));
        record(now, EventKind.RATED, null, null, String.valueOf(stars), null, null, true, List.of(), false);
        changed(Change.RATED);
    }

    /** Whether the citizen may still ask to reopen: resolved or closed, within the tenant's reopening time. */
    boolean citizenMayReopen(Settings settings, Instant now) {
        return mayReopen(status, finishedAt, settings, now);
    }

    static boolean mayReopen(CaseStatus status, Instant finishedAt, Settings settings, Instant now) {
        if (status != CaseStatus.RESOLVED && status != CaseStatus.CLOSED || finishedAt == null) {
            return false;
        }
        return now.isBefore(finishedAt.plus(Duration.ofDays(settings.reopenDays())));
    }

    void reopenByCitizen(String reason, Settings settings, Instant now) {
        if (!citizenMayReopen(settings, now)) {
            throw new RuleViolation("reason", "complaint.reopen.tooLate");
        }
        if (Filing.blank(reason) || reason.length() > Filing.TEXT_MAX) {
            throw new RuleViolation("reason", "complaint.reopen.reasonRequired");
        }
        backToWork(EventKind.REOPENED, reason.strip(), settings, null, now);
    }

    // --- deadlines ---------------------------------------------------------------------------

    /**
     * A deadline passed unmet while the case is open: staff see it as overdue; when it is the
     * 15-day action deadline the citizen sees it too and is told.
     */
    void lapsed(DeadlineKind kind, Instant now) {
        boolean action = kind == DeadlineKind.ACTION;
        record(now, EventKind.OVERDUE, null, null, kind.name(), null, null, action, List.of(), false);
        changed(Change.OVERDUE_FLAGGED);
        if (action) {
            events.add(new CitizenUpdate(tenant, id));
        }
    }

    // -------------------------------------------------------------------------------------------

    private void backToWork(EventKind kind, String body, Settings settings, UUID actor, Instant now) {
        CaseStatus from = status;
        status = unitId != null ? CaseStatus.IN_PROGRESS : CaseStatus.ACKNOWLEDGED;
        finishedAt = null;
        satisfaction = null;
        writes.add(new CaseWrite.Reopened(status, now));
        record(now, kind, from, status, body, null, actor, true, List.of(), false);
        writes.add(new CaseWrite.Deadline(DeadlineKind.ACTION, null, null, null, now.plus(Duration.ofDays(settings.actionDays()))));
        changed(Change.REOPENED);
        events.add(new CitizenUpdate(tenant, id));
    }

    private static void requireText(String text, String field, String key) {
        if (Filing.blank(text) || text.length() > Filing.TEXT_MAX) {
            throw new RuleViolation(field, key);
        }
    }

    private void record(Instant at, EventKind kind, CaseStatus from, CaseStatus to, String body, UUID unit, UUID actor,
                        boolean visibleToCitizen, List<CheckedFile> files, boolean filesFromCitizen) {
        writes.add(new CaseWrite.Event(UUID.randomUUID(), at, kind, from, to, body, unit, actor, visibleToCitizen, files,
                filesFromCitizen));
    }

    private void changed(Change change) {
        events.add(ComplaintChanged.ofCase(tenant.value(), id, change));
    }

    TenantId tenant() {
        return tenant;
    }

    UUID id() {
        return id;
    }

    Channel channel() {
        return channel;
    }

    CaseStatus status() {
        return status;
    }

    /** What the moves since the case was loaded (or filed) write, in order; taken once by the repository. */
    List<CaseWrite> writes() {
        return List.copyOf(writes);
    }

    /** What others must hear of those moves, in order. */
    List<Object> events() {
        return List.copyOf(events);
    }

    void saved() {
        writes.clear();
        events.clear();
    }
}
