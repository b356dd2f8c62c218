package org.sujarit.complaint.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.complaint.CaseAccess;
import org.sujarit.complaint.CaseView;
import org.sujarit.complaint.vault.IdentityVault;
import org.sujarit.infrastructure.web.FormErrors;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantMember;

/** Staff handling a named corruption report ask a custodian for the reporter's identity, with a reason. */
@Controller
@RequestMapping("/console/complaints/{caseId}/identity-requests")
@PreAuthorize("hasAnyRole('INTEGRITY_OFFICER', 'UNIT_STAFF')")
class IdentityController {

    /** Why the identity is needed: the custodian reads it before deciding. */
    record RequestForm(@Size(max = 2000, message = "{validation.tooLong}") String reason) {
    }

    private final IdentityVault vault;
    private final CasePages pages;
    private final CaseAccess access;

    IdentityController(IdentityVault vault, CasePages pages, CaseAccess access) {
        this.vault = vault;
        this.pages = pages;
        this.access = access;
    }

    @PostMapping
    String request(@AuthenticationPrincipal TenantMember me, @PathVariable UUID caseId,
                   @Valid @ModelAttribute("identityForm") RequestForm form, BindingResult binding, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) {
        CaseView c = pages.readable(me, caseId);
        if (!access.handles(me) && !access.works(me, c)) {
            throw new AccessDeniedException("Only staff handling the case ask for the reporter's identity");
        }
        if (!binding.hasErrors()) {
            try {
                vault.request(me.tenant(), caseId, me.userId(), form.reason());
                redirect.addFlashAttribute("notice", "vault.requested");
                return CaseWorkflowController.back(caseId);
            } catch (RuleViolation violation) {
                FormErrors.reject(binding, violation);
            }
        }
        FormErrors.unprocessable(response);
        return pages.show(me, c, null, "identity", model);
    }
}
