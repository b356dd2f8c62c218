package org.sujarit.registers.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.infrastructure.document.DocumentFiles;
import org.sujarit.infrastructure.document.DocumentUnavailable;
import org.sujarit.infrastructure.web.FormErrors;
import org.sujarit.registers.Agreement;
import org.sujarit.registers.AgreementContent;
import org.sujarit.registers.AgreementNotFound;
import org.sujarit.registers.AgreementRegister;
import org.sujarit.registers.DraftingAgreements;
import org.sujarit.registers.SigningAgreements;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantMember;

/**
 * A person's own agreements and those they supervise, whatever their role (the basic staff role
 * included): reading, signing, the PDF; as supervisor, drafting and revising, and the year's-end
 * assessment. Anyone else's agreement is not found here. (A little over 150 lines: the person's and
 * the supervisor's actions share one base path and one rule of access, kept in one place.)
 */
@Controller
@RequestMapping(AgreementPages.MINE)
class AgreementMeController {

    private static final Logger log = LoggerFactory.getLogger(AgreementMeController.class);

    private final AgreementRegister register;
    private final SigningAgreements signing;
    private final DraftingAgreements drafting;
    private final AgreementPages pages;
    private final Clock clock;

    AgreementMeController(AgreementRegister register, SigningAgreements signing, DraftingAgreements drafting,
                          AgreementPages pages, Clock clock) {
        this.register = register;
        this.signing = signing;
        this.drafting = drafting;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping
    String mine(@AuthenticationPrincipal TenantMember me, Model model) {
        model.addAttribute("agreements", register.ofParty(me.tenant(), me.userId()));
        model.addAttribute("me", me.userId());
        return "registers/agreement-mine";
    }

    @GetMapping("/{agreementId}")
    String agreement(@AuthenticationPrincipal TenantMember me, @PathVariable UUID agreementId, Model model) {
        return pages.view(me, register.open(me.tenant(), agreementId, me.userId(), false), AgreementPages.MINE, model);
    }

    @PostMapping("/{agreementId}/sign")
    String sign(@AuthenticationPrincipal TenantMember me, @PathVariable UUID agreementId,
                @ModelAttribute("signForm") AgreementSignForm form, Model model, HttpServletResponse response,
                RedirectAttributes redirect) {
        try {
            signing.sign(me.tenant(), agreementId, me.userId(), form.version());
            redirect.addFlashAttribute("notice", "agreement.signed");
            return "redirect:" + AgreementPages.MINE + "/" + agreementId;
        } catch (RuleViolation violation) {
            FormErrors.unprocessable(response);
            model.addAttribute("problem", violation.messageKey());
            return agreement(me, agreementId, model);
        }
    }

    @GetMapping("/{agreementId}/agreement.pdf")
    ResponseEntity<byte[]> document(@AuthenticationPrincipal TenantMember me, @PathVariable UUID agreementId) {
        return pages.document(me, register.open(me.tenant(), agreementId, me.userId(), false));
    }

    @GetMapping("/new")
    String newAgreement(@AuthenticationPrincipal TenantMember me, Model model) {
        int year = FiscalYear.containing(LocalDate.now(clock)).buddhistYear();
        AgreementForm form = new AgreementForm(year, null, null, me.userId(), List.of(), List.of(), List.of(), List.of());
        return pages.form(me, form, AgreementPages.MINE, null, AgreementPages.MINE, model);
    }

    @PostMapping
    String draft(@AuthenticationPrincipal TenantMember me, @ModelAttribute("form") AgreementForm form, BindingResult binding,
                 Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            AgreementContent content = form.toContent(binding);
            if (content != null) {
                UUID id = drafting.draft(me.tenant(), content, me.userId(), false);
                redirect.addFlashAttribute("notice", "agreement.drafted");
                return "redirect:" + AgreementPages.MINE + "/" + id;
            }
        } catch (RuleViolation violation) {
            FormErrors.reject(binding, violation);
        }
        FormErrors.unprocessable(response);
        return pages.form(me, form, AgreementPages.MINE, null, AgreementPages.MINE, model);
    }

    @GetMapping("/{agreementId}/edit")
    String edit(@AuthenticationPrincipal TenantMember me, @PathVariable UUID agreementId, Model model) {
        Agreement agreement = supervised(me, agreementId);
        String path = AgreementPages.MINE + "/" + agreementId;
        return pages.form(me, AgreementForm.of(agreement), path, agreementId, path, model);
    }

    @PostMapping("/{agreementId}")
    String revise(@AuthenticationPrincipal TenantMember me, @PathVariable UUID agreementId,
                  @ModelAttribute("form") AgreementForm form, BindingResult binding, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        supervised(me, agreementId);
        String path = AgreementPages.MINE + "/" + agreementId;
        try {
            AgreementContent content = form.toContent(binding);
            if (content != null) {
                drafting.revise(me.tenant(), agreementId, content, me.userId(), false);
                redirect.addFlashAttribute("notice", "agreement.revised");
                return "redirect:" + path;
            }
        } catch (RuleViolation violation) {
            FormErrors.reject(binding, violation);
        }
        FormErrors.unprocessable(response);
        return pages.form(me, form, path, agreementId, path, model);
    }

    @ExceptionHandler(DocumentUnavailable.class)
    ModelAndView unavailable(DocumentUnavailable e) {
        return DocumentFiles.unavailable(log, e, "agreement.pdfUnavailable");
    }

    private Agreement supervised(TenantMember me, UUID id) {
        Agreement agreement = register.open(me.tenant(), id, me.userId(), false);
        if (!agreement.supervisor().id().equals(me.userId())) {
            throw new AgreementNotFound();
        }
        return agreement;
    }
}
