package org.sujarit.plan.web;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.infrastructure.web.FormErrors;
import org.sujarit.plan.ItemView;
import org.sujarit.plan.KpiOverrides;
import org.sujarit.plan.PlanView;
import org.sujarit.plan.Progress;
import org.sujarit.plan.ProgressReport;
import org.sujarit.plan.Round;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantMember;

/**
 * The integrity officer replaces a computed KPI actual of a round's report with a typed figure and
 * a written reason, or removes the replacement; a missing reason brings the page back (422) with
 * what was typed.
 */
@Controller
@RequestMapping("/console/plan/progress/{itemKey}/kpi/{resultKey}/override")
@PreAuthorize("hasRole('INTEGRITY_OFFICER')")
class KpiOverrideController {

    private final PlanPages pages;
    private final ReportPage page;
    private final Progress progress;
    private final KpiOverrides overrides;

    KpiOverrideController(PlanPages pages, ReportPage page, Progress progress, KpiOverrides overrides) {
        this.pages = pages;
        this.page = page;
        this.progress = progress;
        this.overrides = overrides;
    }

    @PostMapping
    String override(@AuthenticationPrincipal TenantMember me, @PathVariable UUID itemKey, @PathVariable UUID resultKey,
                    @RequestParam int year, @RequestParam int round,
                    @ModelAttribute("overrideForm") KpiOverrideForm form, BindingResult binding, Model model,
                    HttpServletResponse response, RedirectAttributes redirect) {
        PlanView plan = pages.working(me);
        ItemView item = ProgressController.item(plan, itemKey);
        Round selected = page.round(plan, year, round);
        BigDecimal actual = TypedText.number(form.actual());
        try {
            if (actual == null && form.actual() != null && !form.actual().isBlank()) {
                throw new RuleViolation("actual", "progress.kpi.notANumber");
            }
            overrides.override(me.tenant(), plan, itemKey, selected, resultKey, actual, form.reason(), me.userId());
            redirect.addFlashAttribute("notice", "progress.override.saved");
            return back(itemKey, selected);
        } catch (RuleViolation violation) {
            FormErrors.reject(binding, violation);
        }
        FormErrors.unprocessable(response);
        model.addAttribute("overrideFor", resultKey);
        ProgressReport report = progress.report(me.tenant(), plan.planId(), itemKey, selected).orElse(null);
        model.addAttribute("form", ProgressForm.of(item, report, selected.fiscalYear()));
        return page.show(me, plan, item, selected, report, model);
    }

    @PostMapping("/remove")
    String remove(@AuthenticationPrincipal TenantMember me, @PathVariable UUID itemKey, @PathVariable UUID resultKey,
                  @RequestParam int year, @RequestParam int round, RedirectAttributes redirect) {
        PlanView plan = pages.working(me);
        ProgressController.item(plan, itemKey);
        Round selected = page.round(plan, year, round);
        try {
            overrides.remove(me.tenant(), plan, itemKey, selected, resultKey, me.userId());
            redirect.addFlashAttribute("notice", "progress.override.removed");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("problem", violation.messageKey());
        }
        return back(itemKey, selected);
    }

    private static String back(UUID itemKey, Round round) {
        return "redirect:/console/plan/progress/" + itemKey + "?year=" + round.fiscalYear() + "&round=" + round.number();
    }
}
