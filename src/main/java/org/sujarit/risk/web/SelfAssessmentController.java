package org.sujarit.risk.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
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
import org.sujarit.risk.ControlResult;
import org.sujarit.risk.ControlSelfAssessments;
import org.sujarit.risk.SelfAssessment;
import org.sujarit.risk.SelfAssessmentAnswers.Problem;
import org.sujarit.risk.SelfAssessmentRejected;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantMember;

/**
 * The internal-control self-assessment (ปค.๔): the years, and one year's form with all 17
 * principles, which the integrity officer and the internal auditor fill in and everyone else reads.
 */
@Controller
@RequestMapping("/console/risk/self-assessment")
class SelfAssessmentController {

    static final String EDITORS = "hasAnyRole('INTEGRITY_OFFICER', 'INTERNAL_AUDITOR')";

    private final ControlSelfAssessments assessments;

    SelfAssessmentController(ControlSelfAssessments assessments) {
        this.assessments = assessments;
    }

    @GetMapping
    String years(@AuthenticationPrincipal TenantMember me, Model model) {
        model.addAttribute("years", assessments.years(me.tenant()));
        return "risk/self-assessment-years";
    }

    @GetMapping("/{year}")
    String show(@AuthenticationPrincipal TenantMember me, @PathVariable int year, Model model) {
        SelfAssessment assessment = assessments.view(me.tenant(), year);
        model.addAttribute("form", SelfAssessmentForm.of(assessment));
        return view(me, assessment, model);
    }

    @PostMapping("/{year}")
    @PreAuthorize(EDITORS)
    String save(@AuthenticationPrincipal TenantMember me, @PathVariable int year,
                @Valid @ModelAttribute("form") SelfAssessmentForm form, BindingResult binding, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        SelfAssessment assessment = assessments.view(me.tenant(), year);
        if (form != null && binding.getTarget() != null) {
            form.unreadableResults().forEach(field -> binding.rejectValue(field, "typeMismatch"));
        }
        if (!binding.hasErrors()) {
            try {
                assessments.save(me.tenant(), year, form.toAnswers(), me.userId());
                redirect.addFlashAttribute("notice", "pk4.saved");
                return "redirect:/console/risk/self-assessment/" + year;
            } catch (SelfAssessmentRejected rejected) {
                rejected.problems().forEach(problem -> reject(binding, problem));
            }
        }
        FormErrors.unprocessable(response);
        return view(me, assessment, model);
    }

    @PostMapping("/{year}/from-previous-year")
    @PreAuthorize(EDITORS)
    String startFromPreviousYear(@AuthenticationPrincipal TenantMember me, @PathVariable int year,
                                 RedirectAttributes redirect) {
        try {
            assessments.startFromPreviousYear(me.tenant(), year, me.userId());
            redirect.addFlashAttribute("notice", "pk4.carriedOver");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("problem", violation.messageKey());
        }
        return "redirect:/console/risk/self-assessment/" + year;
    }

    private String view(TenantMember me, SelfAssessment assessment, Model model) {
        boolean editable = editor();
        model.addAttribute("assessment", assessment);
        model.addAttribute("results", ControlResult.values());
        model.addAttribute("editable", editable);
        model.addAttribute("canStartFromPreviousYear", editable && assessment.answered() == 0
                && assessments.hasAnswers(me.tenant(), assessment.fiscalYear() - 1));
        return "risk/self-assessment";
    }

    /** A principle's problem next to its field, its number in the message for the summary at the top. */
    private static void reject(BindingResult binding, Problem problem) {
        if (problem.field() == null) {
            binding.reject(problem.messageKey());
        } else {
            binding.rejectValue(SelfAssessmentForm.field(problem.principle(), problem.field()), problem.messageKey(),
                    new Object[] {problem.principle()}, null);
        }
    }

    private static boolean editor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream().anyMatch(a ->
                a.getAuthority().equals("ROLE_INTEGRITY_OFFICER") || a.getAuthority().equals("ROLE_INTERNAL_AUDITOR"));
    }
}
