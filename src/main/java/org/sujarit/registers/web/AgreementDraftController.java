package org.sujarit.registers.web;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
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
import org.sujarit.infrastructure.web.FormErrors;
import org.sujarit.registers.AgreementContent;
import org.sujarit.registers.AgreementGoal;
import org.sujarit.registers.AgreementRegister;
import org.sujarit.registers.DraftingAgreements;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantMember;

/** The integrity officer drafts and revises agreements, one at a time or for everyone of a unit from one template. */
@Controller
@RequestMapping(AgreementPages.REGISTER)
@PreAuthorize(AgreementRoles.OFFICER)
class AgreementDraftController {

    private final DraftingAgreements drafting;
    private final AgreementRegister register;
    private final AgreementPages pages;
    private final Clock clock;

    AgreementDraftController(DraftingAgreements drafting, AgreementRegister register, AgreementPages pages, Clock clock) {
        this.drafting = drafting;
        this.register = register;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping("/new")
    String newAgreement(@AuthenticationPrincipal TenantMember me, @RequestParam(required = false) Integer year, Model model) {
        return pages.form(me, AgreementForm.blank(AgreementYears.resolve(year, clock)), AgreementPages.REGISTER, null,
                AgreementPages.REGISTER, model);
    }

    @PostMapping
    String draft(@AuthenticationPrincipal TenantMember me, @ModelAttribute("form") AgreementForm form, BindingResult binding,
                 Model model, HttpServletResponse response, RedirectAttributes redirect) {
        AgreementContent content = content(form, binding);
        if (content != null) {
            try {
                UUID id = drafting.draft(me.tenant(), content, me.userId(), true);
                redirect.addFlashAttribute("notice", "agreement.drafted");
                return "redirect:" + AgreementPages.REGISTER + "/" + id;
            } catch (RuleViolation violation) {
                FormErrors.reject(binding, violation);
            }
        }
        FormErrors.unprocessable(response);
        return pages.form(me, form, AgreementPages.REGISTER, null, AgreementPages.REGISTER, model);
    }

    @GetMapping("/{agreementId}/edit")
    String edit(@AuthenticationPrincipal TenantMember me, @PathVariable UUID agreementId, Model model) {
        var agreement = register.open(me.tenant(), agreementId, me.userId(), true);
        String path = AgreementPages.REGISTER + "/" + agreementId;
        return pages.form(me, AgreementForm.of(agreement), path, agreementId, path, model);
    }

    @PostMapping("/{agreementId}")
    String revise(@AuthenticationPrincipal TenantMember me, @PathVariable UUID agreementId,
                  @ModelAttribute("form") AgreementForm form, BindingResult binding, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        register.open(me.tenant(), agreementId, me.userId(), true);
        String path = AgreementPages.REGISTER + "/" + agreementId;
        AgreementContent content = content(form, binding);
        if (content != null) {
            try {
                drafting.revise(me.tenant(), agreementId, content, me.userId(), true);
                redirect.addFlashAttribute("notice", "agreement.revised");
                return "redirect:" + path;
            } catch (RuleViolation violation) {
                FormErrors.reject(binding, violation);
            }
        }
        FormErrors.unprocessable(response);
        return pages.form(me, form, path, agreementId, path, model);
    }

    @GetMapping("/bulk")
    String bulkForm(@AuthenticationPrincipal TenantMember me, @RequestParam(required = false) Integer year, Model model) {
        model.addAttribute("form", AgreementBulkForm.blank(AgreementYears.resolve(year, clock)));
        pages.choices(me, model);
        return "registers/agreement-bulk";
    }

    @PostMapping("/bulk")
    String bulk(@AuthenticationPrincipal TenantMember me, @ModelAttribute("form") AgreementBulkForm form, BindingResult binding,
                Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!AgreementYears.plausible(form.year())) {
            binding.rejectValue("year", "agreement.yearInvalid");
        }
        List<AgreementGoal> goals = AgreementGoalRows.read(binding, form.goals(), form.indicators(), form.targets(), form.weights());
        if (!binding.hasErrors()) {
            try {
                int drafted = drafting.draftForUnit(me.tenant(), form.year(), form.unitId(), form.supervisorId(), goals,
                        me.userId());
                redirect.addFlashAttribute("notice", "agreement.draftedInBulk");
                redirect.addFlashAttribute("drafted", drafted);
                return "redirect:" + AgreementPages.REGISTER + "?year=" + form.year();
            } catch (RuleViolation violation) {
                FormErrors.reject(binding, violation);
            }
        }
        FormErrors.unprocessable(response);
        pages.choices(me, model);
        return "registers/agreement-bulk";
    }

    private static AgreementContent content(AgreementForm form, BindingResult binding) {
        try {
            return form.toContent(binding);
        } catch (RuleViolation violation) {
            FormErrors.reject(binding, violation);
            return null;
        }
    }
}
