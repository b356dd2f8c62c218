package org.sujarit.disclosure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.IndicatorSource;
import org.sujarit.shared.TenantId;
import org.sujarit.tenant.Organisation;
import org.sujarit.tenant.Organisations;

/**
 * The ITA (OIT) readiness for oversight: the share of the year's checklist items that are ready
 * and the number overdue, as the disclosure portal shows them. The rule (periods due, what the
 * local government published, what the other modules publish by themselves) stays in {@link
 * Disclosures} and {@link ItemState}: each tenant's catalogue is built as the portal builds it, on
 * the day asked for, one tenant after the other.
 *
 * <p>Years: the fiscal year of the day for every tenant (a local government that published nothing
 * still stands at 0%), and each earlier year in which it published something against a checklist.
 */
@Component
class DisclosureIndicators implements IndicatorSource {

    static final String READINESS = "disclosure.readiness";
    static final String OVERDUE = "disclosure.overdue";

    private static final String EVIDENCE = "/disclosure?year={year}&view=ita";

    private static final List<Indicator> INDICATORS = List.of(
            new Indicator(READINESS, Kind.SHARE, true, false, null, null, EVIDENCE),
            new Indicator(OVERDUE, Kind.COUNT, false, false, null, null, EVIDENCE));

    /**
     * The audited actions that can change an item's state: a publication, and what the modules
     * that publish evidence by themselves do ({@link PublishedEvidence.Source}: the plan and its
     * rounds, the risk assessment, procurement summaries, consultations, the gift register and
     * the ethics code). The complaint centre's evidence is always live, so its changes cannot.
     */
    private static final List<String> AFFECTING = List.of("disclosure.", "plan.", "risk.", "procurement.", "survey.",
            "gift.", "gift-register.", "gift-policy-declaration.", "ethics-code.", "organisation.onboarded");

    private final Disclosures disclosures;
    private final Checklists checklists;
    private final Organisations organisations;
    private final JdbcClient jdbc;

    DisclosureIndicators(Disclosures disclosures, Checklists checklists, Organisations organisations, JdbcClient jdbc) {
        this.disclosures = disclosures;
        this.checklists = checklists;
        this.organisations = organisations;
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "disclosure";
    }

    @Override
    public List<Indicator> indicators() {
        return INDICATORS;
    }

    @Override
    public boolean affectedBy(String auditAction) {
        return AFFECTING.stream().anyMatch(auditAction::startsWith);
    }

    /** One catalogue per tenant and year; a state also changes as due dates pass, so the day matters. */
    @Override
    public List<Value> compute(Collection<UUID> tenants, LocalDate today) {
        if (tenants.isEmpty()) {
            return List.of();
        }
        FiscalYear current = FiscalYear.containing(today);
        Map<UUID, Set<Integer>> years = new HashMap<>();
        for (UUID tenant : tenants) {
            years.put(tenant, new TreeSet<>(Set.of(current.buddhistYear())));
        }
        jdbc.sql("""
                        select distinct tenant_id, fiscal_year from disclosure_publication
                        where tenant_id = any(?) and status = 'CURRENT' and fiscal_year < ?""")
                .params(tenants.toArray(UUID[]::new), current.buddhistYear())
                .query((rs, n) -> years.get(rs.getObject("tenant_id", UUID.class)).add(rs.getInt("fiscal_year")))
                .list();
        Map<Integer, Boolean> hasChecklist = new HashMap<>();
        List<Value> values = new ArrayList<>();
        for (UUID tenant : tenants) {
            Organisation organisation = organisations.find(new TenantId(tenant)).orElse(null);
            if (organisation == null) {
                continue;
            }
            for (int year : years.get(tenant)) {
                FiscalYear fiscalYear = new FiscalYear(year);
                if (!hasChecklist.computeIfAbsent(year, y -> checklists.forYear(fiscalYear).isPresent())) {
                    continue;
                }
                Catalogue catalogue = disclosures.catalogue(organisation.id(), organisation.slug(), fiscalYear, today);
                values.add(Value.share(tenant, year, READINESS, catalogue.readyCount(), catalogue.items().size()));
                values.add(Value.of(tenant, year, OVERDUE, catalogue.counts().get(ItemState.State.OVERDUE)));
            }
        }
        return values;
    }
}
