package org.sujarit.risk.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.infrastructure.web.FormErrors;
import org.sujarit.risk.AssessmentView;
import org.sujarit.risk.RiskAssessments;
import org.sujarit.risk.RiskView;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantMember;

/** The integrity officer adds a measure to a risk (step 5), from the risk's page; refused, it comes back to that page. */
@Controller
class NewMeasureController {

    private final RiskAssessments risks;
    private final RiskPages pages;

    NewMeasureController(RiskAssessments risks, RiskPages pages) {
        this.risks = risks;
        this.pages = pages;
    }

    @PostMapping("/console/risk/{year}/risks/{riskId}/measures")
    @PreAuthorize("hasRole('INTEGRITY_OFFICER')")
    String add(@AuthenticationPrincipal TenantMember me, @PathVariable int year, @PathVariable UUID riskId,
               @Valid @ModelAttribute("measureForm") MeasureForm form, BindingResult binding, Model model,
               HttpServletResponse response, RedirectAttributes redirect) {
        AssessmentView assessment = pages.assessment(me, year);
        RiskView risk = RiskPages.risk(assessment, riskId);
        if (!binding.hasErrors()) {
            try {
                risks.addMeasure(me.tenant(), riskId, form.toContent(null), RiskPages.unit(form.unitId()), form.planItemKey());
                redirect.addFlashAttribute("notice", "risk.measureSaved");
                return "redirect:/console/risk/" + year + "/risks/" + riskId;
            } catch (RuleViolation violation) {
                FormErrors.reject(binding, violation);
            }
        }
        FormErrors.unprocessable(response);
        model.addAttribute("form", RiskForm.of(risk));
        return pages.riskPage(me, assessment, risk, model);
    }
}
