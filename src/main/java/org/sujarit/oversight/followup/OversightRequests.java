package org.sujarit.oversight.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.oversight.followup.OversightRequest.Status;
import org.sujarit.oversight.followup.OversightRequestChanged.Change;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantId;
import org.sujarit.staff.OversightScope;
import org.sujarit.staff.StaffPrincipal;

/**
 * Follow-up between levels: an overseer asks a local government within their scope about an
 * indicator, the LAO's integrity officer answers, the overseer closes it. Whatever lies outside
 * the overseer's scope does not exist for them ({@link OversightRequestNotFound}); an LAO sees its
 * own requests only.
 */
@Service
public class OversightRequests {

    /** The longest list a page shows; the counts cover all. */
    public static final int LIST_LIMIT = 500;
    static final int MAX_ANSWER = 4000;
    /** How far ahead a due date may lie. */
    static final int MAX_DAYS_AHEAD = 366;

    private final RequestRepository repository;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OversightRequests(RequestRepository repository, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.events = events;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The LAO's name for the send form, if it lies within the overseer's scope. */
    public String laoName(OversightScope scope, String slug, java.util.Locale locale) {
        RequestRepository.Lao lao = repository.lao(scope, slug).orElseThrow(OversightRequestNotFound::new);
        return "en".equals(locale.getLanguage()) ? lao.nameEn() : lao.nameTh();
    }

    @Transactional
    public UUID send(StaffPrincipal overseer, String slug, RequestDraft draft) {
        OversightScope scope = overseer.oversight();
        RequestRepository.Lao lao = repository.lao(scope, slug).orElseThrow(OversightRequestNotFound::new);
        LocalDate today = today();
        if (draft.dueOn().isBefore(today)) {
            throw new RuleViolation("dueOn", "followup.dueOn.past");
        }
        if (draft.dueOn().isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            throw new RuleViolation("dueOn", "followup.dueOn.tooFar");
        }
        UUID id = repository.insert(lao.tenantId(), overseer.userId(), scope, draft, clock.instant());
        events.publishEvent(new OversightRequestChanged(lao.tenantId(), id, Change.SENT));
        return id;
    }

    /** Requests within the scope, filtered by status and/or overdue. */
    public List<OversightRequest> inScope(OversightScope scope, Status status, boolean overdueOnly) {
        return repository.inScope(scope, status, overdueOnly, today(), LIST_LIMIT);
    }

    /** One LAO's requests, if it lies within the scope. */
    public List<OversightRequest> ofLao(OversightScope scope, String slug) {
        RequestRepository.Lao lao = repository.lao(scope, slug).orElseThrow(OversightRequestNotFound::new);
        return repository.ofTenant(lao.tenantId(), today());
    }

    @Transactional
    public void close(OversightScope scope, UUID id) {
        OversightRequest request = repository.inScope(scope, id, today()).orElseThrow(OversightRequestNotFound::new);
        if (!repository.close(request.tenantId(), id, clock.instant())) {
            throw new RuleViolation(null, "followup.alreadyClosed");
        }
        events.publishEvent(new OversightRequestChanged(request.tenantId(), id, Change.CLOSED));
    }

    /** Counts per province of the scope (provinces without requests are left out). */
    public List<RequestCounts> perProvince(OversightScope scope) {
        return repository.perProvince(scope, today());
    }

    /** Counts per NACC region (0: Bangkok, which has none), summed from the provinces' counts. */
    public static List<RequestCounts> perRegion(List<RequestCounts> provinces) {
        Map<Integer, RequestCounts> regions = new TreeMap<>();
        for (RequestCounts p : provinces) {
            regions.merge(p.region(), new RequestCounts(null, null, null, p.region(), p.open(), p.answered(), p.overdue(),
                    p.closed()), (x, y) -> new RequestCounts(null, null, null, x.region(), x.open() + y.open(),
                    x.answered() + y.answered(), x.overdue() + y.overdue(), x.closed() + y.closed()));
        }
        return regions.values().stream().sorted(Comparator.comparingInt(RequestCounts::region)).toList();
    }

    /** The sum of all rows, for a table's total line. */
    public static RequestCounts total(List<RequestCounts> rows) {
        return new RequestCounts(null, null, null, 0, rows.stream().mapToInt(RequestCounts::open).sum(),
                rows.stream().mapToInt(RequestCounts::answered).sum(), rows.stream().mapToInt(RequestCounts::overdue).sum(),
                rows.stream().mapToInt(RequestCounts::closed).sum());
    }

    public List<OversightRequest> ofTenant(TenantId tenant) {
        return repository.ofTenant(tenant.value(), today());
    }

    public OversightRequest ofTenant(TenantId tenant, UUID id) {
        return repository.find(tenant.value(), id, today()).orElseThrow(OversightRequestNotFound::new);
    }

    /** Open requests and how many of them are overdue, for the console's card. */
    public int[] openAndOverdue(TenantId tenant) {
        return repository.openAndOverdue(tenant.value(), today());
    }

    @Transactional
    public void answer(TenantId tenant, UUID id, String answer, UUID by) {
        OversightRequest request = ofTenant(tenant, id);
        String text = answer == null ? "" : answer.strip();
        if (text.length() < 2) {
            throw new RuleViolation("answer", "followup.answer.required");
        }
        if (text.length() > MAX_ANSWER) {
            throw new RuleViolation("answer", "followup.answer.tooLong");
        }
        if (!request.open() || !repository.answer(tenant.value(), id, text, by, clock.instant())) {
            throw new RuleViolation(null, "followup.answer.notOpen");
        }
        events.publishEvent(new OversightRequestChanged(tenant.value(), id, Change.ANSWERED));
    }

    List<OversightRequest> openOfAllTenants(LocalDate today) {
        return repository.open(today);
    }
}
