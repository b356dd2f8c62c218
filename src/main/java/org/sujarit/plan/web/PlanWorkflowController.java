package org.sujarit.plan.web;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.infrastructure.web.FormErrors;
import org.sujarit.plan.DimensionView;
import org.sujarit.plan.PlanNotFound;
import org.sujarit.plan.PlanQuality;
import org.sujarit.plan.PlanView;
import org.sujarit.plan.Plans;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantMember;
import org.sujarit.tenant.Organisations;

/** Approval, publication and revisions of the plan, and its dimension tree. */
@Controller
@RequestMapping("/console/plan")
class PlanWorkflowController {

    private final Plans plans;
    private final PlanPages pages;
    private final Organisations organisations;

    PlanWorkflowController(Plans plans, PlanPages pages, Organisations organisations) {
        this.plans = plans;
        this.pages = pages;
        this.organisations = organisations;
    }

    /** An executive approves; with findings still open, only after saying so explicitly. */
    @PostMapping("/approve")
    @PreAuthorize("hasRole('EXECUTIVE')")
    String approve(@AuthenticationPrincipal TenantMember me, @RequestParam(defaultValue = "false") boolean acknowledged,
                   RedirectAttributes redirect) {
        PlanView plan = pages.working(me);
        boolean findings = !PlanQuality.check(plan, organisations.get(me.tenant()).nameTh()).isEmpty();
        if (findings && !acknowledged) {
            redirect.addFlashAttribute("problem", "plan.approve.acknowledge");
            return "redirect:/console/plan/checks";
        }
        return act(redirect, "plan.approved", () -> plans.approve(me.tenant(), plan.revisionId(), me.userId()));
    }

    @PostMapping("/return-to-draft")
    @PreAuthorize("hasAnyRole('EXECUTIVE', 'INTEGRITY_OFFICER')")
    String returnToDraft(@AuthenticationPrincipal TenantMember me, RedirectAttributes redirect) {
        PlanView plan = pages.working(me);
        return act(redirect, "plan.returnedToDraft", () -> plans.returnToDraft(me.tenant(), plan.revisionId()));
    }

    @PostMapping("/publish")
    @PreAuthorize("hasRole('INTEGRITY_OFFICER')")
    String publish(@AuthenticationPrincipal TenantMember me, RedirectAttributes redirect) {
        PlanView plan = pages.working(me);
        return act(redirect, "plan.published", () -> plans.publish(me.tenant(), plan.revisionId(), me.userId()));
    }

    @PostMapping("/revisions")
    @PreAuthorize("hasRole('INTEGRITY_OFFICER')")
    String startRevision(@AuthenticationPrincipal TenantMember me, RedirectAttributes redirect) {
        var plan = pages.current(me);
        return act(redirect, "plan.revisionStarted", () -> plans.startRevision(me.tenant(), plan.planId()));
    }

    @PostMapping("/dimensions")
    @PreAuthorize("hasRole('INTEGRITY_OFFICER')")
    String addDimension(@AuthenticationPrincipal TenantMember me, @Valid @ModelAttribute("dimensionForm") DimensionForm form,
                        BindingResult binding, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            redirect.addFlashAttribute("problem", "plan.dimension.invalid");
            return "redirect:/console/plan";
        }
        PlanView plan = pages.draft(me);
        return act(redirect, "plan.dimension.added",
                () -> plans.addDimension(me.tenant(), plan.revisionId(), form.parentId(), form.number(), form.title().strip()));
    }

    @GetMapping("/dimensions/{dimensionId}")
    @PreAuthorize("hasRole('INTEGRITY_OFFICER')")
    String dimension(@AuthenticationPrincipal TenantMember me, @PathVariable UUID dimensionId, Model model) {
        DimensionView dimension = find(pages.working(me), dimensionId);
        model.addAttribute("dimension", dimension);
        model.addAttribute("form", new DimensionForm(null, dimension.number(), dimension.title()));
        return "plan/dimension";
    }

    @PostMapping("/dimensions/{dimensionId}")
    @PreAuthorize("hasRole('INTEGRITY_OFFICER')")
    String editDimension(@AuthenticationPrincipal TenantMember me, @PathVariable UUID dimensionId,
                         @Valid @ModelAttribute("form") DimensionForm form, BindingResult binding, Model model,
                         HttpServletResponse response, RedirectAttributes redirect) {
        DimensionView dimension = find(pages.working(me), dimensionId);
        if (!binding.hasErrors()) {
            try {
                plans.editDimension(me.tenant(), dimensionId, form.number(), form.title().strip());
                redirect.addFlashAttribute("notice", "plan.saved");
                return "redirect:/console/plan";
            } catch (RuleViolation violation) {
                FormErrors.reject(binding, violation);
            }
        }
        FormErrors.unprocessable(response);
        model.addAttribute("dimension", dimension);
        return "plan/dimension";
    }

    private static DimensionView find(PlanView plan, UUID dimensionId) {
        return PlanPages.flatten(plan.dimensions()).stream().filter(d -> d.id().equals(dimensionId)).findFirst()
                .orElseThrow(() -> new PlanNotFound("dimension"));
    }

    private static String act(RedirectAttributes redirect, String notice, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("problem", violation.messageKey());
        }
        return "redirect:/console/plan";
    }
}
