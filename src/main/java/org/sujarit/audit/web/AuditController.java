package org.sujarit.audit.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.sujarit.audit.AuditTrail;
import org.sujarit.shared.ConsoleLink;
import org.sujarit.shared.TenantMember;

/**
 * The trail of one tenant, for its admin and internal auditor, and the check of its chain; the
 * platform admin checks every chain.
 */
@Controller
class AuditController {

    private static final int SHOWN = 200;

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/console/audit")
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'INTERNAL_AUDITOR')")
    String tenantTrail(@AuthenticationPrincipal TenantMember me, Model model) {
        model.addAttribute("events", trail.recent(me.tenant(), SHOWN));
        model.addAttribute("verification", trail.verify(me.tenant()));
        return "audit/trail";
    }

    @GetMapping("/admin/audit")
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    String platformCheck(Model model) {
        model.addAttribute("verifications", trail.verifyAll());
        model.addAttribute("platformChain", AuditTrail.PLATFORM_CHAIN);
        return "audit/chains";
    }

    @Bean
    static ConsoleLink auditLink() {
        return new ConsoleLink("nav.audit", "/console/audit", List.of("TENANT_ADMIN", "INTERNAL_AUDITOR"), 90);
    }
}
