package org.sujarit.disclosure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.shared.FiscalYear;
import org.sujarit.disclosure.PublishedEvidence;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantId;
import org.sujarit.shared.TenantMember;
import org.sujarit.staff.Role;
import org.sujarit.staff.StaffPrincipal;
import org.sujarit.tenant.UnitId;
import org.sujarit.tenant.Units;

/**
 * What a local government publishes against the checklist, and where each item stands: the
 * periods due so far, their publications and the evidence the other modules publish by themselves
 * ({@link ItemState#of}); what a publication must hold is {@link PublicationDraft}'s rule.
 */
@Service
public class Disclosures {

    /** How far ahead an unpublished period counts as due soon. */
    public static final int NOTICE_DAYS = 14;
    static final int REASON_MAX = 1000;

    private final DisclosureRepository repository;
    private final Checklists checklists;
    private final Units units;
    private final Clock clock;
    private final ObjectProvider<PublishedEvidence.Source> sources;
    private final ApplicationEventPublisher events;

    Disclosures(DisclosureRepository repository, Checklists checklists, Units units, Clock clock,
                ObjectProvider<PublishedEvidence.Source> sources, ApplicationEventPublisher events) {
        this.repository = repository;
        this.checklists = checklists;
        this.units = units;
        this.clock = clock;
        this.sources = sources;
        this.events = events;
    }

    public FiscalYear currentYear() {
        return FiscalYear.containing(LocalDate.now(clock));
    }

    /** The fiscal year asked for, the current one when none is: from 2560 to next year, else not found. */
    public FiscalYear year(Integer requested) {
        FiscalYear current = currentYear();
        if (requested == null) {
            return current;
        }
        if (requested < 2560 || requested > current.buddhistYear() + 1) {
            throw new DisclosureNotFound("year");
        }
        return new FiscalYear(requested);
    }

    public Checklist checklist(FiscalYear year) {
        return checklists.forYear(year).orElseThrow(() -> new DisclosureNotFound("checklist"));
    }

    /** Every item of the year's checklist for a tenant (its portal slug given), as of today. */
    @Transactional(readOnly = true)
    public Catalogue catalogue(TenantId tenant, String slug, FiscalYear year) {
        return catalogue(tenant, slug, year, LocalDate.now(clock));
    }

    /** Every item of the year's checklist as it stands on a given day (oversight's figures are taken per day). */
    @Transactional(readOnly = true)
    Catalogue catalogue(TenantId tenant, String slug, FiscalYear year, LocalDate today) {
        Checklist checklist = checklist(year);
        return new Catalogue(year, checklist, states(tenant, slug, year, checklist, checklist.items(), null, today));
    }

    /** One item as of today: only its publications and the evidence of its own source are read. */
    @Transactional(readOnly = true)
    public ItemState item(TenantId tenant, String slug, FiscalYear year, String number) {
        Checklist checklist = checklist(year);
        ChecklistItem item = checklist.item(number).orElseThrow(() -> new DisclosureNotFound("item"));
        return states(tenant, slug, year, checklist, List.of(item), item.number(), LocalDate.now(clock)).get(0);
    }

    private List<ItemState> states(TenantId tenant, String slug, FiscalYear year, Checklist checklist, List<ChecklistItem> items,
                                   String number, LocalDate today) {
        Map<String, List<Publication>> current = new HashMap<>();
        for (Publication p : repository.publications(tenant, year, number, true)) {
            current.computeIfAbsent(ItemState.periodKey(p.itemNumber(), p.period()), k -> new ArrayList<>()).add(p);
        }
        Set<String> wanted = items.stream().map(ChecklistItem::sourceName).filter(Objects::nonNull).collect(Collectors.toSet());
        List<PublishedEvidence> evidence = evidence(tenant, slug, year, wanted);
        Map<String, UUID> responsible = repository.responsibilities(tenant, checklist.itemKeyPrefix());
        Map<UUID, String> unitNames = responsible.isEmpty() ? Map.of() : units.tree(tenant).stream()
                .collect(Collectors.toMap(n -> n.unit().id().value(), n -> n.unit().nameTh()));
        List<ItemState> states = new ArrayList<>();
        for (ChecklistItem item : items) {
            UUID unitId = responsible.get(checklist.itemKey(item.number()));
            states.add(ItemState.of(item, year, today, current, evidence, unitId, unitId == null ? null : unitNames.get(unitId)));
        }
        return List.copyOf(states);
    }

