package org.sujarit.complaint;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.sujarit.complaint.CaseView.Category;
import org.sujarit.complaint.CaseView.Contact;
import org.sujarit.complaint.CaseView.DeadlineKind;
import org.sujarit.complaint.CaseView.EventKind;
import org.sujarit.complaint.ComplaintChanged.Change;
import org.sujarit.complaint.Filing.Upload;
import org.sujarit.complaint.Settings.Milestone;
import org.sujarit.complaint.vault.IdentityVault;
import org.sujarit.infrastructure.files.CleanImages;
import org.sujarit.infrastructure.files.ImageMetadata;
import org.sujarit.infrastructure.guard.GuessThrottle;
import org.sujarit.infrastructure.guard.GuessThrottle.Policy;
import org.sujarit.infrastructure.files.UploadedFiles;
import org.sujarit.risk.RiskAssessments;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantId;
import org.sujarit.tenant.Organisations;
import org.sujarit.tenant.UnitId;
import org.sujarit.tenant.Units;

/**
 * The complaint centre's commands: filing, the look-up by case number and secret, the staff
 * workflow with a recorded reason at each step, replies and internal notes, the deadlines and
 * their lapses, the citizen's rating and reopening.
 */
@Service
public class Complaints {

    public static final int MAX_ATTACHMENTS = 5;
    public static final int SUBJECT_MAX = 200;
    public static final int TEXT_MAX = 5000;
    /** Wrong secrets in a row at one case number before its look-up locks for {@link #LOOKUP_LOCK}. */
    static final int LOOKUP_LIMIT = 5;
    static final Duration LOOKUP_LOCK = Duration.ofMinutes(15);
    /** The most a citizen may type for a case number or a secret, spaces and dashes included. */
    static final int TYPED_MAX = 64;

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern NUMBER = Pattern.compile("^[A-Z][A-Z0-9]{0,7}-[0-9]{4}-[0-9]{4,}$");

    /** Argon2id at the same cost as staff passwords; every hash carries its own random salt. */
    private final SecretHashing secrets = new SecretHashing();
    /** Compared against when the case number is unknown, so that both answers take as long. */
    private final String decoyHash = secrets.encode(CaseSecret.generate());

    private final ComplaintRepository repository;
    private final RiskAssessments risks;
    private final Organisations organisations;
    private final Units units;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final IdentityVault vault;
    private final GuessThrottle guesses;
    private final TransactionTemplate transaction;
    /**
     * Wrong guesses at a typed case number, whether or not it exists: two are free, the third and
     * fourth lock the number one and two {@code sujarit.complaints.guess-delay}, the fifth and every
     * further one {@link #LOOKUP_LOCK}.
     */
    private final Policy guessing;
    /** Settings as the citizen's pages show them, read at most every {@code sujarit.complaints.settings-ttl} (10 s). */
    private final Cache<TenantId, Settings> shownSettings;

    Complaints(ComplaintRepository repository, Organisations organisations, Units units, ApplicationEventPublisher events,
               Clock clock, IdentityVault vault, RiskAssessments risks, GuessThrottle guesses,
               TransactionTemplate transaction, @Value("${sujarit.complaints.guess-delay:PT30S}") Duration guessDelay,
               @Value("${sujarit.complaints.settings-ttl:PT10S}") Duration settingsTtl) {
        this.shownSettings = Caffeine.newBuilder().expireAfterWrite(settingsTtl).maximumSize(20_000).build();
        this.guesses = guesses;
        this.transaction = transaction;
        this.guessing = new Policy("case-look-up", 2,
                List.of(guessDelay, guessDelay.multipliedBy(2), LOOKUP_LOCK));
        this.repository = repository;
        this.risks = risks;
        this.organisations = organisations;
        this.units = units;
        this.events = events;
        this.clock = clock;
        this.vault = vault;
    }

    /** What a filing gives the citizen: the case number and the secret, shown once. */
    public record Filed(UUID caseId, String number, String secret) {

        public String groupedSecret() {
            return CaseSecret.grouped(secret);
        }
    }

    // --- settings and categories -------------------------------------------------------------

