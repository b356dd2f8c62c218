package org.sujarit.plan.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.infrastructure.web.FormErrors;
import org.sujarit.plan.PlanQuality;
import org.sujarit.plan.PlanSummary;
import org.sujarit.plan.PlanView;
import org.sujarit.plan.Plans;
import org.sujarit.plan.Progress;
import org.sujarit.plan.Round;
import org.sujarit.plan.RevisionStatus;
import org.sujarit.shared.FiscalYear;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantMember;
import org.sujarit.tenant.Organisations;

/** The plan in the console: its overview, creation, front matter and quality checks. */
@Controller
@RequestMapping("/console/plan")
class PlanController {

    private final Plans plans;
    private final PlanPages pages;
    private final Progress progress;
    private final Organisations organisations;
    private final Clock clock;

    PlanController(Plans plans, PlanPages pages, Progress progress, Organisations organisations, Clock clock) {
        this.plans = plans;
        this.pages = pages;
        this.progress = progress;
        this.organisations = organisations;
        this.clock = clock;
    }

    @GetMapping
    String overview(@AuthenticationPrincipal TenantMember me, Model model) {
        var current = plans.current(me.tenant());
        if (current.isEmpty()) {
            model.addAttribute("form", NewPlanForm.startingIn(FiscalYear.containing(LocalDate.now(clock)).buddhistYear()));
            return "plan/none";
        }
        PlanSummary summary = current.get();
        PlanView plan = pages.working(me);
        model.addAttribute("summary", summary);
        model.addAttribute("plan", plan);
        model.addAttribute("findings", PlanQuality.check(plan, organisations.get(me.tenant()).nameTh()));
        model.addAttribute("dimensions", PlanPages.flatten(plan.dimensions()));
        model.addAttribute("dimensionForm", DimensionForm.blank());
        model.addAttribute("officer", PlanPages.has("INTEGRITY_OFFICER"));
        model.addAttribute("executive", PlanPages.has("EXECUTIVE"));
        model.addAttribute("draft", plan.status() == RevisionStatus.DRAFT);
        Round round = Round.reportingOn(LocalDate.now(clock));
        if (round.fiscalYear() >= plan.header().firstYear() && round.fiscalYear() <= plan.header().lastYear()) {
            model.addAttribute("standing", progress.standing(me.tenant(), plan, round, LocalDate.now(clock)));
        }
        return "plan/overview";
    }

    @PostMapping
    @PreAuthorize("hasRole('INTEGRITY_OFFICER')")
    String create(@AuthenticationPrincipal TenantMember me, @Valid @ModelAttribute("form") NewPlanForm form,
                  BindingResult binding, HttpServletResponse response, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                plans.create(me.tenant(), form.toContent());
                redirect.addFlashAttribute("notice", "plan.created");
                return "redirect:/console/plan";
            } catch (RuleViolation violation) {
                FormErrors.reject(binding, violation);
            }
        }
        FormErrors.unprocessable(response);
        return "plan/none";
    }

    @GetMapping("/header")
    @PreAuthorize("hasRole('INTEGRITY_OFFICER')")
    String header(@AuthenticationPrincipal TenantMember me, Model model) {
        PlanView plan = pages.draft(me);
        model.addAttribute("form", HeaderForm.of(plan.header()));
        model.addAttribute("plan", plan);
        return "plan/header";
    }

    @PostMapping("/header")
    @PreAuthorize("hasRole('INTEGRITY_OFFICER')")
    String saveHeader(@AuthenticationPrincipal TenantMember me, @Valid @ModelAttribute("form") HeaderForm form,
                      BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        PlanView plan = pages.draft(me);
        if (!binding.hasErrors()) {
            plans.editHeader(me.tenant(), plan.revisionId(),
                    form.toHeader(plan.header().firstYear(), plan.header().lastYear()));
            redirect.addFlashAttribute("notice", "plan.saved");
            return "redirect:/console/plan";
        }
        FormErrors.unprocessable(response);
        model.addAttribute("plan", plan);
        return "plan/header";
    }

    @GetMapping("/checks")
    String checks(@AuthenticationPrincipal TenantMember me, Model model) {
        PlanView plan = pages.working(me);
        model.addAttribute("plan", plan);
        model.addAttribute("findings", PlanQuality.check(plan, organisations.get(me.tenant()).nameTh()));
        return "plan/checks";
    }
}
