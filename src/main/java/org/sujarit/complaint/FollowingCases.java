package org.sujarit.complaint;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.complaint.Filing.Upload;
import org.sujarit.infrastructure.guard.GuessThrottle;
import org.sujarit.infrastructure.guard.GuessThrottle.Policy;
import org.sujarit.shared.TenantId;

/**
 * A citizen follows their case with its number and secret: the look-up, the case as they may see
 * it, adding information, rating the handling and asking for a reopening.
 */
@Service
public class FollowingCases {

    /** Wrong secrets in a row at one case number before its look-up locks for {@link #LOOKUP_LOCK}. */
    public static final int LOOKUP_LIMIT = 5;
    static final Duration LOOKUP_LOCK = Duration.ofMinutes(15);

    public enum LookupResult { FOUND, NOT_FOUND, LOCKED }

    /** The outcome of a look-up: the case when found; how long the number stays locked when locked. */
    public record Lookup(LookupResult result, UUID caseId, Duration retryAfter) {

        static Lookup locked(Duration retryAfter) {
            return new Lookup(LookupResult.LOCKED, null, retryAfter);
        }
    }

    private final ComplaintRepository repository;
    private final CaseViews views;
    private final ComplaintSettings settings;
    private final SecretHashing secrets;
    private final GuessThrottle guesses;
    private final Clock clock;
    /** Compared against when the case number is unknown, so that both answers take as long. */
    private final String decoyHash;
    /**
     * Wrong guesses at a typed case number, whether or not it exists: two are free, the third and
     * fourth lock the number one and two {@code sujarit.complaints.guess-delay}, the fifth and every
     * further one {@link #LOOKUP_LOCK}.
     */
    private final Policy guessing;

    FollowingCases(ComplaintRepository repository, CaseViews views, ComplaintSettings settings, SecretHashing secrets,
                   GuessThrottle guesses, Clock clock, @Value("${sujarit.complaints.guess-delay:PT30S}") Duration guessDelay) {
        this.repository = repository;
        this.views = views;
        this.settings = settings;
        this.secrets = secrets;
        this.guesses = guesses;
        this.clock = clock;
        this.decoyHash = secrets.encode(CaseSecret.generate());
        this.guessing = new Policy("case-look-up", 2, List.of(guessDelay, guessDelay.multipliedBy(2), LOOKUP_LOCK));
    }

    /**
     * Finds a case by number and secret. An unknown number and a wrong secret give the same answer
     * after the same work — one Argon2id verification, one durable commit of the wrong guess — and
     * are throttled alike per typed number; a locked number is refused before any secret is checked.
     * Runs outside any transaction, so that no database connection waits on the hash.
     */
    public Lookup lookUp(TenantId tenant, String typedNumber, String typedSecret) {
        String number = CaseNumber.normalise(typedNumber);
        String subject = tenant.value() + ":" + (number == null ? "" : number);
        Optional<Duration> locked = guesses.lockedFor(guessing, subject);
        if (locked.isPresent()) {
            return Lookup.locked(locked.get());
        }
        Optional<String> secret = CaseSecret.normalise(typedSecret);
        Optional<ComplaintRepository.Secret> stored = number == null ? Optional.empty() : repository.secret(tenant, number);
        boolean matches = secrets.matches(secret.orElse("0000000000000000"),
                stored.map(ComplaintRepository.Secret::hash).orElse(decoyHash));
        if (stored.isEmpty() || secret.isEmpty() || !matches) {
            guesses.failed(guessing, subject);
            return new Lookup(LookupResult.NOT_FOUND, null, null);
        }
        guesses.succeeded(guessing, subject);
        return new Lookup(LookupResult.FOUND, stored.get().caseId(), null);
    }

    /** A case by its number as the citizen who filed it sees it ({@link CaseView#forCitizen()}). */
    public Optional<CaseView> findForCitizen(TenantId tenant, String number) {
        String n = CaseNumber.normalise(number);
        return n == null ? Optional.empty() : views.findByNumber(tenant, n, false).map(CaseView::forCitizen);
    }

    /** A file of the case that the citizen may see. */
    public Optional<StoredFile> attachment(TenantId tenant, UUID caseId, UUID attachmentId) {
        return views.attachment(tenant, caseId, attachmentId).filter(StoredFile::visibleToCitizen);
    }

    /** The citizen adds information or answers a question; a finished case takes nothing more. */
    @Transactional
    public void citizenAdds(TenantId tenant, UUID caseId, String text, List<Upload> uploads) {
        Complaint c = repository.get(tenant, caseId);
        c.citizenAdds(text, uploads, clock.instant());
        repository.save(c);
    }

    /** The citizen rates a resolved or closed case, once each time it is finished. */
    @Transactional
    public void rate(TenantId tenant, UUID caseId, int satisfaction, String comment) {
        Complaint c = repository.get(tenant, caseId);
        c.rate(satisfaction, comment, clock.instant());
        repository.save(c);
    }

    /** Whether the citizen may still ask to reopen {@code c} under {@code centre}'s settings. */
    public boolean citizenMayReopen(CaseView c, Settings centre) {
        return Complaint.mayReopen(c.status(), c.finishedAt(), centre, clock.instant());
    }

    @Transactional
    public void reopenByCitizen(TenantId tenant, UUID caseId, String reason) {
        Complaint c = repository.get(tenant, caseId);
        c.reopenByCitizen(reason, settings.settings(tenant), clock.instant());
        repository.save(c);
    }
}