    /** The tenant's settings; a tenant that has none gets the defaults and the default categories. */
    @Transactional
    public Settings settings(TenantId tenant) {
        return repository.settings(tenant).orElseGet(() -> {
            String slug = organisations.find(tenant).orElseThrow().slug();
            String prefix = slug.replaceAll("[^a-z0-9]", "").toUpperCase(Locale.ROOT);
            prefix = prefix.substring(0, Math.min(8, prefix.length()));
            repository.initialise(tenant, prefix, DefaultCategories.ALL);
            return repository.settings(tenant).orElseThrow();
        });
    }

    /**
     * The settings for showing on the citizen's pages (the time to ask for a reopening): kept for ten
     * seconds, so a change made on another instance shows at most that much later. Rules that act
     * on a case (deadlines, reopening) read {@link #settings} itself.
     */
    public Settings settingsToShow(TenantId tenant) {
        return shownSettings.get(tenant, t -> transaction.execute(status -> settings(t)));
    }

    /** Once a change of settings is committed, the ones kept for showing are out of date. */
    @TransactionalEventListener(fallbackExecution = true)
    void settingsChanged(ComplaintChanged change) {
        if (change.change() == Change.SETTINGS_CHANGED) {
            shownSettings.invalidate(new TenantId(change.tenantId()));
        }
    }

    @Transactional
    public void changeSettings(TenantId tenant, String prefix, int acknowledgeDays, int actionDays, int reopenDays,
                               List<Milestone> milestones) {
        settings(tenant);
        String p = prefix == null ? "" : prefix.strip().toUpperCase(Locale.ROOT);
        if (!p.matches("[A-Z][A-Z0-9]{0,7}")) {
            throw new RuleViolation("prefix", "complaint.settings.prefix");
        }
        if (acknowledgeDays < 1 || acknowledgeDays > 60) {
            throw new RuleViolation("acknowledgeDays", "complaint.settings.acknowledgeDays");
        }
        if (actionDays < acknowledgeDays || actionDays > 120) {
            throw new RuleViolation("actionDays", "complaint.settings.actionDays");
        }
        if (reopenDays < 0 || reopenDays > 365) {
            throw new RuleViolation("reopenDays", "complaint.settings.reopenDays");
        }
        for (Milestone m : milestones) {
            if (m.nameTh() == null || m.nameTh().isBlank() || m.status() == null || m.days() < 1 || m.days() > 365) {
                throw new RuleViolation("milestones", "complaint.settings.milestone");
            }
        }
        repository.updateSettings(tenant, p, acknowledgeDays, actionDays, reopenDays);
        repository.replaceMilestones(tenant, milestones);
        events.publishEvent(new ComplaintChanged(tenant.value(), "complaint-settings", tenant.value(), Change.SETTINGS_CHANGED));
    }

    @Transactional
    public List<Category> categories(TenantId tenant) {
        settings(tenant);
        return repository.categories(tenant);
    }

    public List<Category> activeCategories(TenantId tenant, Channel channel) {
        return categories(tenant).stream().filter(c -> c.channel() == channel && c.active()).toList();
    }

    /** Adds a category ({@code id} null) or changes one; its code and channel never change once given. */
    @Transactional
    public UUID saveCategory(TenantId tenant, Category category) {
        settings(tenant);
        if (category.nameTh() == null || category.nameTh().isBlank()) {
            throw new RuleViolation("nameTh", "complaint.category.nameRequired");
        }
        if (category.unitId() != null && units.find(tenant, new UnitId(category.unitId())).isEmpty()) {
            throw new RuleViolation("unitId", "complaint.unit.unknown");
        }
        UUID id;
        if (category.id() == null) {
            if (category.code() == null || !category.code().matches("[a-z0-9][a-z0-9-]{0,39}")) {
                throw new RuleViolation("code", "complaint.category.code");
            }
            if (repository.categoryCodeTaken(tenant, category.code(), null)) {
                throw new RuleViolation("code", "complaint.category.codeTaken");
            }
            id = repository.insertCategory(tenant, category);
        } else {
            repository.category(tenant, category.id()).orElseThrow(() -> new ComplaintNotFound("category"));
            repository.updateCategory(tenant, category);
            id = category.id();
        }
        events.publishEvent(new ComplaintChanged(tenant.value(), "complaint-category", id, Change.CATEGORY_SAVED));
        return id;
    }

    // --- filing ------------------------------------------------------------------------------

