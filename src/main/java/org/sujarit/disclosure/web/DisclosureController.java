package org.sujarit.disclosure.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.disclosure.DisclosureNotFound;
import org.sujarit.disclosure.Disclosures;
import org.sujarit.disclosure.ItemState;
import org.sujarit.shared.ConsoleLink;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.TenantMember;
import org.sujarit.tenant.UnitId;

/**
 * The disclosure checklist in the console: where every item stands this fiscal year and the ITA
 * readiness; an item's periods, publications and history, and their files; who answers for an
 * item. Publishing is {@link PublicationController}'s.
 */
@Controller
@RequestMapping("/console/disclosure")
@PreAuthorize("hasAnyRole('INTEGRITY_OFFICER', 'UNIT_STAFF', 'EXECUTIVE', 'INTERNAL_AUDITOR', 'TENANT_ADMIN', 'COUNCIL_MEMBER')")
class DisclosureController {

    private final Disclosures disclosures;
    private final ConsoleItemPage page;
    private final Clock clock;

    DisclosureController(Disclosures disclosures, ConsoleItemPage page, Clock clock) {
        this.disclosures = disclosures;
        this.page = page;
        this.clock = clock;
    }

    @GetMapping
    String dashboard(@AuthenticationPrincipal TenantMember me, @RequestParam(required = false) Integer year, Model model) {
        FiscalYear fiscalYear = disclosures.year(year);
        model.addAttribute("catalogue", disclosures.catalogue(me.tenant(), page.slug(me), fiscalYear));
        model.addAttribute("years", DisclosurePages.years(disclosures.currentYear()));
        model.addAttribute("slug", page.slug(me));
        return "disclosure/dashboard";
    }

    @GetMapping("/{year}/{number}")
    String item(@AuthenticationPrincipal TenantMember me, @PathVariable int year, @PathVariable String number, Model model) {
        FiscalYear fiscalYear = disclosures.year(year);
        ItemState item = page.item(me, fiscalYear, number);
        String open = item.periods().stream().filter(p -> !p.covered()).map(ItemState.PeriodState::period).findFirst()
                .orElse(item.periods().get(item.periods().size() - 1).period());
        model.addAttribute("form", PublicationForm.blank(open, LocalDate.now(clock)));
        return page.show(me, fiscalYear, item, model);
    }

    @PostMapping("/{year}/{number}/unit")
    @PreAuthorize("hasRole('INTEGRITY_OFFICER')")
    String assign(@AuthenticationPrincipal TenantMember me, @PathVariable int year, @PathVariable String number,
                  @RequestParam(required = false) UUID unitId, RedirectAttributes redirect) {
        disclosures.assign(me.tenant(), disclosures.year(year), number, unitId == null ? null : new UnitId(unitId));
        redirect.addFlashAttribute("notice", "disclosure.assigned");
        return "redirect:/console/disclosure/" + year + "/" + number;
    }

    @GetMapping("/publications/{id}/file")
    ResponseEntity<byte[]> file(@AuthenticationPrincipal TenantMember me, @PathVariable UUID id) {
        return DisclosurePages.download(disclosures.file(me.tenant(), id, true)
                .orElseThrow(() -> new DisclosureNotFound("file")));
    }

    @Bean
    static ConsoleLink disclosureConsoleLink() {
        return new ConsoleLink("nav.disclosure", "/console/disclosure", List.of("INTEGRITY_OFFICER", "UNIT_STAFF",
                "EXECUTIVE", "INTERNAL_AUDITOR", "TENANT_ADMIN", "COUNCIL_MEMBER"), 65);
    }
}
