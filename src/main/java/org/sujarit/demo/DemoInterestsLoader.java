package org.sujarit.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.sujarit.procurement.FiscalMonth;
import org.sujarit.procurement.ProcurementSummaries;
import org.sujarit.procurement.Purchase;
import org.sujarit.registers.DeclarationCommittees;
import org.sujarit.registers.DeclarationDraft;
import org.sujarit.registers.InterestDeclarations;
import org.sujarit.registers.InterestEntry;
import org.sujarit.registers.InterestHolder;
import org.sujarit.registers.InterestInvolvement;
import org.sujarit.registers.InterestKind;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.TenantId;
import org.sujarit.shared.TenantMember;
import org.sujarit.staff.StaffUsers;
import org.sujarit.tenant.Organisations;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Ban Tom's sample declarations of interests of the current fiscal year and a committee for one
 * demo purchase, from {@code demo/bantom-interests.yml}, once the rest of the demo is in (after
 * the {@link DemoLoader} has run); loaded once, when the demo's staff account has declared nothing.
 */
@Component
class DemoInterestsLoader {

    static final String FILE = "demo/bantom-interests.yml";

    record DemoInterests(List<Declaration> declarations, Committee committee) {
    }

    record Declaration(String username, Boolean none, List<Entry> entries) {
    }

    record Entry(InterestKind kind, InterestHolder holder, String relativeName, InterestInvolvement involvement,
                 String organisation, String detail) {
    }

    record Committee(int month, String work, String namedBy, List<Seat> members) {
    }

    record Seat(String username, boolean none, String relation) {
    }

    /** A demo account acting as itself. */
    private record Member(UUID userId, TenantId tenant) implements TenantMember {

        @Override
        public boolean hasTenant() {
            return true;
        }
    }

    private final DemoLoader demo;
    private final Organisations organisations;
    private final StaffUsers users;
    private final InterestDeclarations declarations;
    private final DeclarationCommittees committees;
    private final ProcurementSummaries procurement;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoInterestsLoader(DemoLoader demo, Organisations organisations, StaffUsers users, InterestDeclarations declarations,
                        DeclarationCommittees committees, ProcurementSummaries procurement, TransactionTemplate transaction,
                        Clock clock) {
        this.demo = demo;
        this.organisations = organisations;
        this.users = users;
        this.declarations = declarations;
        this.committees = committees;
        this.procurement = procurement;
        this.transaction = transaction;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadWhenReady() {
        if (demo.enabled()) {
            organisations.findBySlug("bantom").ifPresent(o -> transaction.executeWithoutResult(s -> load(o.id())));
        }
    }

    void load(TenantId tenant) {
        DemoInterests content = read();
        UUID first = userId(content.declarations().get(0).username());
        if (!declarations.mine(new Member(first, tenant)).isEmpty()) {
            return;
        }
        int year = declarations.currentYear().buddhistYear();
        for (Declaration d : content.declarations()) {
            List<InterestEntry> entries = d.entries() == null ? List.of() : d.entries().stream()
                    .map(e -> new InterestEntry(e.kind(), e.holder(), e.relativeName(), e.involvement(), e.organisation(),
                            null, e.detail())).toList();
            declarations.declareYear(new Member(userId(d.username()), tenant), year,
                    new DeclarationDraft(Boolean.TRUE.equals(d.none()), entries));
        }
        Committee committee = content.committee();
        Optional<Purchase> purchase = purchase(tenant, committee);
        if (purchase.isEmpty()) {
            return;
        }
        Set<UUID> members = new LinkedHashSet<>();
        committee.members().forEach(m -> members.add(userId(m.username())));
        committees.name(tenant, year, committee.month(), purchase.get().id(), members, userId(committee.namedBy()));
        for (Seat seat : committee.members()) {
            declarations.declareMatter(new Member(userId(seat.username()), tenant), year, committee.month(),
                    purchase.get().id(), seat.none(), seat.relation());
        }
    }

    /** The demo purchase in the current year's summary, once its month has begun and been loaded. */
    private Optional<Purchase> purchase(TenantId tenant, Committee committee) {
        LocalDate today = LocalDate.now(clock);
        int year = FiscalYear.containing(today).buddhistYear();
        if (!FiscalMonth.of(year, committee.month()).begunOn(today)) {
            return Optional.empty();
        }
        return procurement.month(tenant, year, committee.month()).purchases().stream()
                .filter(p -> p.details().work().equals(committee.work())).findFirst();
    }

    private UUID userId(String username) {
        return users.findByUsername(username).orElseThrow(() -> new IllegalStateException("No demo account " + username)).id();
    }

    private static DemoInterests read() {
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            return new YAMLMapper().readValue(in, DemoInterests.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo data " + FILE, e);
        }
    }
}