    /**
     * Files a complaint: checks it, gives it the next number of the fiscal year and a secret, fixes
     * its deadlines. {@code staffId} is the officer who recorded it on the citizen's behalf, or null.
     */
    public Filed file(TenantId tenant, Filing filing, UUID staffId) {
        transaction.executeWithoutResult(status -> settings(tenant));
        check(tenant, filing);
        List<CheckedFile> files = check(filing.attachments());
        // The slow hash comes before the transaction: no database connection waits on it, and the
        // case number's row, locked until commit, is never held while hashing.
        String secret = CaseSecret.generate();
        String secretHash = secrets.encode(secret);
        return transaction.execute(status -> fileChecked(tenant, filing, staffId, files, secret, secretHash));
    }

    private Filed fileChecked(TenantId tenant, Filing filing, UUID staffId, List<CheckedFile> files, String secret,
                        String secretHash) {
        Settings settings = settings(tenant);
        Instant now = clock.instant();
        int fiscalYear = FiscalYear.containing(LocalDate.ofInstant(now, clock.getZone())).buddhistYear();
        String number = String.format("%s-%d-%04d", settings.prefix(), fiscalYear, repository.nextNumber(tenant, fiscalYear));
        UUID caseId = repository.insertCase(tenant, number, fiscalYear, filing, secretHash, null, now, staffId);
        if (!filing.contact().isEmpty() && filing.channel() == Channel.CORRUPTION) {
            vault.seal(tenant, caseId, filing.contact(), filing.notifyByEmail());
        } else if (!filing.contact().isEmpty()) {
            repository.insertContact(tenant, caseId, filing.contact());
        }
        UUID event = repository.insertEvent(tenant, caseId, now, EventKind.FILED, null, CaseStatus.RECEIVED, null, null, staffId,
                true);
        store(tenant, caseId, event, files, true, true, now);
        repository.insertDeadline(tenant, caseId, DeadlineKind.ACKNOWLEDGE, null, null, CaseStatus.ACKNOWLEDGED,
                now.plus(Duration.ofDays(settings.acknowledgeDays())));
        repository.insertDeadline(tenant, caseId, DeadlineKind.ACTION, null, null, null,
                now.plus(Duration.ofDays(settings.actionDays())));
        for (Milestone m : settings.milestones()) {
            repository.insertDeadline(tenant, caseId, DeadlineKind.MILESTONE, m.nameTh(), m.nameEn(), m.status(),
                    now.plus(Duration.ofDays(m.days())));
        }
        events.publishEvent(ComplaintChanged.ofCase(tenant.value(), caseId, Change.FILED));
        events.publishEvent(new CaseFiled(tenant, caseId, filing.channel()));
        return new Filed(caseId, number, secret);
    }

    private Category check(TenantId tenant, Filing f) {
        Category category = f.categoryId() == null ? null : repository.category(tenant, f.categoryId())
                .filter(c -> c.active() && c.channel() == f.channel()).orElse(null);
        if (category == null) {
            throw new RuleViolation("categoryId", "complaint.category.invalid");
        }
        if (blank(f.subject()) || f.subject().length() > SUBJECT_MAX) {
            throw new RuleViolation("subject", "complaint.subject.invalid");
        }
        if (blank(f.description()) || f.description().length() > TEXT_MAX) {
            throw new RuleViolation("description", "complaint.description.invalid");
        }
        if ((f.latitude() == null) != (f.longitude() == null)) {
            throw new RuleViolation("latitude", "complaint.point.incomplete");
        }
        if (f.occurredOn() != null && f.occurredOn().isAfter(LocalDate.now(clock))) {
            throw new RuleViolation("occurredOn", "complaint.occurredOn.future");
        }
        if (f.involvedUnitId() != null && units.find(tenant, new UnitId(f.involvedUnitId())).isEmpty()) {
            throw new RuleViolation("involvedUnitId", "complaint.unit.unknown");
        }
        if (!f.anonymous()) {
            Contact c = f.contact();
            if (blank(c.name())) {
                throw new RuleViolation("contactName", "complaint.contact.nameRequired");
            }
            if (blank(c.phone()) && blank(c.email()) && blank(c.address())) {
                throw new RuleViolation("contactPhone", "complaint.contact.wayRequired");
            }
            if (!blank(c.email()) && !EMAIL.matcher(c.email().strip()).matches()) {
                throw new RuleViolation("contactEmail", "complaint.contact.emailInvalid");
            }
            if (f.notifyByEmail() && blank(c.email())) {
                throw new RuleViolation("contactEmail", "complaint.contact.emailForNotices");
            }
        }
        return category;
    }

