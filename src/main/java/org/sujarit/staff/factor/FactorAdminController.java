package org.sujarit.staff.factor;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.staff.Role;
import org.sujarit.staff.StaffPrincipal;
import org.sujarit.staff.StaffUser;
import org.sujarit.staff.StaffUserNotFound;
import org.sujarit.staff.StaffUsers;

/**
 * What admins do about second factors: a tenant admin chooses the roles of their tenant that must
 * use one (beyond the custodian, always) and resets a member's second factors; a platform admin
 * resets those of an account without a tenant. A reset removes the one-time key, the recovery
 * codes and (in the passkeys' module) the passkeys; it is audited and mailed to the person.
 */
@Controller
class FactorAdminController {

    static final String SETTINGS = "/console/settings/second-factor";

    private final SecondFactorRequirement requirement;
    private final OneTimeCodes codes;
    private final StaffUsers users;

    FactorAdminController(SecondFactorRequirement requirement, OneTimeCodes codes, StaffUsers users) {
        this.requirement = requirement;
        this.codes = codes;
        this.users = users;
    }

    @GetMapping(SETTINGS)
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    String settings(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("always", List.copyOf(EnumSet.copyOf(SecondFactorRequirement.ALWAYS).stream()
                .filter(Role::isTenantRole).toList()));
        model.addAttribute("choosable", List.copyOf(SecondFactorRequirement.CHOOSABLE));
        model.addAttribute("chosen", requirement.chosen(me.tenant()));
        return "staff/second-factor-settings";
    }

    @PostMapping(SETTINGS)
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    String choose(@AuthenticationPrincipal StaffPrincipal me, @RequestParam(name = "roles", required = false) List<String> roles,
                  RedirectAttributes redirect) {
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        for (String role : roles == null ? List.<String>of() : roles) {
            SecondFactorRequirement.CHOOSABLE.stream().filter(r -> r.name().equals(role)).forEach(chosen::add);
        }
        requirement.choose(me.tenant(), chosen, me);
        redirect.addFlashAttribute("notice", "factor.settings.saved");
        return "redirect:" + SETTINGS;
    }

    @PostMapping("/console/users/{userId}/second-factors/reset")
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    String resetMember(@AuthenticationPrincipal StaffPrincipal me, @PathVariable UUID userId, RedirectAttributes redirect) {
        StaffUser user = users.find(me.tenant(), userId).orElseThrow(() -> new StaffUserNotFound(userId));
        codes.reset(user.id(), me);
        redirect.addFlashAttribute("notice", "factor.reset.done");
        return "redirect:/console/users/" + user.id();
    }

    @PostMapping("/admin/users/{userId}/second-factors/reset")
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    String resetWithoutTenant(@AuthenticationPrincipal StaffPrincipal me, @PathVariable UUID userId, RedirectAttributes redirect) {
        StaffUser user = users.find(null, userId).orElseThrow(() -> new StaffUserNotFound(userId));
        codes.reset(user.id(), me);
        redirect.addFlashAttribute("notice", "factor.reset.done");
        return "redirect:/admin/users";
    }
}
