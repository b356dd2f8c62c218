package org.sujarit.registers.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
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
import org.sujarit.registers.DeclarationCommittee;
import org.sujarit.registers.DeclarationCommittees;
import org.sujarit.registers.InterestRoles;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantMember;
import org.sujarit.staff.StaffUser;
import org.sujarit.staff.StaffUsers;

/** Naming the committee of a purchase of the procurement summary, and where its declarations stand. */
@Controller
@RequestMapping("/console/registers/committees/{year}/{month}/{purchaseId}")
@PreAuthorize(InterestRoles.COMMITTEE_EDITORS)
class DeclarationCommitteeController {

    record CommitteeForm(List<UUID> members) {
    }

    private final DeclarationCommittees committees;
    private final StaffUsers users;

    DeclarationCommitteeController(DeclarationCommittees committees, StaffUsers users) {
        this.committees = committees;
        this.users = users;
    }

    @GetMapping
    String committee(@AuthenticationPrincipal TenantMember me, @PathVariable int year, @PathVariable int month,
                     @PathVariable UUID purchaseId, Model model) {
        DeclarationCommittee committee = committees.committee(me.tenant(), year, month, purchaseId);
        model.addAttribute("form", new CommitteeForm(committee.members().stream().map(DeclarationCommittee.Member::userId).toList()));
        return view(me, committee, model);
    }

    @PostMapping
    String name(@AuthenticationPrincipal TenantMember me, @PathVariable int year, @PathVariable int month,
                @PathVariable UUID purchaseId, @ModelAttribute("form") CommitteeForm form, BindingResult binding,
                Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                Set<UUID> members = new LinkedHashSet<>(form.members() == null ? List.of() : form.members());
                members.remove(null);
                committees.name(me.tenant(), year, month, purchaseId, members, me.userId());
                redirect.addFlashAttribute("notice", "interest.committee.named");
                return "redirect:/console/registers/committees/" + year + "/" + month + "/" + purchaseId;
            } catch (RuleViolation violation) {
                FormErrors.reject(binding, violation);
            }
        }
        FormErrors.unprocessable(response);
        return view(me, committees.committee(me.tenant(), year, month, purchaseId), model);
    }

    private String view(TenantMember me, DeclarationCommittee committee, Model model) {
        model.addAttribute("committee", committee);
        model.addAttribute("accounts", users.list(me.tenant()).stream().filter(StaffUser::active).toList());
        return "registers/interest-committee";
    }
}