    /**
     * An accepted file: what is served ({@code content}; for a photo, re-encoded without metadata) and, for a photo,
     * the original kept as evidence — its image data as sent, without what says who took it, with what and where
     * (a map point is what the citizen typed or let the form take); null when its structure cannot be followed.
     */
    private record CheckedFile(String name, String contentType, byte[] content, byte[] original) {
    }

    private static List<CheckedFile> check(List<Upload> uploads) {
        if (uploads.size() > MAX_ATTACHMENTS) {
            throw new RuleViolation("attachments", "complaint.file.tooMany");
        }
        List<CheckedFile> checked = new ArrayList<>();
        for (Upload upload : uploads) {
            if (upload.content().length > UploadedFiles.MAX_BYTES) {
                throw new RuleViolation("attachments", "complaint.file.tooLarge");
            }
            String type = UploadedFiles.contentType(upload.content(), upload.fileName())
                    .orElseThrow(() -> new RuleViolation("attachments", "complaint.file.type"));
            if (UploadedFiles.isImage(type)) {
                byte[] clean = CleanImages.reencode(upload.content(), type)
                        .orElseThrow(() -> new RuleViolation("attachments", "complaint.file.unreadable"));
                checked.add(new CheckedFile(UploadedFiles.safeName(upload.fileName()), type, clean,
                        ImageMetadata.strip(upload.content(), type).orElse(null)));
            } else {
                checked.add(new CheckedFile(UploadedFiles.safeName(upload.fileName()), type, upload.content(), null));
            }
        }
        return checked;
    }

    private void store(TenantId tenant, UUID caseId, UUID eventId, List<CheckedFile> files, boolean fromCitizen,
                       boolean visibleToCitizen, Instant at) {
        for (CheckedFile f : files) {
            repository.insertAttachment(tenant, caseId, eventId, f.name(), f.contentType(), f.content(), f.original(),
                    sha256(f.original() == null ? f.content() : f.original()), fromCitizen, visibleToCitizen, at);
        }
    }

    // --- the citizen's look-up ---------------------------------------------------------------

    public enum LookupResult { FOUND, NOT_FOUND, LOCKED }

    /** The outcome of a look-up: the case when found; how long the number stays locked when locked. */
    public record Lookup(LookupResult result, UUID caseId, Duration retryAfter) {

        static Lookup locked(Duration retryAfter) {
            return new Lookup(LookupResult.LOCKED, null, retryAfter);
        }
    }

    /**
     * Finds a case by number and secret. An unknown number and a wrong secret give the same answer
     * after the same work — one Argon2id verification, one durable commit of the wrong guess — and
     * are throttled alike per typed number; a locked number is refused before any secret is checked.
     * Runs outside any transaction, so that no database connection waits on the hash.
     */
    public Lookup lookUp(TenantId tenant, String typedNumber, String typedSecret) {
        String number = normaliseNumber(typedNumber);
        String subject = tenant.value() + ":" + (number == null ? "" : number);
        Optional<Duration> locked = guesses.lockedFor(guessing, subject);
        if (locked.isPresent()) {
            return Lookup.locked(locked.get());
        }
        Optional<String> secret = CaseSecret.normalise(typedSecret);
        Optional<ComplaintRepository.Secret> stored = number == null ? Optional.empty() : repository.secret(tenant, number);
        boolean matches = secrets.matches(secret.orElse("0000000000000000"), stored.map(ComplaintRepository.Secret::hash).orElse(decoyHash));
        if (stored.isEmpty() || secret.isEmpty() || !matches) {
            guesses.failed(guessing, subject);
            return new Lookup(LookupResult.NOT_FOUND, null, null);
        }
        guesses.succeeded(guessing, subject);
        return new Lookup(LookupResult.FOUND, stored.get().caseId(), null);
    }

    /**
     * "bt-2568-0042", with Thai digits or spaces → "BT-2568-0042"; null when it cannot be a case number (as anything
     * longer than {@value #TYPED_MAX} characters cannot: it is refused before it is read).
     */
    public static String normaliseNumber(String typed) {
        if (typed == null || typed.length() > TYPED_MAX) {
            return null;
        }
        String n = org.sujarit.shared.ThaiDigits.toArabic(typed).strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
        return NUMBER.matcher(n).matches() ? n : null;
    }

