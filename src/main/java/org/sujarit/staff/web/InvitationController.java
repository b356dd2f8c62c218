package org.sujarit.staff.web;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
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
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantMember;
import org.sujarit.staff.roster.ActivationLinks;
import org.sujarit.staff.roster.InvitationRounds;
import org.sujarit.staff.roster.Invitations;
import org.sujarit.staff.roster.Invitations.Issued;
import org.sujarit.staff.roster.Invitations.Kind;
import org.sujarit.tenant.Units;

/**
 * The tenant admin's invitations: who has not set a password yet, invitation mails to those with
 * e-mail, a printable sheet of one-time codes for the rest, and a new invitation for one person
 * (the old one stops working). A sheet of codes is shown once and never kept or cached.
 */
@Controller
@RequestMapping("/console/users")
@PreAuthorize("hasRole('TENANT_ADMIN')")
class InvitationController {

    private final Invitations invitations;
    private final InvitationRounds rounds;
    private final Units units;
    private final Clock clock;
    private final String activationUrl;

    InvitationController(Invitations invitations, InvitationRounds rounds, Units units, Clock clock,
                         @Value("${sujarit.public-url:http://localhost:8080}") String publicUrl) {
        this.invitations = invitations;
        this.rounds = rounds;
        this.units = units;
        this.clock = clock;
        this.activationUrl = publicUrl.replaceAll("/+$", "") + ActivationLinks.PAGE;
    }

    @GetMapping("/invitations")
    String list(@AuthenticationPrincipal TenantMember me, Model model) {
        model.addAttribute("awaiting", invitations.awaiting(me.tenant()));
        model.addAttribute("now", clock.instant());
        model.addAttribute("mailAvailable", rounds.mailAvailable());
        model.addAttribute("unitNames", UnitNames.of(units, me.tenant()));
        return "staff/invitations";
    }

    @PostMapping("/invitations/mail")
    String mailAll(@AuthenticationPrincipal TenantMember me, RedirectAttributes redirect) {
        InvitationRounds.Mailed mailed = rounds.mailAwaiting(me.tenant());
        redirect.addFlashAttribute("mailed", mailed);
        return "redirect:/console/users/invitations";
    }

    @PostMapping("/invitations/print")
    String printAll(@AuthenticationPrincipal TenantMember me, Model model, HttpServletResponse response) {
        return codes(rounds.printAwaiting(me.tenant()), me, model, response);
    }

    @PostMapping("/{userId}/invitation")
    String issueOne(@AuthenticationPrincipal TenantMember me, @PathVariable UUID userId,
                    @RequestParam(defaultValue = "PRINTED") Kind kind, Model model, HttpServletResponse response,
                    RedirectAttributes redirect) {
        try {
            Issued issued = invitations.issue(me.tenant(), userId, kind);
            if (kind == Kind.PRINTED) {
                return codes(List.of(issued), me, model, response);
            }
            boolean sent = rounds.mail(me.tenant(), issued);
            redirect.addFlashAttribute("mailed", new InvitationRounds.Mailed(sent ? 1 : 0, sent ? 0 : 1));
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("problem", violation.messageKey());
        }
        return "redirect:/console/users/invitations";
    }

    private String codes(List<Issued> codes, TenantMember me, Model model, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("codes", codes);
        model.addAttribute("activationUrl", activationUrl);
        model.addAttribute("unitNames", UnitNames.of(units, me.tenant()));
        return "staff/codes";
    }
}
