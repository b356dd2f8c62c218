package org.sujarit.plan.web;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.infrastructure.web.FormErrors;
import org.sujarit.plan.DimensionView;
import org.sujarit.plan.ItemKind;
import org.sujarit.plan.ItemView;
import org.sujarit.plan.KpiType;
import org.sujarit.plan.MeasurementMethod;
import org.sujarit.plan.PlanNotFound;
import org.sujarit.plan.PlanView;
import org.sujarit.plan.Plans;
import org.sujarit.plan.TreatedRisks;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantMember;
import org.sujarit.tenant.UnitId;
import org.sujarit.tenant.Units;

/**
 * An item of the plan: its detail sheet, added, edited and removed by the integrity officer.
 * Somewhat over 150 lines on purpose: it is one page ({@code plan/item}) and the forms that come
 * back to it with their errors, all through view(); split, the two halves would share that page.
 */
@Controller
@RequestMapping("/console/plan/items")
class PlanItemController {

    private final Plans plans;
    private final PlanPages pages;
    private final Units units;
    private final ObjectProvider<TreatedRisks> treatedRisks;

    PlanItemController(Plans plans, PlanPages pages, Units units, ObjectProvider<TreatedRisks> treatedRisks) {
        this.plans = plans;
        this.pages = pages;
        this.units = units;
        this.treatedRisks = treatedRisks;
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('INTEGRITY_OFFICER')")
    String newItem(@AuthenticationPrincipal TenantMember me, @RequestParam(required = false) UUID dimensionId, Model model) {
        PlanView plan = pages.draft(me);
        UUID dimension = dimensionId != null ? dimensionId : plan.dimensions().get(0).id();
        model.addAttribute("form", ItemForm.blank(dimension, plan));
        return view(me, plan, null, model);
    }

    @PostMapping
    @PreAuthorize("hasRole('INTEGRITY_OFFICER')")
    String create(@AuthenticationPrincipal TenantMember me, @Valid @ModelAttribute("form") ItemForm form,
                  BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        PlanView plan = pages.draft(me);
        if (binding.getTarget() != null) {
            form.validate(binding);
        }
        if (!binding.hasErrors()) {
            try {
                UUID id = plans.addItem(me.tenant(), form.dimensionId(), form.toContent(plan.years()), unit(form));
                redirect.addFlashAttribute("notice", "plan.item.added");
                return "redirect:/console/plan/items/" + id;
            } catch (RuleViolation violation) {
                FormErrors.reject(binding, violation);
            }
        }
        FormErrors.unprocessable(response);
        return view(me, plan, null, model);
    }

    @GetMapping("/{itemId}")
    String show(@AuthenticationPrincipal TenantMember me, @PathVariable UUID itemId, Model model) {
        PlanView plan = pages.working(me);
        ItemView item = item(plan, itemId);
        model.addAttribute("form", ItemForm.of(item, dimensionOf(plan, itemId), plan));
        return view(me, plan, item, model);
    }

    @PostMapping("/{itemId}")
    @PreAuthorize("hasRole('INTEGRITY_OFFICER')")
    String save(@AuthenticationPrincipal TenantMember me, @PathVariable UUID itemId,
                @Valid @ModelAttribute("form") ItemForm form, BindingResult binding, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        PlanView plan = pages.working(me);
        ItemView item = item(plan, itemId);
        if (binding.getTarget() != null) {
            form.validate(binding);
        }
        if (!binding.hasErrors()) {
            try {
                plans.editItem(me.tenant(), itemId, form.dimensionId(), form.toContent(plan.years()), unit(form));
                redirect.addFlashAttribute("notice", "plan.saved");
                return "redirect:/console/plan/items/" + itemId;
            } catch (RuleViolation violation) {
                FormErrors.reject(binding, violation);
            }
        }
        FormErrors.unprocessable(response);
        return view(me, plan, item, model);
    }

    @PostMapping("/{itemId}/remove")
    @PreAuthorize("hasRole('INTEGRITY_OFFICER')")
    String remove(@AuthenticationPrincipal TenantMember me, @PathVariable UUID itemId, RedirectAttributes redirect) {
        item(pages.working(me), itemId);
        try {
            plans.removeItem(me.tenant(), itemId);
            redirect.addFlashAttribute("notice", "plan.item.removed");
            return "redirect:/console/plan";
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("problem", violation.messageKey());
            return "redirect:/console/plan/items/" + itemId;
        }
    }

    private String view(TenantMember me, PlanView plan, ItemView item, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("item", item);
        model.addAttribute("treated", item == null ? List.of() : PlanPages.treated(treatedRisks, me.tenant(), item.key(), false));
        model.addAttribute("editable", plan.status() == org.sujarit.plan.RevisionStatus.DRAFT
                && PlanPages.has("INTEGRITY_OFFICER"));
        model.addAttribute("dimensions", PlanPages.flatten(plan.dimensions()));
        model.addAttribute("units", units.activeTree(me.tenant()));
        model.addAttribute("kinds", ItemKind.values());
        model.addAttribute("kpiTypes", KpiType.values());
        model.addAttribute("methods", MeasurementMethod.values());
        model.addAttribute("months", ItemForm.FISCAL_MONTHS);
        model.addAttribute("years", plan.years());
        return "plan/item";
    }

    private static UnitId unit(ItemForm form) {
        return form.unitId() == null ? null : new UnitId(form.unitId());
    }

    static ItemView item(PlanView plan, UUID itemId) {
        return plan.allItems().filter(i -> i.id().equals(itemId)).findFirst().orElseThrow(() -> new PlanNotFound("item"));
    }

    private static UUID dimensionOf(PlanView plan, UUID itemId) {
        List<DimensionView> all = PlanPages.flatten(plan.dimensions());
        return all.stream().filter(d -> d.items().stream().anyMatch(i -> i.id().equals(itemId))).findFirst()
                .map(DimensionView::id).orElseThrow(() -> new PlanNotFound("item"));
    }
}
