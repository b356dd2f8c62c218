package org.sujarit.risk.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.infrastructure.web.FormErrors;
import org.sujarit.risk.AssessmentView;
import org.sujarit.risk.RiskAssessments;
import org.sujarit.risk.RiskView;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantMember;

/** One risk: steps 1–4 on its form, added, edited and removed; {@link NewMeasureController} adds its measures (step 5). */
@Controller
@RequestMapping("/console/risk/{year}/risks")
class RiskItemController {

    private final RiskAssessments risks;
    private final RiskPages pages;

    RiskItemController(RiskAssessments risks, RiskPages pages) {
        this.risks = risks;
        this.pages = pages;
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('INTEGRITY_OFFICER')")
    String newRisk(@AuthenticationPrincipal TenantMember me, @PathVariable int year, Model model) {
        model.addAttribute("form", RiskForm.blank());
        return pages.riskPage(me, pages.assessment(me, year), null, model);
    }

    @PostMapping
    @PreAuthorize("hasRole('INTEGRITY_OFFICER')")
    String create(@AuthenticationPrincipal TenantMember me, @PathVariable int year, @Valid @ModelAttribute("form") RiskForm form,
                  BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        AssessmentView assessment = pages.assessment(me, year);
        if (!binding.hasErrors()) {
            try {
                UUID id = risks.addRisk(me.tenant(), year, form.toContent(), RiskPages.unit(form.unitId()));
                redirect.addFlashAttribute("notice", "risk.saved");
                return "redirect:/console/risk/" + year + "/risks/" + id;
            } catch (RuleViolation violation) {
                FormErrors.reject(binding, violation);
            }
        }
        FormErrors.unprocessable(response);
        return pages.riskPage(me, assessment, null, model);
    }

    @GetMapping("/{riskId}")
    String show(@AuthenticationPrincipal TenantMember me, @PathVariable int year, @PathVariable UUID riskId, Model model) {
        AssessmentView assessment = pages.assessment(me, year);
        RiskView risk = RiskPages.risk(assessment, riskId);
        model.addAttribute("form", RiskForm.of(risk));
        return pages.riskPage(me, assessment, risk, model);
    }

    @PostMapping("/{riskId}")
    @PreAuthorize("hasRole('INTEGRITY_OFFICER')")
    String save(@AuthenticationPrincipal TenantMember me, @PathVariable int year, @PathVariable UUID riskId,
                @Valid @ModelAttribute("form") RiskForm form, BindingResult binding, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        AssessmentView assessment = pages.assessment(me, year);
        RiskView risk = RiskPages.risk(assessment, riskId);
        if (!binding.hasErrors()) {
            try {
                risks.editRisk(me.tenant(), riskId, form.toContent(), RiskPages.unit(form.unitId()));
                redirect.addFlashAttribute("notice", "risk.saved");
                return "redirect:/console/risk/" + year + "/risks/" + riskId;
            } catch (RuleViolation violation) {
                FormErrors.reject(binding, violation);
            }
        }
        FormErrors.unprocessable(response);
        return pages.riskPage(me, assessment, risk, model);
    }

    @PostMapping("/{riskId}/remove")
    @PreAuthorize("hasRole('INTEGRITY_OFFICER')")
    String remove(@AuthenticationPrincipal TenantMember me, @PathVariable int year, @PathVariable UUID riskId,
                  RedirectAttributes redirect) {
        RiskPages.risk(pages.assessment(me, year), riskId);
        try {
            risks.removeRisk(me.tenant(), riskId);
            redirect.addFlashAttribute("notice", "risk.removed");
            return "redirect:/console/risk/" + year;
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("problem", violation.messageKey());
            return "redirect:/console/risk/" + year + "/risks/" + riskId;
        }
    }
}
