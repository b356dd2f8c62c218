package org.sujarit.registers.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.infrastructure.web.FormErrors;
import org.sujarit.registers.InterestFlags;
import org.sujarit.registers.InterestRoles;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantMember;
import org.sujarit.staff.Role;
import org.sujarit.staff.StaffPrincipal;

/**
 * The flags: declared interests that match a bidder or the supplier of a purchase the same person
 * sat on the committee of. The integrity officer records one on the risk register or dismisses it
 * with a reason; the executive reads them.
 */
@Controller
@RequestMapping("/console/registers/flags")
@PreAuthorize(InterestRoles.FLAG_READERS)
class FlagController {

    private final InterestFlags flags;

    FlagController(InterestFlags flags) {
        this.flags = flags;
    }

    @GetMapping
    String list(@AuthenticationPrincipal TenantMember me, Model model) {
        model.addAttribute("flags", flags.list(me.tenant()));
        model.addAttribute("risks", flags.riskChoices(me.tenant()));
        model.addAttribute("officer", me instanceof StaffPrincipal p && p.has(Role.INTEGRITY_OFFICER));
        return "registers/interest-flags";
    }

    @PostMapping("/{flagId}/record")
    @PreAuthorize(InterestRoles.OFFICER)
    String record(@AuthenticationPrincipal TenantMember me, @PathVariable UUID flagId,
                  @RequestParam(required = false) UUID riskId, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        return decide(me, flagId, () -> flags.record(me.tenant(), flagId, riskId, me.userId()), "interest.flag.recorded",
                model, response, redirect);
    }

    @PostMapping("/{flagId}/dismiss")
    @PreAuthorize(InterestRoles.OFFICER)
    String dismiss(@AuthenticationPrincipal TenantMember me, @PathVariable UUID flagId,
                   @RequestParam(required = false) String reason, Model model, HttpServletResponse response,
                   RedirectAttributes redirect) {
        model.addAttribute("reason", reason);
        return decide(me, flagId, () -> flags.dismiss(me.tenant(), flagId, reason, me.userId()), "interest.flag.dismissed",
                model, response, redirect);
    }

    /** A decision that breaks a rule comes back on the list (the list is the form) with 422, the message at the flag and the reason kept. */
    private String decide(TenantMember me, UUID flagId, Runnable action, String notice, Model model,
                          HttpServletResponse response, RedirectAttributes redirect) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/console/registers/flags";
        } catch (RuleViolation violation) {
            model.addAttribute("problem", violation.messageKey());
            model.addAttribute("problemFlag", flagId);
            FormErrors.unprocessable(response);
            return list(me, model);
        }
    }
}
