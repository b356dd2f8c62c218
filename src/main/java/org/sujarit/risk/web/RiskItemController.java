package org.sujarit.risk.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.beans.factory.ObjectProvider;
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
import org.sujarit.risk.LinkedComplaints;
import org.sujarit.risk.RiskAssessments;
import org.sujarit.risk.RiskTypes;
import org.sujarit.risk.RiskView;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantMember;
import org.sujarit.tenant.UnitId;
import org.sujarit.tenant.Units;

/** One risk: steps 1–4 on its form, and its measures (step 5) added, edited and removed. */
@Controller
@RequestMapping("/console/risk/{year}/risks")
class RiskItemController {

    private final RiskAssessments risks;
    private final RiskPages pages;
    private final Units units;
    private final ObjectProvider<LinkedComplaints> linkedComplaints;

    RiskItemController(RiskAssessments risks, RiskPages pages, Units units, ObjectProvider<LinkedComplaints> linkedComplaints) {
        this.risks = risks;
        this.pages = pages;
        this.units = units;
        this.linkedComplaints = linkedComplaints;
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('INTEGRITY_OFFICER')")
    String newRisk(@AuthenticationPrincipal TenantMember me, @PathVariable int year, Model model) {
        model.addAttribute("form", RiskForm.blank());
        return view(me, pages.assessment(me, year), null, model);
    }

    @PostMapping
    @PreAuthorize("hasRole('INTEGRITY_OFFICER')")
    String create(@AuthenticationPrincipal TenantMember me, @PathVariable int year, @Valid @ModelAttribute("form") RiskForm form,
                  BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        AssessmentView assessment = pages.assessment(me, year);
        if (!binding.hasErrors()) {
            try {
                UUID id = risks.addRisk(me.tenant(), year, form.toContent(), unit(form.unitId()));
                redirect.addFlashAttribute("notice", "risk.saved");
                return "redirect:/console/risk/" + year + "/risks/" + id;
            } catch (RuleViolation violation) {
                FormErrors.reject(binding, violation);
            }
        }
        FormErrors.unprocessable(response);
        return view(me, assessment, null, model);
    }

    @GetMapping("/{riskId}")
    String show(@AuthenticationPrincipal TenantMember me, @PathVariable int year, @PathVariable UUID riskId, Model model) {
        AssessmentView assessment = pages.assessment(me, year);
        RiskView risk = RiskPages.risk(assessment, riskId);
        model.addAttribute("form", RiskForm.of(risk));
        return view(me, assessment, risk, model);
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
                risks.editRisk(me.tenant(), riskId, form.toContent(), unit(form.unitId()));
                redirect.addFlashAttribute("notice", "risk.saved");
                return "redirect:/console/risk/" + year + "/risks/" + riskId;
            } catch (RuleViolation violation) {
                FormErrors.reject(binding, violation);
            }
        }
        FormErrors.unprocessable(response);
        return view(me, assessment, risk, model);
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

    @PostMapping("/{riskId}/measures")
    @PreAuthorize("hasRole('INTEGRITY_OFFICER')")
    String addMeasure(@AuthenticationPrincipal TenantMember me, @PathVariable int year, @PathVariable UUID riskId,
                      @Valid @ModelAttribute("measureForm") MeasureForm form, BindingResult binding, Model model,
                      HttpServletResponse response, RedirectAttributes redirect) {
        AssessmentView assessment = pages.assessment(me, year);
        RiskView risk = RiskPages.risk(assessment, riskId);
        if (!binding.hasErrors()) {
            try {
                risks.addMeasure(me.tenant(), riskId, form.toContent(null), unit(form.unitId()), form.planItemKey());
                redirect.addFlashAttribute("notice", "risk.measureSaved");
                return "redirect:/console/risk/" + year + "/risks/" + riskId;
            } catch (RuleViolation violation) {
                FormErrors.reject(binding, violation);
            }
        }
        FormErrors.unprocessable(response);
        model.addAttribute("form", RiskForm.of(risk));
        return view(me, assessment, risk, model);
    }

    private String view(TenantMember me, AssessmentView assessment, RiskView risk, Model model) {
        model.addAttribute("assessment", assessment);
        model.addAttribute("risk", risk);
        model.addAttribute("editable", !assessment.published() && RiskPages.officer());
        model.addAttribute("units", units.activeTree(me.tenant()));
        model.addAttribute("areas", RiskTypes.Area.values());
        model.addAttribute("missions", RiskTypes.Mission.values());
        model.addAttribute("factorKinds", RiskTypes.FactorKind.values());
        model.addAttribute("lights", RiskTypes.TrafficLight.values());
        model.addAttribute("qualities", RiskTypes.ControlQuality.values());
        model.addAttribute("changes", RiskTypes.Change.values());
        model.addAttribute("planItems", risks.planItems(me.tenant()));
        model.addAttribute("planProgress", risks.planProgress(me.tenant(), assessment));
        // Complaints whose cause analysis points at this risk: evidence that its factor is known.
        model.addAttribute("linkedComplaints", risk == null ? List.of()
                : linkedComplaints.stream().flatMap(source -> source.linkedTo(me, risk.id()).stream()).toList());
        if (!model.containsAttribute("measureForm")) {
            model.addAttribute("measureForm", MeasureForm.blank());
        }
        return "risk/risk";
    }

    private static UnitId unit(UUID unitId) {
        return unitId == null ? null : new UnitId(unitId);
    }
}
