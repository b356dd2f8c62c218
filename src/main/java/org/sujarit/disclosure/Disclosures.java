package org.sujarit.disclosure;

import java.net.URI;
import java.net.URISyntaxException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.disclosure.ItemState.PeriodState;
import org.sujarit.disclosure.ItemState.State;
import org.sujarit.infrastructure.files.UploadedFiles;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.PublishedEvidence;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantId;
import org.sujarit.shared.TenantMember;
import org.sujarit.staff.Role;
import org.sujarit.staff.StaffPrincipal;
import org.sujarit.tenant.UnitId;
import org.sujarit.tenant.Units;

/**
 * What a local government publishes against the checklist, and where each item stands: the
 * periods due so far, their publications and the evidence the other modules publish by themselves.
 */
@Service
public class Disclosures {

    /** How far ahead an unpublished period counts as due soon. */
    public static final int NOTICE_DAYS = 14;
    static final int TITLE_MAX = 300;
    static final int NOTES_MAX = 5000;
    static final int REASON_MAX = 1000;

    private static final String COLUMNS = """
            id, fiscal_year, item_number, period, title, published_on, link_url, file_name, content_type, notes, status,
            replaced_by, withdrawn_reason, created_at, changed_at""";

    private final JdbcClient jdbc;
    private final Checklists checklists;
    private final Units units;
    private final Clock clock;
    private final ObjectProvider<PublishedEvidence.Source> sources;
    private final ApplicationEventPublisher events;

