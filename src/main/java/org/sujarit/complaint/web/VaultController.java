package org.sujarit.complaint.web;

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
import org.sujarit.complaint.vault.IdentityVault;
import org.sujarit.infrastructure.web.FormErrors;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantMember;

/**
 * The identity custodian's page: setting up the tenant's vault with a vault passphrase, deciding
 * requests to reveal a reporter's identity, giving another custodian a key. Passphrases are never
 * written back into a form.
 */
@Controller
@RequestMapping("/console/vault")
@PreAuthorize("hasRole('IDENTITY_CUSTODIAN')")
class VaultController {

    private final IdentityVault vault;

    VaultController(IdentityVault vault) {
        this.vault = vault;
    }

    @GetMapping
    String show(@AuthenticationPrincipal TenantMember me, Model model) {
        model.addAttribute("status", vault.status(me.tenant(), me.userId()));
        model.addAttribute("requests", vault.pending(me.tenant()));
        model.addAttribute("candidates", vault.candidates(me.tenant()));
        model.addAttribute("minimum", IdentityVault.MIN_PASSPHRASE);
        return "complaint/vault";
    }

    @PostMapping("/setup")
    String setUp(@AuthenticationPrincipal TenantMember me, @RequestParam String passphrase, @RequestParam String repeat,
                 Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return attempt(me, model, response, redirect, "vault.created", "setup", () -> {
            if (!passphrase.equals(repeat)) {
                throw new RuleViolation("repeat", "vault.passphrase.mismatch");
            }
            vault.setUp(me.tenant(), me.userId(), passphrase);
        });
    }

    @PostMapping("/requests/{requestId}/approve")
    String approve(@AuthenticationPrincipal TenantMember me, @PathVariable UUID requestId, @RequestParam String passphrase,
                   Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return attempt(me, model, response, redirect, "vault.approved", requestId.toString(),
                () -> vault.approve(me.tenant(), requestId, me.userId(), passphrase));
    }

    @PostMapping("/requests/{requestId}/refuse")
    String refuse(@AuthenticationPrincipal TenantMember me, @PathVariable UUID requestId,
                  @RequestParam(defaultValue = "") String reason, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        model.addAttribute("refuseReason", reason);
        return attempt(me, model, response, redirect, "vault.refused", requestId.toString(),
                () -> vault.refuse(me.tenant(), requestId, me.userId(), reason));
    }

    @PostMapping("/custodians")
    String addCustodian(@AuthenticationPrincipal TenantMember me, @RequestParam String passphrase,
                        @RequestParam(required = false) UUID newUserId, @RequestParam String newPassphrase,
                        Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return attempt(me, model, response, redirect, "vault.custodianAdded", "custodian",
                () -> vault.addCustodian(me.tenant(), me.userId(), passphrase, newUserId, newPassphrase));
    }

    private String attempt(TenantMember me, Model model, HttpServletResponse response, RedirectAttributes redirect,
                           String notice, String form, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/console/vault";
        } catch (RuleViolation violation) {
            model.addAttribute("problem", violation.messageKey());
            model.addAttribute("problemForm", form);
            FormErrors.unprocessable(response);
            return show(me, model);
        }
    }
}
