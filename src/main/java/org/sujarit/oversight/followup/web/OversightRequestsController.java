package org.sujarit.oversight.followup.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.oversight.followup.OversightRequest.Status;
import org.sujarit.oversight.followup.OversightRequests;
import org.sujarit.oversight.followup.RequestCounts;
import org.sujarit.shared.RuleViolation;
import org.sujarit.staff.OversightScope;
import org.sujarit.staff.StaffPrincipal;

/**
 * The overseer's requests: every request to a local government within their scope (whoever sent
 * it), filtered by state, with counts per province (and per NACC region for the nation); and
 * closing one. A request outside the scope is not found.
 */
@Controller
class OversightRequestsController {

    private final OversightRequests requests;

    OversightRequestsController(OversightRequests requests) {
        this.requests = requests;
    }

    @GetMapping("/oversight/requests")
    String list(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(required = false) String status,
                @RequestParam(required = false) String overdue, Model model) {
        OversightScope scope = me.oversight();
        Status chosen = status(status);
        boolean overdueOnly = "true".equals(overdue);
        List<RequestCounts> provinces = requests.perProvince(scope);
        model.addAttribute("scope", scope);
        model.addAttribute("status", chosen);
        model.addAttribute("overdueOnly", overdueOnly);
        model.addAttribute("statuses", Status.values());
        model.addAttribute("requests", requests.inScope(scope, chosen, overdueOnly));
        model.addAttribute("limit", OversightRequests.LIST_LIMIT);
        model.addAttribute("provinces", provinces);
        model.addAttribute("regions", scope.level() == OversightScope.Level.NATION ? OversightRequests.perRegion(provinces) : List.of());
        model.addAttribute("total", OversightRequests.total(provinces));
        return "oversight/requests/list";
    }

    @PostMapping("/oversight/requests/{oversightRequestId}/close")
    String close(@AuthenticationPrincipal StaffPrincipal me, @PathVariable UUID oversightRequestId, RedirectAttributes redirect) {
        try {
            requests.close(me.oversight(), oversightRequestId);
            redirect.addFlashAttribute("notice", "followup.closed");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("problem", violation.messageKey());
        }
        return "redirect:/oversight/requests";
    }

    /** An unknown status shows all, as a list without a filter would. */
    private static Status status(String typed) {
        if (typed == null) {
            return null;
        }
        try {
            return Status.valueOf(typed.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