    // --- reading -----------------------------------------------------------------------------

    public Optional<CaseView> find(TenantId tenant, UUID caseId) {
        return repository.find(tenant, caseId);
    }

    public CaseView get(TenantId tenant, UUID caseId) {
        return find(tenant, caseId).orElseThrow(() -> new ComplaintNotFound("case"));
    }

    public Optional<CaseView> findByNumber(TenantId tenant, String number) {
        String n = normaliseNumber(number);
        return n == null ? Optional.empty() : repository.findByNumber(tenant, n, true);
    }

    /** A case by its number as the citizen who filed it sees it ({@link CaseView#forCitizen()}). */
    public Optional<CaseView> findForCitizen(TenantId tenant, String number) {
        String n = normaliseNumber(number);
        return n == null ? Optional.empty() : repository.findByNumber(tenant, n, false).map(CaseView::forCitizen);
    }

    /** A file of a case; {@code citizen} limits it to the files the citizen may see. */
    public Optional<StoredFile> attachment(TenantId tenant, UUID caseId, UUID attachmentId, boolean citizen) {
        return repository.attachment(tenant, caseId, attachmentId).filter(f -> !citizen || f.visibleToCitizen());
    }

    // --- the staff workflow ------------------------------------------------------------------

    /**
     * Moves a case a step. A reason is recorded at every step (kept internal); not accepting,
     * referring and resolving also need the message the citizen reads; assigning needs a unit.
     */
    @Transactional
    public void move(TenantId tenant, UUID caseId, CaseStatus to, String reason, String messageToCitizen, UUID unitId,
                     UUID actorId) {
        CaseView c = get(tenant, caseId);
        if (to == null || !c.status().next().contains(to)) {
            throw new RuleViolation("to", "complaint.move.notAllowed");
        }
        if (blank(reason)) {
            throw new RuleViolation("reason", "complaint.reason.required");
        }
        boolean needsMessage = to == CaseStatus.NOT_ACCEPTED || to == CaseStatus.REFERRED || to == CaseStatus.RESOLVED;
        if (needsMessage && blank(messageToCitizen)) {
            throw new RuleViolation("message", "complaint.message.required");
        }
        UUID unit = c.unitId();
        if (to == CaseStatus.ASSIGNED) {
            if (unitId == null || units.find(tenant, new UnitId(unitId)).filter(org.sujarit.tenant.Unit::active).isEmpty()) {
                throw new RuleViolation("unitId", "complaint.unit.required");
            }
            unit = unitId;
        }
        Instant now = clock.instant();
        Instant finishedAt = to.handled() ? (c.finishedAt() != null && to == CaseStatus.CLOSED ? c.finishedAt() : now) : null;
        repository.updateStatus(tenant, caseId, to, unit, finishedAt, needsMessage ? messageToCitizen.strip() : null, now);
        repository.insertEvent(tenant, caseId, now, EventKind.STATUS, c.status(), to, reason.strip(),
                to == CaseStatus.ASSIGNED ? unit : null, actorId, true);
        if (!blank(messageToCitizen)) {
            repository.insertEvent(tenant, caseId, now, EventKind.REPLY, null, null, messageToCitizen.strip(), unit, actorId, true);
        }
        meetDeadlines(tenant, caseId, to, now);
        events.publishEvent(ComplaintChanged.ofCase(tenant.value(), caseId, Change.STATUS_CHANGED));
        events.publishEvent(new CitizenUpdate(tenant, caseId));
    }

    private void meetDeadlines(TenantId tenant, UUID caseId, CaseStatus to, Instant now) {
        repository.meetDeadlines(tenant, caseId, DeadlineKind.ACKNOWLEDGE, "STATUS", now);
        if (to.handled()) {
            repository.meetDeadlines(tenant, caseId, DeadlineKind.ACTION, "STATUS", now);
        }
        repository.meetMilestones(tenant, caseId, Arrays.stream(CaseStatus.values())
                .filter(s -> s.rank() <= to.rank() && !s.finished() && s != CaseStatus.RECEIVED).map(Enum::name).toList(), now);
    }

