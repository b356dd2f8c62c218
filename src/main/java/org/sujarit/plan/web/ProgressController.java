package org.sujarit.plan.web;

import java.time.Clock;
import java.time.LocalDate;
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
import org.sujarit.plan.ItemView;
import org.sujarit.plan.PlanNotFound;
import org.sujarit.plan.PlanView;
import org.sujarit.plan.Progress;
import org.sujarit.plan.ProgressReport;
import org.sujarit.plan.ProgressStatus;
import org.sujarit.plan.Round;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantMember;

/** Reporting progress round by round, and where the plan stands in a round. */
@Controller
@RequestMapping("/console/plan/progress")
class ProgressController {

    private final PlanPages pages;
    private final ReportPage page;
    private final Progress progress;
    private final ProgressReporters reporters;
    private final Clock clock;

    ProgressController(PlanPages pages, ReportPage page, Progress progress, ProgressReporters reporters, Clock clock) {
        this.pages = pages;
        this.page = page;
        this.progress = progress;
        this.reporters = reporters;
        this.clock = clock;
    }

    @GetMapping
    String standing(@AuthenticationPrincipal TenantMember me, @RequestParam(required = false) Integer year,
                    @RequestParam(required = false) Integer round, Model model) {
        PlanView plan = pages.working(me);
        Round selected = page.round(plan, year, round);
        model.addAttribute("plan", plan);
        model.addAttribute("round", selected);
        model.addAttribute("standing", progress.standing(me.tenant(), plan, selected, LocalDate.now(clock)));
        model.addAttribute("reportable", reporters.reportableKeys(me, plan));
        model.addAttribute("officer", PlanPages.has("INTEGRITY_OFFICER"));
        return "plan/progress";
    }

    @GetMapping("/{itemKey}")
    String form(@AuthenticationPrincipal TenantMember me, @PathVariable UUID itemKey,
                @RequestParam(required = false) Integer year, @RequestParam(required = false) Integer round, Model model) {
        PlanView plan = pages.working(me);
        ItemView item = item(plan, itemKey);
        Round selected = page.round(plan, year, round);
        ProgressReport report = progress.report(me.tenant(), plan.planId(), itemKey, selected).orElse(null);
        model.addAttribute("form", ProgressForm.of(item, report, selected.fiscalYear()));
        return page.show(me, plan, item, selected, report, model);
    }

    @PostMapping("/{itemKey}")
    @PreAuthorize("hasAnyRole('INTEGRITY_OFFICER', 'UNIT_STAFF')")
    String save(@AuthenticationPrincipal TenantMember me, @PathVariable UUID itemKey, @RequestParam int year,
                @RequestParam int round, @Valid @ModelAttribute("form") ProgressForm form, BindingResult binding,
                Model model, HttpServletResponse response, RedirectAttributes redirect) {
        PlanView plan = pages.working(me);
        ItemView item = item(plan, itemKey);
        Round selected = page.round(plan, year, round);
        if (binding.getTarget() != null) {
            form.validate(binding);
        }
        if (!binding.hasErrors()) {
            try {
                progress.save(me.tenant(), plan, itemKey, selected, form.toEntry(), reporters.of(me));
                redirect.addFlashAttribute("notice", form.status() == ProgressStatus.DONE ? "progress.savedLocked" : "progress.saved");
                return "redirect:/console/plan/progress/" + itemKey + "?year=" + year + "&round=" + round;
            } catch (RuleViolation violation) {
                FormErrors.reject(binding, violation);
            }
        }
        FormErrors.unprocessable(response);
        ProgressReport report = progress.report(me.tenant(), plan.planId(), itemKey, selected).orElse(null);
        return page.show(me, plan, item, selected, report, model);
    }

    @PostMapping("/publish")
    @PreAuthorize("hasRole('INTEGRITY_OFFICER')")
    String publish(@AuthenticationPrincipal TenantMember me, @RequestParam int year, @RequestParam int round,
                   RedirectAttributes redirect) {
        PlanView plan = pages.working(me);
        Round selected = page.round(plan, year, round);
        progress.publishRound(me.tenant(), plan.planId(), selected, me.userId());
        redirect.addFlashAttribute("notice", "progress.roundPublished");
        return "redirect:/console/plan/progress?year=" + year + "&round=" + round;
    }

    static ItemView item(PlanView plan, UUID itemKey) {
        return plan.allItems().filter(i -> i.key().equals(itemKey)).findFirst().orElseThrow(() -> new PlanNotFound("item"));
    }
}
