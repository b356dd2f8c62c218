package org.sujarit.disclosure.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.disclosure.DisclosureNotFound;
import org.sujarit.disclosure.Disclosures;
import org.sujarit.disclosure.ItemState;
import org.sujarit.disclosure.Publication;
import org.sujarit.infrastructure.web.FormErrors;
import org.sujarit.shared.ConsoleLink;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantMember;
import org.sujarit.staff.Role;
import org.sujarit.staff.StaffPrincipal;
import org.sujarit.tenant.Organisations;
import org.sujarit.tenant.UnitId;
import org.sujarit.tenant.Units;

/**
 * The disclosure checklist in the console: where every item stands this fiscal year and the ITA
 * readiness; an item's periods, publications and history; publishing, replacing, withdrawing; who
 * answers for an item. The integrity officer publishes for any item, unit staff for their unit's.
 */
@Controller
@RequestMapping("/console/disclosure")
@PreAuthorize("hasAnyRole('INTEGRITY_OFFICER', 'UNIT_STAFF', 'EXECUTIVE', 'INTERNAL_AUDITOR', 'TENANT_ADMIN', 'COUNCIL_MEMBER')")
class DisclosureController {

    private final Disclosures disclosures;
    private final Organisations organisations;
    private final Units units;
    private final Clock clock;

    DisclosureController(Disclosures disclosures, Organisations organisations, Units units, Clock clock) {
        this.disclosures = disclosures;
        this.organisations = organisations;
        this.units = units;
        this.clock = clock;
    }

    @GetMapping
    String dashboard(@AuthenticationPrincipal TenantMember me, @RequestParam(required = false) Integer year, Model model) {
        FiscalYear fiscalYear = disclosures.year(year);
        model.addAttribute("catalogue", disclosures.catalogue(me.tenant(), slug(me), fiscalYear));
        model.addAttribute("years", DisclosurePages.years(disclosures.currentYear()));
        model.addAttribute("slug", slug(me));
        return "disclosure/dashboard";
    }

    @GetMapping("/{year}/{number}")
    String item(@AuthenticationPrincipal TenantMember me, @PathVariable int year, @PathVariable String number, Model model) {
        FiscalYear fiscalYear = disclosures.year(year);
        ItemState item = disclosures.item(me.tenant(), slug(me), fiscalYear, number);
        String open = item.periods().stream().filter(p -> !p.covered()).map(ItemState.PeriodState::period).findFirst()
                .orElse(item.periods().get(item.periods().size() - 1).period());
        model.addAttribute("form", PublicationForm.blank(open, LocalDate.now(clock)));
        return item(me, fiscalYear, item, model);
    }

    private String item(TenantMember me, FiscalYear year, ItemState item, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("state", item);
        model.addAttribute("history", disclosures.publications(me.tenant(), year, item.item().number(), false));
        model.addAttribute("mayPublish", disclosures.mayPublish(me, item));
        model.addAttribute("officer", officer(me));
        model.addAttribute("units", units.activeTree(me.tenant()));
        model.addAttribute("slug", slug(me));
        return "disclosure/item";
    }

    @PostMapping("/{year}/{number}/publications")
    String publish(@AuthenticationPrincipal TenantMember me, @PathVariable int year, @PathVariable String number,
                   @ModelAttribute("form") PublicationForm form, BindingResult binding,
                   @RequestParam(name = "file", required = false) MultipartFile file, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        FiscalYear fiscalYear = disclosures.year(year);
        ItemState item = disclosures.item(me.tenant(), slug(me), fiscalYear, number);
        requirePublisher(me, item);
        if (binding.hasErrors()) {
            return again(me, fiscalYear, item, file, model, response);
        }
        try {
            disclosures.publish(me.tenant(), fiscalYear, number, draft(form, file), me.userId());
            redirect.addFlashAttribute("notice", "disclosure.published");
            return "redirect:/console/disclosure/" + year + "/" + item.item().number();
        } catch (RuleViolation violation) {
            return refused(me, fiscalYear, item, binding, violation, file, model, response);
        }
    }

