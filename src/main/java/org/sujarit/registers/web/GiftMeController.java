package org.sujarit.registers.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.infrastructure.document.DocumentFiles;
import org.sujarit.infrastructure.web.FormErrors;
import org.sujarit.registers.Gift;
import org.sujarit.registers.GiftDocuments;
import org.sujarit.registers.GiftEntry;
import org.sujarit.registers.Gifts;
import org.sujarit.registers.RecordingGifts;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantMember;
import org.sujarit.tenant.Organisations;

/**
 * A member of staff's own gift register under {@code /console/me/gifts}: every account of the
 * tenant, the basic staff role included, records and reads its own gifts here, and only its own
 * (another person's gift is not found).
 */
@Controller
@RequestMapping("/console/me/gifts")
class GiftMeController {

    private final Gifts gifts;
    private final RecordingGifts recording;
    private final GiftDocuments documents;
    private final Organisations organisations;
    private final GiftPages pages;

    GiftMeController(Gifts gifts, RecordingGifts recording, GiftDocuments documents, Organisations organisations,
                     GiftPages pages) {
        this.gifts = gifts;
        this.recording = recording;
        this.documents = documents;
        this.organisations = organisations;
        this.pages = pages;
    }

    @GetMapping
    String list(@AuthenticationPrincipal TenantMember me, Model model) {
        model.addAttribute("year", pages.currentYear());
        model.addAttribute("gifts", gifts.own(me.tenant(), me.userId(), pages.currentYear()));
        pages.choices(model);
        return "registers/gift-me";
    }

    @GetMapping("/new")
    String form(Model model) {
        model.addAttribute("form", GiftForm.empty());
        pages.choices(model);
        return "registers/gift-form";
    }

    @PostMapping
    String record(@AuthenticationPrincipal TenantMember me, @ModelAttribute("form") GiftForm form, BindingResult binding,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        GiftEntry entry = binding.hasErrors() ? null : form.toEntry(binding);
        if (entry != null) {
            try {
                UUID id = recording.record(me.tenant(), me.userId(), entry);
                redirect.addFlashAttribute("notice", "registers.gift.recorded");
                return "redirect:/console/me/gifts/" + id;
            } catch (RuleViolation violation) {
                GiftPages.reject(binding, violation, response);
            }
        } else {
            FormErrors.unprocessable(response);
        }
        pages.choices(model);
        return "registers/gift-form";
    }

    @GetMapping("/{giftId}")
    String show(@AuthenticationPrincipal TenantMember me, @PathVariable UUID giftId, Model model) {
        model.addAttribute("gift", gifts.ownGift(me.tenant(), me.userId(), giftId));
        model.addAttribute("own", true);
        pages.choices(model);
        return "registers/gift-view";
    }

    @GetMapping("/{giftId}/report.pdf")
    ResponseEntity<byte[]> reportForm(@AuthenticationPrincipal TenantMember me, @PathVariable UUID giftId) {
        Gift gift = gifts.ownGift(me.tenant(), me.userId(), giftId);
        return DocumentFiles.file(documents.reportForm(gift, organisations.get(me.tenant())),
                MediaType.APPLICATION_PDF, "gift-report.pdf");
    }
}
