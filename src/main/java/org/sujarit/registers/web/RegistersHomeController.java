package org.sujarit.registers.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.sujarit.procurement.FiscalMonth;
import org.sujarit.procurement.MonthSummary;
import org.sujarit.procurement.ProcurementSummaries;
import org.sujarit.procurement.Purchase;
import org.sujarit.registers.DeclarationCommittees;
import org.sujarit.registers.InterestFlag;
import org.sujarit.registers.InterestFlags;
import org.sujarit.registers.InterestRoles;
import org.sujarit.shared.ConsoleLink;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.TenantMember;

/**
 * The registers' one entry in the console: the gift register, the declarations of interests, the
 * committees of the year's purchases, the flags, the agreements and the code of ethics, each with
 * what waits in it — instead of six entries in the console's navigation.
 */
@Controller
@PreAuthorize(InterestRoles.COMMITTEE_EDITORS + " or " + InterestRoles.OVERSEERS)
class RegistersHomeController {

    /** A purchase of the year and how many sit on its committee (0 when none is named). */
    record CommitteeLine(FiscalMonth month, Purchase purchase, int members) {
    }

    private final InterestFlags flags;
    private final DeclarationCommittees committees;
    private final ProcurementSummaries procurement;
    private final Clock clock;

    RegistersHomeController(InterestFlags flags, DeclarationCommittees committees, ProcurementSummaries procurement,
                            Clock clock) {
        this.flags = flags;
        this.committees = committees;
        this.procurement = procurement;
        this.clock = clock;
    }

    @GetMapping("/console/registers")
    String home(@AuthenticationPrincipal TenantMember me, Model model) {
        model.addAttribute("openFlags", flags.list(me.tenant()).stream().filter(InterestFlag::open).count());
        return "registers/home";
    }

    /** Every purchase of the year's procurement summary, with the link that names its committee. */
    @GetMapping("/console/registers/committees")
    @PreAuthorize(InterestRoles.COMMITTEE_EDITORS)
    String committees(@AuthenticationPrincipal TenantMember me, @RequestParam(required = false) Integer year, Model model) {
        FiscalYear current = FiscalYear.containing(LocalDate.now(clock));
        int shown = year == null || year < 2500 || year > current.buddhistYear() + 1 ? current.buddhistYear() : year;
        Map<UUID, Integer> counts = committees.memberCounts(me.tenant(), shown);
        List<CommitteeLine> lines = procurement.year(me.tenant(), shown).stream()
                .flatMap((MonthSummary month) -> month.purchases().stream().map(purchase ->
                        new CommitteeLine(month.month(), purchase, counts.getOrDefault(purchase.id(), 0))))
                .toList();
        model.addAttribute("year", shown);
        model.addAttribute("lines", lines);
        return "registers/committees";
    }

    @Bean
    static ConsoleLink registersLink() {
        return new ConsoleLink("nav.registers", "/console/registers", List.of("INTEGRITY_OFFICER", "EXECUTIVE", "UNIT_STAFF"),
                74);
    }
}