    /**
     * A reply to the citizen. An explanation is the reply the seed's rule asks for when the case
     * cannot be handled within 15 days: it keeps the action deadline.
     */
    @Transactional
    public void reply(TenantId tenant, UUID caseId, String text, boolean explanation, List<Upload> uploads, UUID actorId) {
        CaseView c = get(tenant, caseId);
        if (blank(text) || text.length() > TEXT_MAX) {
            throw new RuleViolation("text", "complaint.text.required");
        }
        List<CheckedFile> files = check(uploads == null ? List.of() : uploads);
        Instant now = clock.instant();
        UUID event = repository.insertEvent(tenant, caseId, now, explanation ? EventKind.EXPLANATION : EventKind.REPLY, null,
                null, text.strip(), c.unitId(), actorId, true);
        store(tenant, caseId, event, files, false, true, now);
        if (explanation) {
            repository.meetDeadlines(tenant, caseId, DeadlineKind.ACTION, "EXPLANATION", now);
        }
        repository.touch(tenant, caseId, now);
        events.publishEvent(ComplaintChanged.ofCase(tenant.value(), caseId, explanation ? Change.EXPLAINED : Change.REPLIED));
        events.publishEvent(new CitizenUpdate(tenant, caseId));
    }

    /** An internal note: never shown to the citizen. */
    @Transactional
    public void note(TenantId tenant, UUID caseId, String text, List<Upload> uploads, UUID actorId) {
        CaseView c = get(tenant, caseId);
        if (blank(text) || text.length() > TEXT_MAX) {
            throw new RuleViolation("text", "complaint.text.required");
        }
        List<CheckedFile> files = check(uploads == null ? List.of() : uploads);
        Instant now = clock.instant();
        UUID event = repository.insertEvent(tenant, caseId, now, EventKind.NOTE, null, null, text.strip(), c.unitId(), actorId,
                false);
        store(tenant, caseId, event, files, false, false, now);
        repository.touch(tenant, caseId, now);
        events.publishEvent(ComplaintChanged.ofCase(tenant.value(), caseId, Change.NOTED));
    }

    @Transactional
    public void setPriority(TenantId tenant, UUID caseId, Priority priority, UUID actorId) {
        CaseView c = get(tenant, caseId);
        if (priority == null) {
            throw new RuleViolation("priority", "complaint.priority.required");
        }
        if (priority != c.priority()) {
            repository.setPriority(tenant, caseId, priority);
            repository.insertEvent(tenant, caseId, clock.instant(), EventKind.PRIORITY, null, null, priority.name(), null,
                    actorId, false);
            events.publishEvent(ComplaintChanged.ofCase(tenant.value(), caseId, Change.PRIORITY_SET));
        }
    }

    /**
     * Links a case to the earlier case it repeats (same tenant); a blank number removes the link. A
     * case hidden from the officer (a report about their own unit) is answered as unknown, so the
     * number typed does not tell them it exists.
     */
    @Transactional
    public void markDuplicate(TenantId tenant, UUID caseId, String originalNumber, CaseAccess.Scope scope, UUID actorId) {
        CaseView c = get(tenant, caseId);
        UUID original = null;
        if (!blank(originalNumber)) {
            original = findByNumber(tenant, originalNumber).filter(o -> !scope.hides(o)).map(CaseView::id)
                    .orElseThrow(() -> new RuleViolation("originalNumber", "complaint.duplicate.unknown"));
            if (original.equals(caseId)) {
                throw new RuleViolation("originalNumber", "complaint.duplicate.self");
            }
            CaseView o = get(tenant, original);
            if (o.channel() != c.channel()) {
                throw new RuleViolation("originalNumber", "complaint.duplicate.channel");
            }
        }
        repository.setDuplicateOf(tenant, caseId, original);
        repository.insertEvent(tenant, caseId, clock.instant(), EventKind.DUPLICATE, null, null,
                original == null ? null : normaliseNumber(originalNumber), null, actorId, false);
        events.publishEvent(ComplaintChanged.ofCase(tenant.value(), caseId, Change.DUPLICATE_LINKED));
    }

