package org.sujarit.registers.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.infrastructure.document.DocumentFiles;
import org.sujarit.infrastructure.web.FormErrors;
import org.sujarit.registers.DecidingGiftReports;
import org.sujarit.registers.GiftAction;
import org.sujarit.registers.GiftDocuments;
import org.sujarit.registers.GiftFilter;
import org.sujarit.registers.Gifts;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantMember;
import org.sujarit.tenant.Organisations;

/**
 * The whole gift register, for the integrity officer and the executive: the year's gifts filtered
 * by action and limit, one gift, one person's gifts, the year as a workbook; the executive decides
 * on reports. Every view of another person's records is audited by {@link Gifts}.
 */
@Controller
@RequestMapping("/console/registers/gifts")
@PreAuthorize(GiftRegisterController.READERS)
class GiftRegisterController {

    static final String READERS = "hasAnyRole('INTEGRITY_OFFICER', 'EXECUTIVE')";

    private final Gifts gifts;
    private final DecidingGiftReports deciding;
    private final GiftDocuments documents;
    private final Organisations organisations;
    private final GiftPages pages;

    GiftRegisterController(Gifts gifts, DecidingGiftReports deciding, GiftDocuments documents,
                           Organisations organisations, GiftPages pages) {
        this.gifts = gifts;
        this.deciding = deciding;
        this.documents = documents;
        this.organisations = organisations;
        this.pages = pages;
    }

    @GetMapping
    String register(@AuthenticationPrincipal TenantMember me, @RequestParam(required = false) Integer year,
                    @RequestParam(required = false) GiftAction action, @RequestParam(required = false) Boolean overLimit,
                    Model model) {
        GiftFilter filter = new GiftFilter(pages.year(year), action, overLimit);
        model.addAttribute("filter", filter);
        model.addAttribute("current", pages.currentYear());
        model.addAttribute("gifts", gifts.register(me.tenant(), filter));
        pages.choices(model);
        return "registers/gift-register";
    }

    @GetMapping("/{giftId}")
    String show(@AuthenticationPrincipal TenantMember me, @PathVariable UUID giftId, Model model) {
        model.addAttribute("gift", gifts.open(me.tenant(), me.userId(), giftId));
        model.addAttribute("own", false);
        if (!model.containsAttribute("decisionForm")) {
            model.addAttribute("decisionForm", GiftDecisionForm.empty());
        }
        pages.choices(model);
        return "registers/gift-view";
    }

    @PostMapping("/{giftId}/decision")
    @PreAuthorize("hasRole('EXECUTIVE')")
    String decide(@AuthenticationPrincipal TenantMember me, @PathVariable UUID giftId,
                  @ModelAttribute("decisionForm") GiftDecisionForm form, BindingResult binding, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                deciding.decide(me.tenant(), giftId, form.decision(), form.reason(), me.userId());
                redirect.addFlashAttribute("notice", "registers.gift.decided");
                return "redirect:/console/registers/gifts/" + giftId;
            } catch (RuleViolation violation) {
                GiftPages.reject(binding, violation, response);
            }
        } else {
            FormErrors.unprocessable(response);
        }
        return show(me, giftId, model);
    }

    @GetMapping("/{giftId}/report.pdf")
    ResponseEntity<byte[]> reportForm(@AuthenticationPrincipal TenantMember me, @PathVariable UUID giftId) {
        return DocumentFiles.file(documents.reportForm(gifts.open(me.tenant(), me.userId(), giftId),
                organisations.get(me.tenant())), MediaType.APPLICATION_PDF, "gift-report.pdf");
    }

    @GetMapping("/people/{userId}")
    String person(@AuthenticationPrincipal TenantMember me, @PathVariable UUID userId, Model model) {
        model.addAttribute("gifts", gifts.ofPerson(me.tenant(), me.userId(), userId));
        pages.choices(model);
        return "registers/gift-person";
    }

    @GetMapping("/register.xlsx")
    ResponseEntity<byte[]> workbook(@AuthenticationPrincipal TenantMember me, @RequestParam(required = false) Integer year) {
        FiscalYear shown = pages.year(year);
        return DocumentFiles.file(documents.register(gifts.export(me.tenant(), shown), shown, organisations.get(me.tenant())),
                DocumentFiles.XLSX, "gift-register-" + shown.buddhistYear() + ".xlsx");
    }
}
