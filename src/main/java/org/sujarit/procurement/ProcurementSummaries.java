package org.sujarit.procurement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.procurement.ProcurementChanged.Change;
import org.sujarit.procurement.ProcurementRepository.MonthRow;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantId;

/**
 * The monthly procurement summaries of each local government: purchases recorded month by month,
 * and each month published — with its purchases, or as "no procurement this month". A published
 * month is not changed; it is unpublished first.
 */
@Service
public class ProcurementSummaries {

    private static final String MONTH = "procurement-month";
    private static final String PURCHASE = "procurement-purchase";

    private final ProcurementRepository repository;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProcurementSummaries(ProcurementRepository repository, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.events = events;
        this.clock = clock;
    }

    /** The fiscal year's twelve months, those with nothing recorded as {@link MonthState#EMPTY}. */
    @Transactional(readOnly = true)
    public List<MonthSummary> year(TenantId tenant, int fiscalYear) {
        FiscalYear year = FiscalMonth.of(fiscalYear, 1).year();
        Map<Integer, MonthRow> rows = repository.months(tenant, fiscalYear).stream()
                .collect(Collectors.toMap(MonthRow::fiscalMonth, Function.identity()));
        Map<UUID, List<Purchase>> purchases = repository.purchases(tenant, fiscalYear);
        return FiscalMonth.of(year).map(month -> summary(month, rows.get(month.number()), purchases)).toList();
    }

    /** The published months of the year, in order, for the portal, the open data and the checklist. */
    @Transactional(readOnly = true)
    public List<MonthSummary> published(TenantId tenant, int fiscalYear) {
        return year(tenant, fiscalYear).stream().filter(MonthSummary::isPublished).toList();
    }

    @Transactional(readOnly = true)
    public MonthSummary month(TenantId tenant, int fiscalYear, int fiscalMonth) {
        FiscalMonth month = FiscalMonth.of(fiscalYear, fiscalMonth);
        MonthRow row = repository.month(tenant, fiscalYear, fiscalMonth).orElse(null);
        return summary(month, row, row == null ? Map.of() : repository.purchases(tenant, fiscalYear));
    }

    @Transactional(readOnly = true)
    public Purchase purchase(TenantId tenant, int fiscalYear, int fiscalMonth, UUID purchaseId) {
        return month(tenant, fiscalYear, fiscalMonth).purchases().stream().filter(p -> p.id().equals(purchaseId))
                .findFirst().orElseThrow(() -> new ProcurementNotFound("purchase"));
    }

    /** @throws PurchaseRejected with every rule the purchase breaks */
    @Transactional
    public UUID addPurchase(TenantId tenant, int fiscalYear, int fiscalMonth, PurchaseDetails details, UUID by) {
        check(details);
        UUID monthId = editableMonth(tenant, fiscalYear, fiscalMonth, by);
        UUID id = repository.insertPurchase(tenant, monthId, details, by, clock.instant());
        events.publishEvent(new ProcurementChanged(tenant.value(), PURCHASE, id, Change.PURCHASE_ADDED));
        return id;
    }

    /** @throws PurchaseRejected with every rule the purchase breaks */
    @Transactional
    public void updatePurchase(TenantId tenant, int fiscalYear, int fiscalMonth, UUID purchaseId, PurchaseDetails details,
                               UUID by) {
        purchase(tenant, fiscalYear, fiscalMonth, purchaseId);
        check(details);
        UUID monthId = editableMonth(tenant, fiscalYear, fiscalMonth, by);
        if (repository.updatePurchase(tenant, monthId, purchaseId, details, by, clock.instant()) == 0) {
            throw new ProcurementNotFound("purchase");
        }
        events.publishEvent(new ProcurementChanged(tenant.value(), PURCHASE, purchaseId, Change.PURCHASE_EDITED));
    }

    @Transactional
    public void removePurchase(TenantId tenant, int fiscalYear, int fiscalMonth, UUID purchaseId, UUID by) {
        purchase(tenant, fiscalYear, fiscalMonth, purchaseId);
        UUID monthId = editableMonth(tenant, fiscalYear, fiscalMonth, by);
        repository.deletePurchase(tenant, monthId, purchaseId);
        events.publishEvent(new ProcurementChanged(tenant.value(), PURCHASE, purchaseId, Change.PURCHASE_REMOVED));
    }

