package org.sujarit.registers;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.procurement.ProcurementChanged;
import org.sujarit.procurement.ProcurementSummaries;
import org.sujarit.procurement.Purchase;
import org.sujarit.procurement.PurchaseDetails;
import org.sujarit.registers.FlagRepository.Seat;
import org.sujarit.registers.InterestFlag.State;
import org.sujarit.risk.AssessmentView;
import org.sujarit.risk.RiskAssessments;
import org.sujarit.risk.RiskView;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantId;

/**
 * The check no spreadsheet register makes: each counterparty of a committee member (from every
 * {@link Counterparty.Source}) against the bidders and the supplier of the purchases they sat on.
 * A match is flagged once to the integrity officer, who records it on the risk register as
 * evidence of a known risk factor, or dismisses it with a reason.
 */
@Service
public class InterestFlags {

    static final int MAX_REASON = 2000;
    /** Words of the risk events a flag is evidence of: gifts (events ๒ and ๑๑), favouring one's circle (๗). */
    private static final List<String> SUGGESTED_EVENTS = List.of("ของขวัญ", "พวกพ้อง");

    private final FlagRepository repository;
    private final ObjectProvider<Counterparty.Source> sources;
    private final ProcurementSummaries procurement;
    private final RiskAssessments risks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InterestFlags(FlagRepository repository, ObjectProvider<Counterparty.Source> sources, ProcurementSummaries procurement,
                  RiskAssessments risks, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.sources = sources;
        this.procurement = procurement;
        this.risks = risks;
        this.events = events;
        this.clock = clock;
    }

    /** Flags every new match of the tenant; returns how many were new. */
    @Transactional
    public int scan(TenantId tenant) {
        List<Seat> seats = repository.seats(tenant);
        if (seats.isEmpty()) {
            return 0;
        }
        Map<UUID, List<Counterparty>> byPerson = sources.stream().flatMap(s -> s.counterparties(tenant).stream())
                .collect(Collectors.groupingBy(Counterparty::personId));
        Map<Integer, Map<UUID, Purchase>> years = new HashMap<>();
        int found = 0;
        for (Seat seat : seats) {
            List<Counterparty> counterparties = byPerson.getOrDefault(seat.userId(), List.of());
            Purchase purchase = counterparties.isEmpty() ? null : years.computeIfAbsent(seat.fiscalYear(),
                    year -> purchasesOf(tenant, year)).get(seat.purchaseId());
            if (purchase == null) {
                continue;
            }
            for (Counterparty counterparty : counterparties) {
                for (FlagMatcher.Party party : parties(purchase.details())) {
                    Optional<FlagMatcher.MatchedBy> match = FlagMatcher.match(counterparty, party);
                    if (match.isPresent() && repository.insertIfNew(tenant, seat, purchase.details().work(), counterparty,
                            party.name(), match.get(), clock.instant())) {
                        found++;
                    }
                }
            }
        }
        return found;
    }

    /** A declaration signed or a committee named: its matches are flagged at once. */
    @EventListener
    void on(InterestChanged changed) {
        if (changed.verb().equals(InterestDeclarations.SIGNED) || changed.verb().equals(DeclarationCommittees.NAMED)) {
            scan(new TenantId(changed.tenantId()));
        }
    }

    /** A gift recorded: its giver may bid on a purchase whose committee the person sat on. */
    @EventListener
    void on(GiftChanged changed) {
        if (changed.change() == GiftChanged.Change.RECORDED) {
            scan(new TenantId(changed.tenantId()));
        }
    }

    /** A purchase edited after its committee was named may have new bidders. */
    @EventListener
    void on(ProcurementChanged changed) {
        scan(new TenantId(changed.tenantId()));
    }

    /** Scans every tenant with a committee: for counterparties whose sources publish nothing the flags hear. */
    @Transactional
    public void scanAll() {
        repository.tenantsWithCommittees().forEach(this::scan);
    }

    @Transactional(readOnly = true)
    public List<InterestFlag> list(TenantId tenant) {
        return repository.list(tenant);
    }

    @Transactional(readOnly = true)
    public InterestFlag flag(TenantId tenant, UUID flagId) {
        return repository.find(tenant, flagId).orElseThrow(() -> new DeclarationNotFound("flag"));
    }

    @Transactional(readOnly = true)
    public List<InterestFlag> ofRisk(TenantId tenant, UUID riskId) {
        return repository.ofRisk(tenant, riskId);
    }

    /**
     * The risks of the latest assessment a flag may be recorded against, those about gifts and
     * favouring one's circle in procurement first.
     */
    @Transactional(readOnly = true)
    public List<RiskChoice> riskChoices(TenantId tenant) {
        Optional<AssessmentView> latest = risks.years(tenant).stream()
                .max(Comparator.comparingInt(RiskAssessments.YearSummary::fiscalYear))
                .flatMap(year -> risks.view(tenant, year.fiscalYear()));
        if (latest.isEmpty()) {
            return List.of();
        }
        List<RiskChoice> choices = new ArrayList<>();
        for (RiskView risk : latest.get().risks()) {
            String event = risk.event() == null ? "" : risk.event();
            choices.add(new RiskChoice(risk.id(), latest.get().fiscalYear(), risk.position(), event,
                    SUGGESTED_EVENTS.stream().anyMatch(event::contains)));
        }
        choices.sort(Comparator.comparing((RiskChoice c) -> !c.suggested()).thenComparingInt(RiskChoice::position));
        return choices;
    }

    /** A risk of the register as the flag's form offers it. */
    public record RiskChoice(UUID riskId, int fiscalYear, int position, String event, boolean suggested) {
    }

    /** Records an open flag on the risk register as evidence that the risk's factor is known. */
    @Transactional
    public void record(TenantId tenant, UUID flagId, UUID riskId, UUID by) {
        flag(tenant, flagId);
        if (riskId == null || !risks.hasRisk(tenant, riskId)) {
            throw new RuleViolation("riskId", "interest.flag.riskRequired");
        }
        decide(tenant, flagId, State.RECORDED, riskId, null, by, "recorded");
    }

    @Transactional
    public void dismiss(TenantId tenant, UUID flagId, String reason, UUID by) {
        flag(tenant, flagId);
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new RuleViolation("reason", "interest.flag.reasonRequired");
        }
        if (text.length() > MAX_REASON) {
            throw new RuleViolation("reason", "interest.text.tooLong");
        }
        decide(tenant, flagId, State.DISMISSED, null, text, by, "dismissed");
    }

    private void decide(TenantId tenant, UUID flagId, State state, UUID riskId, String reason, UUID by, String verb) {
        if (!repository.decide(tenant, flagId, state, riskId, reason, by, clock.instant())) {
            throw new RuleViolation(null, "interest.flag.decided");
        }
        events.publishEvent(new InterestChanged(tenant.value(), InterestChanged.FLAG, flagId, verb));
    }

    private Map<UUID, Purchase> purchasesOf(TenantId tenant, int fiscalYear) {
        return procurement.year(tenant, fiscalYear).stream().flatMap(month -> month.purchases().stream())
                .collect(Collectors.toMap(Purchase::id, p -> p));
    }

    /** The bidders and the supplier, each name once. */
    private static List<FlagMatcher.Party> parties(PurchaseDetails details) {
        return Stream.concat(details.bidders().stream().map(b -> b.name()), Stream.ofNullable(details.winner()))
                .filter(name -> name != null && !name.isBlank()).distinct()
                .map(name -> new FlagMatcher.Party(name, null)).toList();
    }
}
