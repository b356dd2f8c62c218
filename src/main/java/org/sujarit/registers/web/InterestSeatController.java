package org.sujarit.registers.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
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
import org.sujarit.registers.DeclarationCommittee;
import org.sujarit.registers.DeclarationCommittees;
import org.sujarit.registers.DeclarationNotFound;
import org.sujarit.registers.InterestDeclarations;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantMember;

/** A committee member's declaration for one purchase: no relation to the bidders, or the relation. */
@Controller
@RequestMapping("/console/me/interests/committees/{year}/{month}/{purchaseId}")
class InterestSeatController {

    /** @param none "true" for "ไม่มีความเกี่ยวข้องกับผู้เสนอราคา", "false" when a relation is named */
    record MatterForm(String none, String relation) {
    }

    private final InterestDeclarations declarations;
    private final DeclarationCommittees committees;

    InterestSeatController(InterestDeclarations declarations, DeclarationCommittees committees) {
        this.declarations = declarations;
        this.committees = committees;
    }

    @GetMapping
    String form(@AuthenticationPrincipal TenantMember me, @PathVariable int year, @PathVariable int month,
                @PathVariable UUID purchaseId, Model model) {
        model.addAttribute("form", declarations.ownForPurchase(me, purchaseId)
                .map(d -> new MatterForm(String.valueOf(d.noneDeclared()), d.relation()))
                .orElse(new MatterForm(null, null)));
        return view(me, year, month, purchaseId, model);
    }

    @PostMapping
    String declare(@AuthenticationPrincipal TenantMember me, @PathVariable int year, @PathVariable int month,
                   @PathVariable UUID purchaseId, @ModelAttribute("form") MatterForm form, BindingResult binding,
                   Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            if (form.none() == null || form.none().isBlank()) {
                throw new RuleViolation("none", "interest.matter.choose");
            }
            declarations.declareMatter(me, year, month, purchaseId, Boolean.parseBoolean(form.none()), form.relation());
            redirect.addFlashAttribute("notice", "interest.signed");
            return "redirect:/console/me/interests";
        } catch (RuleViolation violation) {
            FormErrors.reject(binding, violation);
        }
        FormErrors.unprocessable(response);
        return view(me, year, month, purchaseId, model);
    }

    private String view(TenantMember me, int year, int month, UUID purchaseId, Model model) {
        DeclarationCommittee committee = committees.committee(me.tenant(), year, month, purchaseId);
        if (committee.members().stream().noneMatch(m -> m.userId().equals(me.userId()))) {
            throw new DeclarationNotFound("committee seat");
        }
        model.addAttribute("committee", committee);
        return "registers/interest-seat";
    }
}