    /**
     * The cause of a handled case, with the risk of the register it bears on (which turns the risk's
     * factor into a known one) and the measure to prevent it happening again.
     */
    @Transactional
    public void analyseCause(TenantId tenant, UUID caseId, Cause cause, UUID riskId, String preventiveMeasure, UUID actorId) {
        CaseView c = get(tenant, caseId);
        if (!c.status().handled()) {
            throw new RuleViolation("cause", "complaint.cause.notYet");
        }
        if (cause == null) {
            throw new RuleViolation("cause", "complaint.cause.required");
        }
        if (riskId != null && !risks.hasRisk(tenant, riskId)) {
            throw new RuleViolation("riskId", "complaint.risk.unknown");
        }
        repository.setCause(tenant, caseId, cause, riskId, blank(preventiveMeasure) ? null : preventiveMeasure.strip());
        repository.insertEvent(tenant, caseId, clock.instant(), EventKind.CAUSE, null, null, cause.name(), null, actorId, false);
        events.publishEvent(ComplaintChanged.ofCase(tenant.value(), caseId, Change.CAUSE_ANALYSED));
    }

    /** Staff reopen a finished or resolved case, with a reason; it goes back to work with a new action deadline. */
    @Transactional
    public void reopen(TenantId tenant, UUID caseId, String reason, UUID actorId) {
        CaseView c = get(tenant, caseId);
        if (!c.status().finished() && c.status() != CaseStatus.RESOLVED) {
            throw new RuleViolation("reason", "complaint.reopen.notFinished");
        }
        if (blank(reason)) {
            throw new RuleViolation("reason", "complaint.reason.required");
        }
        reopen(tenant, c, EventKind.STATUS, reason.strip(), actorId);
    }

    private void reopen(TenantId tenant, CaseView c, EventKind kind, String body, UUID actorId) {
        Instant now = clock.instant();
        CaseStatus to = c.unitId() != null ? CaseStatus.IN_PROGRESS : CaseStatus.ACKNOWLEDGED;
        repository.reopen(tenant, c.id(), to, now);
        repository.insertEvent(tenant, c.id(), now, kind, c.status(), to, body, null, actorId, true);
        repository.insertDeadline(tenant, c.id(), DeadlineKind.ACTION, null, null, null,
                now.plus(Duration.ofDays(settings(tenant).actionDays())));
        events.publishEvent(ComplaintChanged.ofCase(tenant.value(), c.id(), Change.REOPENED));
        events.publishEvent(new CitizenUpdate(tenant, c.id()));
    }

    // --- the citizen's actions ---------------------------------------------------------------

    /** The citizen adds information or answers a question; a finished case takes nothing more. */
    @Transactional
    public void citizenAdds(TenantId tenant, UUID caseId, String text, List<Upload> uploads) {
        CaseView c = get(tenant, caseId);
        if (c.status().finished()) {
            throw new RuleViolation("text", "complaint.closed");
        }
        if (blank(text) || text.length() > TEXT_MAX) {
            throw new RuleViolation("text", "complaint.text.required");
        }
        List<CheckedFile> files = check(uploads == null ? List.of() : uploads);
        Instant now = clock.instant();
        UUID event = repository.insertEvent(tenant, caseId, now, EventKind.CITIZEN_MESSAGE, null, null, text.strip(), null, null,
                true);
        store(tenant, caseId, event, files, true, true, now);
        repository.touch(tenant, caseId, now);
        events.publishEvent(ComplaintChanged.ofCase(tenant.value(), caseId, Change.CITIZEN_ADDED));
        events.publishEvent(new CitizenAdded(tenant, caseId));
    }

    /** The citizen rates a resolved or closed case, once each time it is finished. */
    @Transactional
    public void rate(TenantId tenant, UUID caseId, int satisfaction, String comment) {
        CaseView c = get(tenant, caseId);
        if (c.status() != CaseStatus.RESOLVED && c.status() != CaseStatus.CLOSED) {
            throw new RuleViolation("satisfaction", "complaint.rate.notYet");
        }
        if (c.satisfaction() != null) {
            throw new RuleViolation("satisfaction", "complaint.rate.already");
        }
        if (satisfaction < 1 || satisfaction > 5) {
            throw new RuleViolation("satisfaction", "complaint.rate.range");
        }
        if (comment != null && comment.length() > TEXT_MAX) {
            throw new RuleViolation("comment", "complaint.text.tooLong");
        }
        Instant now = clock.instant();
        repository.rate(tenant, caseId, satisfaction, blank(comment) ? null : comment.strip(), now);
        repository.insertEvent(tenant, caseId, now, EventKind.RATED, null, null, String.valueOf(satisfaction), null, null, true);
        events.publishEvent(ComplaintChanged.ofCase(tenant.value(), caseId, Change.RATED));
    }

