package org.sujarit.oversight.followup.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
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
import org.sujarit.oversight.followup.OversightRequest;
import org.sujarit.oversight.followup.OversightRequests;
import org.sujarit.shared.ConsoleLink;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantMember;

/**
 * The requests overseers sent this local government, in its console: the integrity officer (and
 * the tenant admin) read and answer them. Another tenant's request is not found.
 */
@Controller
@RequestMapping("/console/oversight-requests")
@PreAuthorize(LaoRequestsController.ANSWERERS)
class LaoRequestsController {

    static final String ANSWERERS = "hasAnyRole('INTEGRITY_OFFICER', 'TENANT_ADMIN')";

    private final OversightRequests requests;

    LaoRequestsController(OversightRequests requests) {
        this.requests = requests;
    }

    @Bean
    static ConsoleLink oversightRequestsConsoleLink() {
        return new ConsoleLink("nav.oversightRequests", "/console/oversight-requests",
                List.of("INTEGRITY_OFFICER", "TENANT_ADMIN"), 85);
    }

    @GetMapping
    String list(@AuthenticationPrincipal TenantMember me, Model model) {
        model.addAttribute("requests", requests.ofTenant(me.tenant()));
        return "console/oversight-requests/list";
    }

    @GetMapping("/{oversightRequestId}")
    String show(@AuthenticationPrincipal TenantMember me, @PathVariable UUID oversightRequestId, Model model) {
        OversightRequest request = requests.ofTenant(me.tenant(), oversightRequestId);
        model.addAttribute("request", request);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new AnswerForm(null));
        }
        return "console/oversight-requests/show";
    }

    @PostMapping("/{oversightRequestId}/answer")
    String answer(@AuthenticationPrincipal TenantMember me, @PathVariable UUID oversightRequestId,
                  @ModelAttribute("form") AnswerForm form, BindingResult binding, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        try {
            requests.answer(me.tenant(), oversightRequestId, form.answer(), me.userId());
            redirect.addFlashAttribute("notice", "followup.answered");
            return "redirect:/console/oversight-requests/" + oversightRequestId;
        } catch (RuleViolation violation) {
            FormErrors.reject(binding, violation);
            FormErrors.unprocessable(response);
            return show(me, oversightRequestId, model);
        }
    }
}