    /**
     * Adds every purchase of an imported file, or none: the file's own problems are found before,
     * by {@link PurchaseImport}; the rules of the form are checked here again line by line.
     *
     * @throws PurchaseImport.ImportRejected naming each line that breaks a rule
     */
    @Transactional
    public void importPurchases(TenantId tenant, int fiscalYear, int fiscalMonth, List<PurchaseDetails> purchases, UUID by) {
        List<PurchaseImport.LineProblem> problems = new ArrayList<>();
        for (int i = 0; i < purchases.size(); i++) {
            int line = i + 2;
            purchases.get(i).problems().forEach(p -> problems.add(new PurchaseImport.LineProblem(line, p.field(), p.messageKey())));
        }
        if (purchases.isEmpty()) {
            problems.add(new PurchaseImport.LineProblem(1, null, "procurement.import.noRows"));
        }
        if (!problems.isEmpty()) {
            throw new PurchaseImport.ImportRejected(problems);
        }
        UUID monthId = editableMonth(tenant, fiscalYear, fiscalMonth, by);
        purchases.forEach(details -> repository.insertPurchase(tenant, monthId, details, by, clock.instant()));
        events.publishEvent(new ProcurementChanged(tenant.value(), MONTH, monthId, Change.PURCHASES_IMPORTED));
    }

    /** Publishes a month with its purchases; a month without any is declared "no procurement" instead. */
    @Transactional
    public void publish(TenantId tenant, int fiscalYear, int fiscalMonth, UUID by) {
        UUID monthId = editableMonth(tenant, fiscalYear, fiscalMonth, by);
        if (repository.purchaseCount(tenant, monthId) == 0) {
            throw new RuleViolation(null, "procurement.publish.empty");
        }
        repository.setPublication(tenant, monthId, false, clock.instant(), by);
        events.publishEvent(new ProcurementChanged(tenant.value(), MONTH, monthId, Change.PUBLISHED));
    }

    /** States publicly that the month had no procurement; refused while the month has purchases. */
    @Transactional
    public void declareNoProcurement(TenantId tenant, int fiscalYear, int fiscalMonth, UUID by) {
        UUID monthId = editableMonth(tenant, fiscalYear, fiscalMonth, by);
        if (repository.purchaseCount(tenant, monthId) > 0) {
            throw new RuleViolation(null, "procurement.noProcurement.hasPurchases");
        }
        repository.setPublication(tenant, monthId, true, clock.instant(), by);
        events.publishEvent(new ProcurementChanged(tenant.value(), MONTH, monthId, Change.NO_PROCUREMENT_DECLARED));
    }

    /** Takes a month off the portal (and a "no procurement" statement with it), to be corrected. */
    @Transactional
    public void unpublish(TenantId tenant, int fiscalYear, int fiscalMonth, UUID by) {
        MonthRow row = repository.month(tenant, fiscalYear, fiscalMonth)
                .filter(m -> m.publishedAt() != null)
                .orElseThrow(() -> new RuleViolation(null, "procurement.unpublish.notPublished"));
        repository.setPublication(tenant, row.id(), false, null, by);
        repository.touchMonth(tenant, fiscalYear, fiscalMonth, by, clock.instant());
        events.publishEvent(new ProcurementChanged(tenant.value(), MONTH, row.id(), Change.UNPUBLISHED));
    }

    /** The month's id, created if need be, when the month may change: begun, and not published. */
    private UUID editableMonth(TenantId tenant, int fiscalYear, int fiscalMonth, UUID by) {
        FiscalMonth month = FiscalMonth.of(fiscalYear, fiscalMonth);
        if (!month.begunOn(LocalDate.now(clock))) {
            throw new RuleViolation(null, "procurement.month.notBegun");
        }
        if (repository.month(tenant, fiscalYear, fiscalMonth).map(m -> m.publishedAt() != null).orElse(false)) {
            throw new RuleViolation(null, "procurement.month.published");
        }
        return repository.touchMonth(tenant, fiscalYear, fiscalMonth, by, clock.instant());
    }

    private static void check(PurchaseDetails details) {
        List<PurchaseDetails.Problem> problems = details.problems();
        if (!problems.isEmpty()) {
            throw new PurchaseRejected(problems);
        }
    }

    private static MonthSummary summary(FiscalMonth month, MonthRow row, Map<UUID, List<Purchase>> purchases) {
        if (row == null) {
            return new MonthSummary(month, MonthState.EMPTY, null, null, null, null, List.of());
        }
        List<Purchase> ofMonth = purchases.getOrDefault(row.id(), List.of());
        MonthState state = row.publishedAt() != null ? row.noProcurement() ? MonthState.NO_PROCUREMENT : MonthState.PUBLISHED
                : ofMonth.isEmpty() ? MonthState.EMPTY : MonthState.DRAFT;
        return new MonthSummary(month, state, row.publishedAt(), row.publishedBy(), row.updatedAt(), row.updatedBy(), ofMonth);
    }
}
