package org.sujarit.complaint.statistics;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.sujarit.complaint.ComplaintNotFound;
import org.sujarit.complaint.statistics.ComplaintStatistics;
import org.sujarit.complaint.statistics.PublicStatistics;
import org.sujarit.complaint.statistics.SmallCounts;
import org.sujarit.infrastructure.db.replica.ReadsFromReplica;
import org.sujarit.shared.FiscalYear;
import org.sujarit.tenant.Organisation;
import org.sujarit.tenant.Organisations;
import org.sujarit.tenant.Slugs;

/**
 * The public complaint statistics of a fiscal year, without signing in: each channel's figures
 * by half-year, category and month, merged so that no count under 5 is published.
 */
@Controller
@ReadsFromReplica
class StatisticsPortalController {

    private final Organisations organisations;
    private final ComplaintStatistics statistics;
    private final StatisticsYears years;

    StatisticsPortalController(Organisations organisations, ComplaintStatistics statistics, StatisticsYears years) {
        this.organisations = organisations;
        this.statistics = statistics;
        this.years = years;
    }

    @GetMapping("/{slug:" + Slugs.PATTERN + "}/complaints/statistics")
    String page(@PathVariable String slug, @RequestParam(required = false) Integer year, Model model) {
        Organisation organisation = organisations.findBySlug(slug)
                .orElseThrow(() -> new ComplaintNotFound("organisation"));
        FiscalYear fiscalYear = years.resolve(year);
        model.addAttribute("organisation", organisation);
        model.addAttribute("stats", PublicStatistics.of(statistics.year(organisation.id(), fiscalYear)));
        model.addAttribute("years", statistics.years(organisation.id()));
        model.addAttribute("threshold", SmallCounts.THRESHOLD);
        return "complaint/portal-statistics";
    }
}