    Disclosures(JdbcClient jdbc, Checklists checklists, Units units, Clock clock,
                ObjectProvider<PublishedEvidence.Source> sources, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.checklists = checklists;
        this.units = units;
        this.clock = clock;
        this.sources = sources;
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

    // --- where things stand --------------------------------------------------------------------

    /** Every item of the year's checklist for a tenant (its portal slug given), as of today. */
    @Transactional(readOnly = true)
    public Catalogue catalogue(TenantId tenant, String slug, FiscalYear year) {
        Checklist checklist = checklist(year);
        return new Catalogue(year, checklist, states(tenant, slug, year, checklist, checklist.items(), null));
    }

    /** One item as of today: only its publications and the evidence of its own source are read. */
    @Transactional(readOnly = true)
    public ItemState item(TenantId tenant, String slug, FiscalYear year, String number) {
        Checklist checklist = checklist(year);
        ChecklistItem item = checklist.item(number).orElseThrow(() -> new DisclosureNotFound("item"));
        return states(tenant, slug, year, checklist, List.of(item), item.number()).get(0);
    }

    private List<ItemState> states(TenantId tenant, String slug, FiscalYear year, Checklist checklist, List<ChecklistItem> items,
                                   String number) {
        LocalDate today = LocalDate.now(clock);
        Map<String, List<Publication>> current = new HashMap<>();
        for (Publication p : publications(tenant, year, number, true)) {
            current.computeIfAbsent(p.itemNumber().toUpperCase(Locale.ROOT) + "/" + p.period(), k -> new ArrayList<>()).add(p);
        }
        Set<String> wanted = items.stream().map(ChecklistItem::sourceName).filter(Objects::nonNull).collect(Collectors.toSet());
        List<PublishedEvidence> evidence = evidence(tenant, slug, year, wanted);
        Map<String, UUID> responsible = responsibilities(tenant, checklist);
        Map<UUID, String> unitNames = responsible.isEmpty() ? Map.of() : units.tree(tenant).stream()
                .collect(Collectors.toMap(n -> n.unit().id().value(), n -> n.unit().nameTh()));
        List<ItemState> states = new ArrayList<>();
        for (ChecklistItem item : items) {
            UUID unitId = responsible.get(key(checklist, item.number()));
            states.add(state(item, year, today, current, evidence, unitId, unitId == null ? null : unitNames.get(unitId)));
        }
        return List.copyOf(states);
    }

    private ItemState state(ChecklistItem item, FiscalYear year, LocalDate today, Map<String, List<Publication>> current,
                            List<PublishedEvidence> evidence, UUID unitId, String unitName) {
        List<PeriodState> periods = new ArrayList<>();
        for (String period : item.frequency().periods()) {
            List<Publication> published = current.getOrDefault(item.number().toUpperCase(Locale.ROOT) + "/" + period, List.of());
            List<PublishedEvidence> found = item.sourceName() == null ? List.of() : evidence.stream()
                    .filter(e -> e.source().equals(item.sourceName()))
                    .filter(e -> e.period().equals("ONCE")
                            || e.period().equals(item.sourcePeriod() != null ? item.sourcePeriod() : period))
                    .toList();
            periods.add(new PeriodState(period, item.due().dueDate(year, period), published, found));
        }
        Standing standing = standing(periods, today);
        return new ItemState(item, unitId, unitName, List.copyOf(periods), standing.state(), standing.nextDue());
    }

    /** An item's state on a day and its next due date without evidence, from its periods. */
    record Standing(State state, LocalDate nextDue) {
    }

    static Standing standing(List<PeriodState> periods, LocalDate today) {
        LocalDate nextDue = periods.stream().filter(p -> !p.covered() && !p.dueDate().isBefore(today))
                .map(PeriodState::dueDate).findFirst().orElse(null);
        if (periods.stream().anyMatch(p -> !p.covered() && p.dueDate().isBefore(today))) {
            return new Standing(State.OVERDUE, nextDue);
        }
        if (nextDue != null && !nextDue.isAfter(today.plusDays(NOTICE_DAYS))) {
            return new Standing(State.DUE_SOON, nextDue);
        }
        return new Standing(periods.stream().anyMatch(PeriodState::covered) ? State.CURRENT : State.MISSING, nextDue);
    }

    /** The evidence of the sources named, asking only the modules that publish them. */
    private List<PublishedEvidence> evidence(TenantId tenant, String slug, FiscalYear year, Set<String> wanted) {
        List<PublishedEvidence> all = new ArrayList<>();
        sources.orderedStream().filter(source -> source.sources().stream().anyMatch(wanted::contains))
                .forEach(source -> all.addAll(source.evidence(tenant, slug, year)));
        return all;
    }

    // --- publications ------------------------------------------------------------------------

    /** The publications of a year, of one item or all (number null), current ones only or with history. */
    public List<Publication> publications(TenantId tenant, FiscalYear year, String number, boolean currentOnly) {
        return jdbc.sql("select " + COLUMNS + " from disclosure_publication where tenant_id = :tenant and fiscal_year = :year"
                        + (number == null ? "" : " and upper(item_number) = upper(:number)")
                        + (currentOnly ? " and status = 'CURRENT'" : "")
                        + " order by item_number, period, published_on desc, created_at desc")
                .param("tenant", tenant.value()).param("year", year.buddhistYear())
                .param("number", number == null ? "" : number)
                .query(Disclosures::publication).list();
    }

    public Optional<Publication> publication(TenantId tenant, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from disclosure_publication where tenant_id = ? and id = ?")
                .params(tenant.value(), id).query(Disclosures::publication).optional();
    }

    /** A file of a current publication, or of any when {@code evenPast} (staff reading the history). */
    public Optional<StoredFile> file(TenantId tenant, UUID id, boolean evenPast) {
        return jdbc.sql("select file_name, content_type, content, status from disclosure_publication where tenant_id = ? and id = ? and content is not null")
                .params(tenant.value(), id)
                .query((rs, n) -> evenPast || "CURRENT".equals(rs.getString("status"))
                        ? new StoredFile(rs.getString("file_name"), rs.getString("content_type"), rs.getBytes("content")) : null)
                .optional();
    }

    /** A publication's file as stored: its name and the type recognised from its content. */
    public record StoredFile(String fileName, String contentType, byte[] content) {
    }

    @Transactional
    public UUID publish(TenantId tenant, FiscalYear year, String number, PublicationDraft draft, UUID by) {
        ChecklistItem item = checklist(year).item(number).orElseThrow(() -> new DisclosureNotFound("item"));
        Checked checked = check(item, year, draft);
        Instant now = clock.instant();
        UUID id = jdbc.sql("""
                        insert into disclosure_publication (tenant_id, fiscal_year, item_number, period, title, published_on, link_url,
                                                            file_name, content_type, content, notes, created_by, created_at, changed_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(tenant.value(), year.buddhistYear(), item.number(), draft.period(), draft.title().strip(),
                        draft.publishedOn(), checked.link(), checked.fileName(), checked.contentType(),
                        draft.hasFile() ? draft.fileContent() : null, blankToNull(draft.notes()), by,
                        Timestamp.from(now), Timestamp.from(now))
                .query(UUID.class).single();
        events.publishEvent(new DisclosureChanged(tenant.value(), "disclosure-publication", id.toString(),
                DisclosureChanged.Change.PUBLISHED));
        return id;
    }

    /** Publishes a new version for the same item and period; the old one stays as history. */
    @Transactional
    public UUID replace(TenantId tenant, UUID publicationId, PublicationDraft draft, UUID by) {
        Publication old = publication(tenant, publicationId).filter(Publication::current)
                .orElseThrow(() -> new DisclosureNotFound("publication"));
        PublicationDraft same = new PublicationDraft(old.period(), draft.title(), draft.publishedOn(), draft.linkUrl(),
                draft.fileName(), draft.fileContent(), draft.notes());
        UUID replacement = publish(tenant, new FiscalYear(old.fiscalYear()), old.itemNumber(), same, by);
        jdbc.sql("update disclosure_publication set status = 'REPLACED', replaced_by = ?, changed_at = ? where tenant_id = ? and id = ?")
                .params(replacement, Timestamp.from(clock.instant()), tenant.value(), publicationId).update();
        events.publishEvent(new DisclosureChanged(tenant.value(), "disclosure-publication", publicationId.toString(),
                DisclosureChanged.Change.REPLACED));
        return replacement;
    }

    @Transactional
    public void withdraw(TenantId tenant, UUID publicationId, String reason, UUID by) {
        publication(tenant, publicationId).filter(Publication::current)
                .orElseThrow(() -> new DisclosureNotFound("publication"));
        if (reason == null || reason.isBlank() || reason.length() > REASON_MAX) {
            throw new RuleViolation("reason", "disclosure.withdraw.reason");
        }
        jdbc.sql("update disclosure_publication set status = 'WITHDRAWN', withdrawn_reason = ?, changed_at = ? where tenant_id = ? and id = ?")
                .params(reason.strip(), Timestamp.from(clock.instant()), tenant.value(), publicationId).update();
        events.publishEvent(new DisclosureChanged(tenant.value(), "disclosure-publication", publicationId.toString(),
                DisclosureChanged.Change.WITHDRAWN));
    }

    private record Checked(String link, String fileName, String contentType) {
    }

    private Checked check(ChecklistItem item, FiscalYear year, PublicationDraft draft) {
        if (draft.period() == null || !item.frequency().allows(draft.period())) {
            throw new RuleViolation("period", "disclosure.period.invalid");
        }
        if (draft.title() == null || draft.title().isBlank() || draft.title().strip().length() > TITLE_MAX) {
            throw new RuleViolation("title", "disclosure.title.required");
        }
        if (draft.publishedOn() == null) {
            throw new RuleViolation("publishedOn", "disclosure.publishedOn.invalid");
        }
        if (draft.publishedOn().isAfter(LocalDate.now(clock))) {
            throw new RuleViolation("publishedOn", "disclosure.publishedOn.future");
        }
        if (draft.notes() != null && draft.notes().length() > NOTES_MAX) {
            throw new RuleViolation("notes", "disclosure.notes.tooLong");
        }
        String link = blankToNull(draft.linkUrl());
        if (link != null && !isWebAddress(link)) {
            throw new RuleViolation("linkUrl", "disclosure.link.invalid");
        }
        String fileName = null;
        String contentType = null;
        if (draft.hasFile()) {
            if (draft.fileContent().length > UploadedFiles.MAX_BYTES) {
                throw new RuleViolation("file", "disclosure.file.tooLarge");
            }
            contentType = UploadedFiles.contentType(draft.fileContent(), draft.fileName())
                    .orElseThrow(() -> new RuleViolation("file", "disclosure.file.type"));
            fileName = UploadedFiles.safeName(draft.fileName());
        }
        if (link == null && fileName == null && blankToNull(draft.notes()) == null) {
            throw new RuleViolation("linkUrl", "disclosure.evidence.required");
        }
        return new Checked(link, fileName, contentType);
    }

    static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text.strip());
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && text.length() <= 2000;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    // --- who answers for what ------------------------------------------------------------------

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
        if (unit == null) {
            jdbc.sql("delete from disclosure_responsibility where tenant_id = ? and item_key = ?")
                    .params(tenant.value(), key(checklist, item.number())).update();
            events.publishEvent(new DisclosureChanged(tenant.value(), "disclosure-item", key(checklist, item.number()),
                    DisclosureChanged.Change.ASSIGNED));
            return;
        }
        units.find(tenant, unit).orElseThrow(() -> new RuleViolation("unitId", "disclosure.unit.invalid"));
        jdbc.sql("""
                insert into disclosure_responsibility (tenant_id, item_key, unit_id) values (?, ?, ?)
                on conflict (tenant_id, item_key) do update set unit_id = excluded.unit_id""")
                .params(tenant.value(), key(checklist, item.number()), unit.value()).update();
        events.publishEvent(new DisclosureChanged(tenant.value(), "disclosure-item", key(checklist, item.number()),
                DisclosureChanged.Change.ASSIGNED));
    }

    private Map<String, UUID> responsibilities(TenantId tenant, Checklist checklist) {
        Map<String, UUID> map = new HashMap<>();
        jdbc.sql("select item_key, unit_id from disclosure_responsibility where tenant_id = ? and item_key like ?")
                .params(tenant.value(), checklist.code() + "-" + checklist.version() + ":%")
                .query((ResultSet rs) -> {
                    map.put(rs.getString(1), rs.getObject(2, UUID.class));
                });
        return map;
    }

    private static String key(Checklist checklist, String number) {
        return checklist.code() + "-" + checklist.version() + ":" + number.toUpperCase(Locale.ROOT);
    }

    // -------------------------------------------------------------------------------------------

    private static Publication publication(ResultSet rs, int n) throws SQLException {
        return new Publication(rs.getObject("id", UUID.class), rs.getInt("fiscal_year"), rs.getString("item_number"),
                rs.getString("period"), rs.getString("title"), rs.getObject("published_on", LocalDate.class),
                rs.getString("link_url"), rs.getString("file_name"), rs.getString("content_type"), rs.getString("notes"),
                Publication.Status.valueOf(rs.getString("status")), rs.getObject("replaced_by", UUID.class),
                rs.getString("withdrawn_reason"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("changed_at").toInstant());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
