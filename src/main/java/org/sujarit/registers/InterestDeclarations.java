package org.sujarit.registers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantId;
import org.sujarit.shared.TenantMember;
import org.sujarit.staff.StaffUser;
import org.sujarit.staff.StaffUsers;

/**
 * Declaring and reading declarations. A person signs their own yearly declaration and, when named
 * to a committee, their declaration for that purchase; each submission is a new signed version.
 * A person reads their own; whoever reads someone else's (the integrity officer, the executive —
 * the controllers decide who may) leaves a row in the audit trail.
 */
@Service
public class InterestDeclarations {

    static final String SIGNED = "signed";
    static final int MAX_RELATION = 2000;

    private final DeclarationRepository repository;
    private final DeclarationCommittees committees;
    private final StaffUsers users;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InterestDeclarations(DeclarationRepository repository, DeclarationCommittees committees, StaffUsers users,
                         ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.committees = committees;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    public FiscalYear currentYear() {
        return FiscalYear.containing(LocalDate.now(clock));
    }

    /**
     * Signs the member's yearly declaration of a fiscal year (this year or the one before), replacing
     * the current version of that year.
     *
     * @throws DeclarationRejected with every rule the declaration breaks
     */
    @Transactional
    public UUID declareYear(TenantMember me, int fiscalYear, DeclarationDraft draft) {
        int current = currentYear().buddhistYear();
        if (fiscalYear > current) {
            throw new RuleViolation("fiscalYear", "interest.year.future");
        }
        if (fiscalYear < current - 1) {
            throw new RuleViolation("fiscalYear", "interest.year.past");
        }
        List<DeclarationDraft.Problem> problems = draft.problems();
        if (!problems.isEmpty()) {
            throw new DeclarationRejected(problems);
        }
        UUID id = repository.insert(me.tenant(), me.userId(), fiscalYear, null, draft.none(), null, draft.entries(),
                me.userId(), clock.instant());
        events.publishEvent(new InterestChanged(me.tenant().value(), InterestChanged.DECLARATION, id, SIGNED));
        return id;
    }

    /**
     * Signs a committee member's declaration for one purchase: no relation to the bidders, or the
     * relation in their words. Only a member of the purchase's committee may.
     */
    @Transactional
    public UUID declareMatter(TenantMember me, int fiscalYear, int fiscalMonth, UUID purchaseId, boolean none,
                              String relation) {
        committees.committee(me.tenant(), fiscalYear, fiscalMonth, purchaseId);
        if (!committees.sitsOn(me.tenant(), me.userId(), purchaseId)) {
            throw new DeclarationNotFound("committee seat");
        }
        String text = relation == null || relation.isBlank() ? null : relation.strip();
        if (none == (text != null)) {
            throw new RuleViolation("relation", none ? "interest.matter.noneWithRelation" : "interest.matter.choose");
        }
        if (text != null && text.length() > MAX_RELATION) {
            throw new RuleViolation("relation", "interest.text.tooLong");
        }
        UUID id = repository.insert(me.tenant(), me.userId(), fiscalYear, purchaseId, none, text, List.of(), me.userId(),
                clock.instant());
        events.publishEvent(new InterestChanged(me.tenant().value(), InterestChanged.DECLARATION, id, SIGNED));
        return id;
    }

    /** The member's own declarations, every version, the latest first. */
    @Transactional(readOnly = true)
    public List<InterestDeclaration> mine(TenantMember me) {
        return repository.ofPerson(me.tenant(), me.userId());
    }

    /** One of the member's own declarations; someone else's is not found. */
    @Transactional(readOnly = true)
    public InterestDeclaration own(TenantMember me, UUID declarationId) {
        return repository.find(me.tenant(), declarationId).filter(d -> d.userId().equals(me.userId()))
                .orElseThrow(() -> new DeclarationNotFound("declaration"));
    }

    /** The member's current declaration for a purchase, if they signed one. */
    @Transactional(readOnly = true)
    public Optional<InterestDeclaration> ownForPurchase(TenantMember me, UUID purchaseId) {
        return repository.currentForPurchase(me.tenant(), me.userId(), purchaseId);
    }

    /** Any declaration of the tenant, for those who oversee them; reading another person's is audited. */
    @Transactional
    public InterestDeclaration read(TenantMember viewer, UUID declarationId) {
        InterestDeclaration declaration = repository.find(viewer.tenant(), declarationId)
                .orElseThrow(() -> new DeclarationNotFound("declaration"));
        if (!declaration.userId().equals(viewer.userId())) {
            events.publishEvent(new InterestChanged(viewer.tenant().value(), InterestChanged.DECLARATION, declarationId,
                    "viewed"));
        }
        return declaration;
    }

    /** Each active account of the tenant with its current yearly declaration of the year, if any, by name. */
    @Transactional(readOnly = true)
    public List<RegisterLine> register(TenantId tenant, int fiscalYear) {
        Map<UUID, InterestDeclaration> declared = repository.currentYearly(tenant, fiscalYear).stream()
                .collect(Collectors.toMap(InterestDeclaration::userId, Function.identity()));
        return users.list(tenant).stream().filter(StaffUser::active)
                .map(u -> new RegisterLine(u.id(), u.displayName(), declared.get(u.id()))).toList();
    }

    /** A line of the year's register; {@code declaration} null while the person has not declared. */
    public record RegisterLine(UUID userId, String name, InterestDeclaration declaration) {
    }

    /**
     * The share of the tenant's active accounts with a yearly declaration of the year: every
     * active account counts, whatever its role, since every member of staff declares.
     */
    @Transactional(readOnly = true)
    public Share share(TenantId tenant, int fiscalYear) {
        return new Share(repository.declaredAccounts(tenant, fiscalYear), repository.activeAccounts(tenant));
    }

    public record Share(long declared, long accounts) {
    }
}
