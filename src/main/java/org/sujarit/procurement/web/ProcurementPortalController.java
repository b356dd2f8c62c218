package org.sujarit.procurement.web;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.sujarit.infrastructure.db.replica.ReadsFromReplica;
import org.sujarit.procurement.FiscalMonth;
import org.sujarit.procurement.ProcurementNotFound;
import org.sujarit.procurement.ProcurementSummaries;
import org.sujarit.shared.FiscalYear;
import org.sujarit.portal.PortalLink;
import org.sujarit.tenant.Organisation;
import org.sujarit.tenant.Organisations;
import org.sujarit.tenant.Slugs;

/** A fiscal year's published monthly summaries on the portal, and where to download them as open data. */
@Controller
@ReadsFromReplica
@RequestMapping("/{slug:" + Slugs.PATTERN + "}/procurement")
class ProcurementPortalController {

    private final Organisations organisations;
    private final ProcurementSummaries summaries;
    private final Clock clock;

    ProcurementPortalController(Organisations organisations, ProcurementSummaries summaries, Clock clock) {
        this.organisations = organisations;
        this.summaries = summaries;
        this.clock = clock;
    }

    @GetMapping
    String year(@PathVariable String slug, @RequestParam(required = false) Integer year, Model model) {
        Organisation organisation = organisations.findBySlug(slug).orElseThrow(() -> new ProcurementNotFound("organisation"));
        int current = FiscalYear.containing(LocalDate.now(clock)).buddhistYear();
        int shown = year == null ? current : FiscalMonth.of(year, 1).year().buddhistYear();
        model.addAttribute("organisation", organisation);
        model.addAttribute("year", shown);
        model.addAttribute("current", current);
        model.addAttribute("months", summaries.published(organisation.id(), shown));
        return "procurement/portal";
    }

    @Bean
    static PortalLink procurementPortalLink() {
        return new PortalLink("portal.procurement", "/procurement", "portal.procurementDescription", 40);
    }
}
