package org.sujarit.tenant.web;

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
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantMember;
import org.sujarit.tenant.Unit;
import org.sujarit.tenant.UnitId;
import org.sujarit.tenant.UnitNotFound;
import org.sujarit.tenant.Units;

/** A tenant admin keeps one unit of the tree: its details, its place under another, (de)activation. */
@Controller
@RequestMapping("/console/units")
@PreAuthorize("hasRole('TENANT_ADMIN')")
class UnitController {

    private final Units units;

    UnitController(Units units) {
        this.units = units;
    }

    @GetMapping("/{unitId}")
    String show(@AuthenticationPrincipal TenantMember me, @PathVariable UUID unitId, Model model) {
        Unit unit = unit(me, unitId);
        model.addAttribute("form", UnitDetailsForm.of(unit));
        model.addAttribute("move", MoveUnitForm.of(unit));
        return unitView(me, unit, model);
    }

    @PostMapping("/{unitId}")
    String edit(@AuthenticationPrincipal TenantMember me, @PathVariable UUID unitId,
                @Valid @ModelAttribute("form") UnitDetailsForm form, BindingResult binding, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        Unit unit = unit(me, unitId);
        if (!binding.hasErrors()) {
            try {
                units.edit(me.tenant(), unit.id(), form.details());
                redirect.addFlashAttribute("notice", "unit.saved");
                return "redirect:/console/units/" + unitId;
            } catch (RuleViolation violation) {
                FormErrors.reject(binding, violation);
            }
        }
        FormErrors.unprocessable(response);
        model.addAttribute("move", MoveUnitForm.of(unit));
        return unitView(me, unit, model);
    }

    @PostMapping("/{unitId}/move")
    String move(@AuthenticationPrincipal TenantMember me, @PathVariable UUID unitId,
                @ModelAttribute("move") MoveUnitForm form, BindingResult binding, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        Unit unit = unit(me, unitId);
        if (!binding.hasErrors()) {
            try {
                units.move(me.tenant(), unit.id(), form.parent());
                redirect.addFlashAttribute("notice", "unit.moved");
                return "redirect:/console/units/" + unitId;
            } catch (RuleViolation violation) {
                FormErrors.reject(binding, violation);
            }
        }
        FormErrors.unprocessable(response);
        model.addAttribute("form", UnitDetailsForm.of(unit));
        return unitView(me, unit, model);
    }

    @PostMapping("/{unitId}/deactivate")
    String deactivate(@AuthenticationPrincipal TenantMember me, @PathVariable UUID unitId,
                      RedirectAttributes redirect) {
        Unit unit = unit(me, unitId);
        try {
            units.deactivate(me.tenant(), unit.id());
            redirect.addFlashAttribute("notice", "unit.deactivated");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("problem", violation.messageKey());
        }
        return "redirect:/console/units/" + unitId;
    }

    @PostMapping("/{unitId}/reactivate")
    String reactivate(@AuthenticationPrincipal TenantMember me, @PathVariable UUID unitId,
                      RedirectAttributes redirect) {
        Unit unit = unit(me, unitId);
        try {
            units.reactivate(me.tenant(), unit.id());
            redirect.addFlashAttribute("notice", "unit.reactivated");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("problem", violation.messageKey());
        }
        return "redirect:/console/units/" + unitId;
    }

    private Unit unit(TenantMember me, UUID unitId) {
        UnitId id = new UnitId(unitId);
        return units.find(me.tenant(), id).orElseThrow(() -> new UnitNotFound(id));
    }

    private String unitView(TenantMember me, Unit unit, Model model) {
        model.addAttribute("unit", unit);
        model.addAttribute("parents", units.activeTree(me.tenant()).stream()
                .filter(node -> !units.isWithin(me.tenant(), node.unit().id(), unit.id()))
                .filter(node -> unit.kind().mayBePlacedUnder(node.unit().kind()))
                .toList());
        model.addAttribute("mayBeTopLevel", unit.kind().mayBePlacedUnder(null));
        return "tenant/unit";
    }
}