    /** The evidence of the sources named, asking only the modules that publish them. */
    private List<PublishedEvidence> evidence(TenantId tenant, String slug, FiscalYear year, Set<String> wanted) {
        List<PublishedEvidence> all = new ArrayList<>();
        sources.orderedStream().filter(source -> source.sources().stream().anyMatch(wanted::contains))
                .forEach(source -> all.addAll(source.evidence(tenant, slug, year)));
        return all;
    }

    /** The publications of a year, of one item or all (number null), current ones only or with history. */
    public List<Publication> publications(TenantId tenant, FiscalYear year, String number, boolean currentOnly) {
        return repository.publications(tenant, year, number, currentOnly);
    }

    public Optional<Publication> publication(TenantId tenant, UUID id) {
        return repository.publication(tenant, id);
    }

    /** A file of a current publication, or of any when {@code evenPast} (staff reading the history). */
    public Optional<StoredFile> file(TenantId tenant, UUID id, boolean evenPast) {
        return repository.file(tenant, id, evenPast);
    }

    /** A publication's file as stored: its name and the type recognised from its content. */
    public record StoredFile(String fileName, String contentType, byte[] content) {
    }

    @Transactional
    public UUID publish(TenantId tenant, FiscalYear year, String number, PublicationDraft draft, UUID by) {
        ChecklistItem item = checklist(year).item(number).orElseThrow(() -> new DisclosureNotFound("item"));
        PublicationDraft.Checked checked = draft.check(item, LocalDate.now(clock));
        UUID id = repository.insert(tenant, year, item.number(), draft, checked, by, clock.instant());
        events.publishEvent(new DisclosureChanged(tenant.value(), "disclosure-publication", id.toString(),
                DisclosureChanged.Change.PUBLISHED));
        return id;
    }

    /** Publishes a new version for the same item and period; the old one stays as history. */
    @Transactional
    public UUID replace(TenantId tenant, UUID publicationId, PublicationDraft draft, UUID by) {
        Publication old = current(tenant, publicationId);
        PublicationDraft same = new PublicationDraft(old.period(), draft.title(), draft.publishedOn(), draft.linkUrl(),
                draft.fileName(), draft.fileContent(), draft.notes());
        UUID replacement = publish(tenant, new FiscalYear(old.fiscalYear()), old.itemNumber(), same, by);
        repository.markReplaced(tenant, publicationId, replacement, clock.instant());
        events.publishEvent(new DisclosureChanged(tenant.value(), "disclosure-publication", publicationId.toString(),
                DisclosureChanged.Change.REPLACED));
        return replacement;
    }

    @Transactional
    public void withdraw(TenantId tenant, UUID publicationId, String reason, UUID by) {
        current(tenant, publicationId);
        if (reason == null || reason.isBlank() || reason.length() > REASON_MAX) {
            throw new RuleViolation("reason", "disclosure.withdraw.reason");
        }
        repository.markWithdrawn(tenant, publicationId, reason.strip(), clock.instant());
        events.publishEvent(new DisclosureChanged(tenant.value(), "disclosure-publication", publicationId.toString(),
                DisclosureChanged.Change.WITHDRAWN));
    }

    private Publication current(TenantId tenant, UUID publicationId) {
        return repository.publication(tenant, publicationId).filter(Publication::current)
                .orElseThrow(() -> new DisclosureNotFound("publication"));
    }

    /** The integrity officer publishes for any item; unit staff for an item of their unit or of a unit it belongs to. */
    public boolean mayPublish(TenantMember me, ItemState item) {
        if (!(me instanceof StaffPrincipal p)) {
            return false;
        }
        if (p.has(Role.INTEGRITY_OFFICER)) {
            return true;
        }
        return p.has(Role.UNIT_STAFF) && p.unit() != null && item.unitId() != null
                && units.isWithin(me.tenant(), p.unit(), new UnitId(item.unitId()));
    }

    @Transactional
    public void assign(TenantId tenant, FiscalYear year, String number, UnitId unit) {
        Checklist checklist = checklist(year);
        ChecklistItem item = checklist.item(number).orElseThrow(() -> new DisclosureNotFound("item"));
        String key = checklist.itemKey(item.number());
        if (unit == null) {
            repository.unassign(tenant, key);
        } else {
            units.find(tenant, unit).orElseThrow(() -> new RuleViolation("unitId", "disclosure.unit.invalid"));
            repository.assign(tenant, key, unit.value());
        }
        events.publishEvent(new DisclosureChanged(tenant.value(), "disclosure-item", key, DisclosureChanged.Change.ASSIGNED));
    }
}
