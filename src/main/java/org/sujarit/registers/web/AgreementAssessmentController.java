package org.sujarit.registers.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
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
import org.sujarit.infrastructure.web.FormErrors;
import org.sujarit.registers.Agreement;
import org.sujarit.registers.AgreementAssessment;
import org.sujarit.registers.AgreementLevel;
import org.sujarit.registers.AgreementNotFound;
import org.sujarit.registers.AgreementRegister;
import org.sujarit.registers.SigningAgreements;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantMember;

/** At the year's end the supervisor records each indicator's result and the assessment, and signs it. */
@Controller
@RequestMapping(AgreementPages.MINE + "/{agreementId}/assessment")
class AgreementAssessmentController {

    private final AgreementRegister register;
    private final SigningAgreements signing;

    AgreementAssessmentController(AgreementRegister register, SigningAgreements signing) {
        this.register = register;
        this.signing = signing;
    }

    @GetMapping
    String form(@AuthenticationPrincipal TenantMember me, @PathVariable UUID agreementId, Model model) {
        Agreement agreement = supervised(me, agreementId);
        return view(agreement, AgreementAssessmentForm.of(agreement), model);
    }

    @PostMapping
    String assess(@AuthenticationPrincipal TenantMember me, @PathVariable UUID agreementId,
                  @ModelAttribute("form") AgreementAssessmentForm form, BindingResult binding, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        Agreement agreement = supervised(me, agreementId);
        try {
            AgreementAssessment assessment = form.toAssessment(binding, agreement.goals().size());
            if (assessment != null) {
                signing.assess(me.tenant(), agreementId, me.userId(), assessment);
                redirect.addFlashAttribute("notice", "agreement.assessed");
                return "redirect:" + AgreementPages.MINE + "/" + agreementId;
            }
        } catch (RuleViolation violation) {
            FormErrors.reject(binding, violation);
        }
        FormErrors.unprocessable(response);
        model.addAttribute("form", form);
        return view(agreement, form, model);
    }

    private Agreement supervised(TenantMember me, UUID id) {
        Agreement agreement = register.open(me.tenant(), id, me.userId(), false);
        if (!agreement.supervisor().id().equals(me.userId())) {
            throw new AgreementNotFound();
        }
        return agreement;
    }

    private static String view(Agreement agreement, AgreementAssessmentForm form, Model model) {
        model.addAttribute("agreement", agreement);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("levels", AgreementLevel.values());
        return "registers/agreement-assessment";
    }
}