    @PostMapping("/publications/{id}/replace")
    String replace(@AuthenticationPrincipal TenantMember me, @PathVariable UUID id,
                   @ModelAttribute("form") PublicationForm form, BindingResult binding,
                   @RequestParam(name = "file", required = false) MultipartFile file, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        Publication old = disclosures.publication(me.tenant(), id).orElseThrow(() -> new DisclosureNotFound("publication"));
        FiscalYear fiscalYear = new FiscalYear(old.fiscalYear());
        ItemState item = disclosures.item(me.tenant(), slug(me), fiscalYear, old.itemNumber());
        requirePublisher(me, item);
        if (binding.hasErrors()) {
            model.addAttribute("replacing", id);
            return again(me, fiscalYear, item, file, model, response);
        }
        try {
            disclosures.replace(me.tenant(), id, draft(form, file), me.userId());
            redirect.addFlashAttribute("notice", "disclosure.replaced");
            return "redirect:/console/disclosure/" + old.fiscalYear() + "/" + item.item().number();
        } catch (RuleViolation violation) {
            model.addAttribute("replacing", id);
            return refused(me, fiscalYear, item, binding, violation, file, model, response);
        }
    }

    @PostMapping("/publications/{id}/withdraw")
    String withdraw(@AuthenticationPrincipal TenantMember me, @PathVariable UUID id,
                    @RequestParam(defaultValue = "") String reason, Model model, HttpServletResponse response,
                    RedirectAttributes redirect) {
        Publication old = disclosures.publication(me.tenant(), id).orElseThrow(() -> new DisclosureNotFound("publication"));
        FiscalYear fiscalYear = new FiscalYear(old.fiscalYear());
        ItemState item = disclosures.item(me.tenant(), slug(me), fiscalYear, old.itemNumber());
        requirePublisher(me, item);
        try {
            disclosures.withdraw(me.tenant(), id, reason, me.userId());
            redirect.addFlashAttribute("notice", "disclosure.withdrawn");
            return "redirect:/console/disclosure/" + old.fiscalYear() + "/" + item.item().number();
        } catch (RuleViolation violation) {
            FormErrors.unprocessable(response);
            model.addAttribute("problem", violation.messageKey());
            model.addAttribute("withdrawing", id);
            model.addAttribute("typedReason", reason);
            model.addAttribute("form", PublicationForm.blank(old.period(), LocalDate.now(clock)));
            return item(me, fiscalYear, item, model);
        }
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

    private String refused(TenantMember me, FiscalYear year, ItemState item, BindingResult binding, RuleViolation violation,
                           MultipartFile file, Model model, HttpServletResponse response) {
        FormErrors.reject(binding, violation);
        return again(me, year, item, file, model, response);
    }

    /** The item's page with the form as sent and its errors; a chosen file must be chosen again. */
    private String again(TenantMember me, FiscalYear year, ItemState item, MultipartFile file, Model model,
                         HttpServletResponse response) {
        FormErrors.unprocessable(response);
        model.addAttribute("fileDropped", file != null && !file.isEmpty());
        return item(me, year, item, model);
    }

    private static org.sujarit.disclosure.PublicationDraft draft(PublicationForm form, MultipartFile file) throws IOException {
        boolean hasFile = file != null && !file.isEmpty();
        return form.toDraft(hasFile ? file.getOriginalFilename() : null, hasFile ? file.getBytes() : null);
    }

    private void requirePublisher(TenantMember me, ItemState item) {
        if (!disclosures.mayPublish(me, item)) {
            throw new org.springframework.security.access.AccessDeniedException("not responsible for this item");
        }
    }

    private static boolean officer(TenantMember me) {
        return me instanceof StaffPrincipal p && p.has(Role.INTEGRITY_OFFICER);
    }

    private String slug(TenantMember me) {
        return organisations.get(me.tenant()).slug();
    }


    @Bean
    static ConsoleLink disclosureConsoleLink() {
        return new ConsoleLink("nav.disclosure", "/console/disclosure", List.of("INTEGRITY_OFFICER", "UNIT_STAFF",
                "EXECUTIVE", "INTERNAL_AUDITOR", "TENANT_ADMIN", "COUNCIL_MEMBER"), 65);
    }
}
