package org.sujarit.complaint.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.sujarit.complaint.CaseAccess;
import org.sujarit.complaint.CaseSearch;
import org.sujarit.complaint.CaseView;
import org.sujarit.complaint.CaseView.Deadline;
import org.sujarit.complaint.Channel;
import org.sujarit.complaint.ComplaintSettings;
import org.sujarit.complaint.Priority;
import org.sujarit.shared.ConsoleLink;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.TenantMember;
import org.sujarit.tenant.Units;

/** The case list: what the viewer may read, filtered, counted by status, overdue cases flagged. */
@Controller
class CaseListController {

    private final CaseSearch search;
    private final CaseAccess access;
    private final ComplaintSettings settings;
    private final Units units;
    private final Clock clock;

    CaseListController(CaseSearch search, CaseAccess access, ComplaintSettings settings, Units units, Clock clock) {
        this.search = search;
        this.access = access;
        this.settings = settings;
        this.units = units;
        this.clock = clock;
    }

    @GetMapping("/console/complaints")
    @PreAuthorize(CaseController.READERS)
    String list(@AuthenticationPrincipal TenantMember me, @ModelAttribute("filter") CaseFilter filter, BindingResult binding,
                Model model) {
        // A filter value that cannot be read (an edited URL) is dropped rather than refused.
        CaseFilter used = binding.hasErrors() || filter == null ? CaseFilter.NONE : filter;
        Instant now = clock.instant();
        CaseSearch.Result result = search.search(me.tenant(), access.scope(me), used.criteria(), now);
        model.addAttribute("filter", used);
        model.addAttribute("result", result);
        model.addAttribute("rows", result.cases().stream().map(c -> Row.of(c, now, clock)).toList());
        model.addAttribute("statuses", CaseSearch.statuses());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("categories", settings.categories(me.tenant()));
        model.addAttribute("units", units.activeTree(me.tenant()));
        int year = FiscalYear.containing(LocalDate.now(clock)).buddhistYear();
        model.addAttribute("years", IntStream.rangeClosed(0, 4).map(i -> year - i).boxed().toList());
        model.addAttribute("handles", access.handles(me));
        model.addAttribute("keepsSettings", access.keepsSettings(me));
        return "complaint/list";
    }

    /** A line of the list: the case, whether it is overdue, and its next deadline while it is open. */
    record Row(CaseView c, boolean overdue, Deadline next, LocalDate nextOn) {

        static Row of(CaseView c, Instant now, Clock clock) {
            Deadline next = c.status().handled() ? null : c.deadlines().stream().filter(d -> !d.met())
                    .min(Comparator.comparing(Deadline::dueAt)).orElse(null);
            return new Row(c, c.overdue(now), next, next == null ? null : LocalDate.ofInstant(next.dueAt(), clock.getZone()));
        }
    }

    @Bean
    static ConsoleLink complaintsConsoleLink() {
        return new ConsoleLink("nav.complaints", "/console/complaints",
                List.of("INTEGRITY_OFFICER", "UNIT_STAFF", "EXECUTIVE", "INTERNAL_AUDITOR"), 60);
    }

    /** The tenant admin reads no case; the settings are all the admin keeps here. */
    @Bean
    static ConsoleLink complaintSettingsConsoleLink() {
        return new ConsoleLink("nav.complaintSettings", "/console/complaints/settings", List.of("TENANT_ADMIN"), 61);
    }
}
