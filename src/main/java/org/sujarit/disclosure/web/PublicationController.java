package org.sujarit.disclosure.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
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
import org.sujarit.disclosure.PublicationDraft;
import org.sujarit.infrastructure.web.FormErrors;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantMember;

/**
 * Publishing against an item of the checklist: a new publication, a replacement (the old one kept
 * as history) or a withdrawal with its reason. The integrity officer publishes for any item, unit
 * staff for their unit's; a refused form comes back to the item's page with what was typed.
 */
@Controller
@RequestMapping("/console/disclosure")
@PreAuthorize("hasAnyRole('INTEGRITY_OFFICER', 'UNIT_STAFF', 'EXECUTIVE', 'INTERNAL_AUDITOR', 'TENANT_ADMIN', 'COUNCIL_MEMBER')")
class PublicationController {

    private final Disclosures disclosures;
    private final ConsoleItemPage page;
    private final Clock clock;

    PublicationController(Disclosures disclosures, ConsoleItemPage page, Clock clock) {
        this.disclosures = disclosures;
        this.page = page;
        this.clock = clock;
    }

    @PostMapping("/{year}/{number}/publications")
    String publish(@AuthenticationPrincipal TenantMember me, @PathVariable int year, @PathVariable String number,
                   @ModelAttribute("form") PublicationForm form, BindingResult binding,
                   @RequestParam(name = "file", required = false) MultipartFile file, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        FiscalYear fiscalYear = disclosures.year(year);
        ItemState item = page.item(me, fiscalYear, number);
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
        ItemState item = page.item(me, fiscalYear, old.itemNumber());
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
        ItemState item = page.item(me, fiscalYear, old.itemNumber());
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
            return page.show(me, fiscalYear, item, model);
        }
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
        return page.show(me, year, item, model);
    }

    private static PublicationDraft draft(PublicationForm form, MultipartFile file) throws IOException {
        boolean hasFile = file != null && !file.isEmpty();
        return form.toDraft(hasFile ? file.getOriginalFilename() : null, hasFile ? file.getBytes() : null);
    }

    private void requirePublisher(TenantMember me, ItemState item) {
        if (!disclosures.mayPublish(me, item)) {
            throw new AccessDeniedException("not responsible for this item");
        }
    }
}
