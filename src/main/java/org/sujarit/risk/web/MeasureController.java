package org.sujarit.risk.web;

import java.util.List;
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
import org.sujarit.plan.ProgressStatus;
import org.sujarit.plan.Round;
import org.sujarit.risk.AssessmentView;
import org.sujarit.risk.RiskAssessments;
import org.sujarit.risk.RiskPlanLinks;
import org.sujarit.risk.RiskTypes;
import org.sujarit.risk.RiskView;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantMember;
import org.sujarit.tenant.Units;

/** A measure of the risk management plan: edited, removed, and monitored round by round. */
@Controller
@RequestMapping("/console/risk/{year}/measures/{measureId}")
class MeasureController {

    private final RiskAssessments risks;
    private final RiskPlanLinks plan;
    private final RiskPages pages;
    private final Units units;

    MeasureController(RiskAssessments risks, RiskPlanLinks plan, RiskPages pages, Units units) {
        this.risks = risks;
        this.plan = plan;
        this.pages = pages;
        this.units = units;
    }

    @GetMapping
    String show(@AuthenticationPrincipal TenantMember me, @PathVariable int year, @PathVariable UUID measureId, Model model) {
        AssessmentView assessment = pages.assessment(me, year);
        RiskView.Measure measure = RiskPages.measure(assessment, measureId);
        model.addAttribute("measureForm", MeasureForm.of(measure));
        model.addAttribute("round1", MonitoringForm.of(measure.round(1)));
        model.addAttribute("round2", MonitoringForm.of(measure.round(2)));
        return view(me, assessment, measure, model);
    }

    @PostMapping
    @PreAuthorize("hasRole('INTEGRITY_OFFICER')")
    String save(@AuthenticationPrincipal TenantMember me, @PathVariable int year, @PathVariable UUID measureId,
                @Valid @ModelAttribute("measureForm") MeasureForm form, BindingResult binding, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        AssessmentView assessment = pages.assessment(me, year);
        RiskView.Measure measure = RiskPages.measure(assessment, measureId);
        if (!binding.hasErrors()) {
            try {
                risks.editMeasure(me.tenant(), measureId, form.toContent(measure.unitText()),
                        RiskPages.unit(form.unitId()), form.planItemKey());
                redirect.addFlashAttribute("notice", "risk.measureSaved");
                return "redirect:/console/risk/" + year + "/measures/" + measureId;
            } catch (RuleViolation violation) {
                FormErrors.reject(binding, violation);
            }
        }
        FormErrors.unprocessable(response);
        model.addAttribute("round1", MonitoringForm.of(measure.round(1)));
        model.addAttribute("round2", MonitoringForm.of(measure.round(2)));
        return view(me, assessment, measure, model);
    }

    @PostMapping("/remove")
    @PreAuthorize("hasRole('INTEGRITY_OFFICER')")
    String remove(@AuthenticationPrincipal TenantMember me, @PathVariable int year, @PathVariable UUID measureId,
                  RedirectAttributes redirect) {
        AssessmentView assessment = pages.assessment(me, year);
        RiskView risk = RiskPages.riskOfMeasure(assessment, measureId);
        try {
            risks.removeMeasure(me.tenant(), measureId);
            redirect.addFlashAttribute("notice", "risk.measureRemoved");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("problem", violation.messageKey());
        }
        return "redirect:/console/risk/" + year + "/risks/" + risk.id();
    }

    /** Monitoring is open to the officer and to the staff of the measure's unit, published or not. */
    @PostMapping("/rounds/{round}")
    @PreAuthorize("hasAnyRole('INTEGRITY_OFFICER', 'UNIT_STAFF')")
    String monitor(@AuthenticationPrincipal TenantMember me, @PathVariable int year, @PathVariable UUID measureId,
                   @PathVariable int round, @Valid @ModelAttribute("monitoring") MonitoringForm form, BindingResult binding,
                   RedirectAttributes redirect) {
        AssessmentView assessment = pages.assessment(me, year);
        RiskView.Measure measure = RiskPages.measure(assessment, measureId);
        if (!RiskPages.officer() && !pages.isOwnUnit(me, measure)) {
            throw new org.sujarit.risk.RiskNotFound("measure");
        }
        if (binding.hasErrors()) {
            redirect.addFlashAttribute("problem", "risk.monitoring.invalid");
        } else {
            try {
                risks.monitor(me.tenant(), measureId, round, form.toMonitoring(), me.userId());
                redirect.addFlashAttribute("notice", "risk.monitored");
            } catch (RuleViolation violation) {
                redirect.addFlashAttribute("problem", violation.messageKey());
            }
        }
        return "redirect:/console/risk/" + year + "/measures/" + measureId;
    }

    private String view(TenantMember me, AssessmentView assessment, RiskView.Measure measure, Model model) {
        model.addAttribute("assessment", assessment);
        model.addAttribute("risk", RiskPages.riskOfMeasure(assessment, measure.id()));
        model.addAttribute("measure", measure);
        model.addAttribute("editable", !assessment.published() && RiskPages.officer());
        model.addAttribute("mayMonitor", RiskPages.officer() || pages.isOwnUnit(me, measure));
        model.addAttribute("units", units.activeTree(me.tenant()));
        model.addAttribute("planItems", plan.items(me.tenant()));
        model.addAttribute("statuses", ProgressStatus.values());
        model.addAttribute("qualities", RiskTypes.ControlQuality.values());
        model.addAttribute("dueDates", List.of(new Round(assessment.fiscalYear(), 1).dueDate(),
                new Round(assessment.fiscalYear(), 2).dueDate()));
        return "risk/measure";
    }
}
