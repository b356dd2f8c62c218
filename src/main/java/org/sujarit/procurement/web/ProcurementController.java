package org.sujarit.procurement.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.procurement.FiscalMonth;
import org.sujarit.procurement.MonthSummary;
import org.sujarit.procurement.ProcurementSummaries;
import org.sujarit.shared.ConsoleLink;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantMember;

/** A fiscal year's twelve months, one month's purchases, and publishing a month. */
@Controller
@RequestMapping("/console/procurement")
@PreAuthorize(ProcurementRoles.READERS)
class ProcurementController {

    private final ProcurementSummaries summaries;
    private final Clock clock;

    ProcurementController(ProcurementSummaries summaries, Clock clock) {
        this.summaries = summaries;
        this.clock = clock;
    }

    @GetMapping
    String currentYear() {
        return "redirect:/console/procurement/" + FiscalYear.containing(LocalDate.now(clock)).buddhistYear();
    }

    @GetMapping("/{year}")
    String year(@AuthenticationPrincipal TenantMember me, @PathVariable int year, Model model) {
        List<MonthSummary> months = summaries.year(me.tenant(), year);
        model.addAttribute("year", year);
        model.addAttribute("months", months);
        model.addAttribute("today", LocalDate.now(clock));
        return "procurement/year";
    }

    @GetMapping("/{year}/{month}")
    String month(@AuthenticationPrincipal TenantMember me, @PathVariable int year, @PathVariable int month, Model model) {
        return MonthPage.show(summaries.month(me.tenant(), year, month), LocalDate.now(clock), model);
    }

    @PostMapping("/{year}/{month}/publish")
    @PreAuthorize(ProcurementRoles.EDITORS)
    String publish(@AuthenticationPrincipal TenantMember me, @PathVariable int year, @PathVariable int month,
                   RedirectAttributes redirect) {
        return act(year, month, redirect, "procurement.published",
                () -> summaries.publish(me.tenant(), year, month, me.userId()));
    }

    @PostMapping("/{year}/{month}/no-procurement")
    @PreAuthorize(ProcurementRoles.EDITORS)
    String noProcurement(@AuthenticationPrincipal TenantMember me, @PathVariable int year, @PathVariable int month,
                         RedirectAttributes redirect) {
        return act(year, month, redirect, "procurement.noProcurementDeclared",
                () -> summaries.declareNoProcurement(me.tenant(), year, month, me.userId()));
    }

    @PostMapping("/{year}/{month}/unpublish")
    @PreAuthorize(ProcurementRoles.EDITORS)
    String unpublish(@AuthenticationPrincipal TenantMember me, @PathVariable int year, @PathVariable int month,
                     RedirectAttributes redirect) {
        return act(year, month, redirect, "procurement.unpublished",
                () -> summaries.unpublish(me.tenant(), year, month, me.userId()));
    }

    private static String act(int year, int month, RedirectAttributes redirect, String notice, Runnable action) {
        FiscalMonth.of(year, month);
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("problem", violation.messageKey());
        }
        return "redirect:/console/procurement/" + year + "/" + month;
    }

    @Bean
    static ConsoleLink procurementConsoleLink() {
        return new ConsoleLink("nav.procurement", "/console/procurement",
                List.of("INTEGRITY_OFFICER", "UNIT_STAFF", "EXECUTIVE", "INTERNAL_AUDITOR"), 70);
    }
}