    /** Whether the citizen may still reopen the case: resolved or closed, within the tenant's reopening time. */
    public boolean citizenMayReopen(TenantId tenant, CaseView c) {
        return citizenMayReopen(c, settings(tenant));
    }

    /** Whether the citizen may still ask to reopen {@code c} under {@code settings}. */
    public boolean citizenMayReopen(CaseView c, Settings settings) {
        if (c.status() != CaseStatus.RESOLVED && c.status() != CaseStatus.CLOSED || c.finishedAt() == null) {
            return false;
        }
        return clock.instant().isBefore(c.finishedAt().plus(Duration.ofDays(settings.reopenDays())));
    }

    @Transactional
    public void reopenByCitizen(TenantId tenant, UUID caseId, String reason) {
        CaseView c = get(tenant, caseId);
        if (!citizenMayReopen(tenant, c)) {
            throw new RuleViolation("reason", "complaint.reopen.tooLate");
        }
        if (blank(reason) || reason.length() > TEXT_MAX) {
            throw new RuleViolation("reason", "complaint.reopen.reasonRequired");
        }
        reopen(tenant, c, EventKind.REOPENED, reason.strip(), null);
    }

    // --- deadlines ---------------------------------------------------------------------------

    /**
     * Notices every deadline that passed unmet while its case is open: the case shows it as
     * overdue, and when the 15-day action deadline lapses the citizen is told. Each lapse is
     * noticed once. Returns how many were noticed.
     */
    @Transactional
    public int noticeLapsedDeadlines(Instant now) {
        int noticed = 0;
        for (ComplaintRepository.LapsedDeadline lapse : repository.lapsed(now)) {
            if (!repository.noticeLapse(lapse.tenant(), lapse.id(), now)) {
                continue;
            }
            boolean action = lapse.kind() == DeadlineKind.ACTION;
            repository.insertEvent(lapse.tenant(), lapse.caseId(), now, EventKind.OVERDUE, null, null, lapse.kind().name(), null,
                    null, action);
            events.publishEvent(ComplaintChanged.ofCase(lapse.tenant().value(), lapse.caseId(), Change.OVERDUE_FLAGGED));
            if (action) {
                events.publishEvent(new CitizenUpdate(lapse.tenant(), lapse.caseId()));
            }
            noticed++;
        }
        return noticed;
    }

    // -------------------------------------------------------------------------------------------

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- added for Open311, the deadline engine's schedule and the demo (complaint-open311) -----

    /**
     * {@link #noticeLapsedDeadlines(Instant)} for one tenant only: the demo notices its own overdue
     * case at the time it lapsed without touching other tenants' deadlines.
     */
    @Transactional
    public int noticeLapsedDeadlines(TenantId tenant, Instant now) {
        int noticed = 0;
        for (ComplaintRepository.LapsedDeadline lapse : repository.lapsed(now)) {
            if (!lapse.tenant().equals(tenant) || !repository.noticeLapse(tenant, lapse.id(), now)) {
                continue;
            }
            boolean action = lapse.kind() == DeadlineKind.ACTION;
            repository.insertEvent(tenant, lapse.caseId(), now, EventKind.OVERDUE, null, null, lapse.kind().name(), null, null,
                    action);
            events.publishEvent(ComplaintChanged.ofCase(tenant.value(), lapse.caseId(), Change.OVERDUE_FLAGGED));
            if (action) {
                events.publishEvent(new CitizenUpdate(tenant, lapse.caseId()));
            }
            noticed++;
        }
        return noticed;
    }

    /** A case was filed; other parts (notices to staff) may react. */
    public record CaseFiled(TenantId tenant, UUID caseId, Channel channel) {
    }

    /** Something the citizen can read was added to a case: the citizen may want a notice. */
    public record CitizenUpdate(TenantId tenant, UUID caseId) {
    }

    /** The citizen added information: the staff handling the case may want to know. */
    public record CitizenAdded(TenantId tenant, UUID caseId) {
    }
}
