package org.sujarit.staff.provider;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.staff.StaffPrincipal;

/**
 * A member of staff's own identities at sign-in providers: link one (they go to the provider and
 * sign in there; {@link ProviderSignIn} links what comes back to this account, and only to it), or
 * unlink one. Only providers that serve the account's tenant are offered.
 */
@Controller
@RequestMapping(AccountIdentityController.PAGE)
class AccountIdentityController {

    static final String PAGE = "/account/sign-in-providers";

    private final Providers providers;
    private final Identities identities;
    private final ProviderRegistrations registrations;

    AccountIdentityController(Providers providers, Identities identities, ProviderRegistrations registrations) {
        this.registrations = registrations;
        this.providers = providers;
        this.identities = identities;
    }

    @GetMapping
    String page(@AuthenticationPrincipal StaffPrincipal me, Model model, jakarta.servlet.http.HttpServletResponse response) {
        List<Identities.Linked> linked = identities.of(me.userId());
        Set<String> linkedIds = linked.stream().map(Identities.Linked::registrationId).collect(Collectors.toSet());
        model.addAttribute("linked", linked);
        List<Provider> available = providers.offeredTo(tenantOf(me)).stream()
                .filter(p -> !linkedIds.contains(p.registrationId())).toList();
        model.addAttribute("available", available);
        ProviderForms.allowFormsTo(response, registrations, available);
        return "staff/account-providers";
    }

    @PostMapping("/{registrationId}/link")
    String link(@AuthenticationPrincipal StaffPrincipal me, @PathVariable String registrationId, HttpServletRequest request) {
        Provider provider = providers.byRegistrationId(registrationId)
                .filter(Provider::enabled).filter(p -> p.serves(tenantOf(me)))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        request.getSession().setAttribute(PendingLink.ATTRIBUTE,
                PendingLink.account(provider.registrationId(), me.userId(), signedIn));
        return "redirect:" + ProviderPagesController.START + provider.registrationId();
    }

    @PostMapping("/{registrationId}/unlink")
    String unlink(@AuthenticationPrincipal StaffPrincipal me, @PathVariable String registrationId, RedirectAttributes redirect) {
        if (!identities.unlink(me.userId(), tenantOf(me), registrationId, me)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("notice", "provider.account.unlinked");
        return "redirect:" + PAGE;
    }

    private static java.util.UUID tenantOf(StaffPrincipal me) {
        return me.hasTenant() ? me.tenant().value() : null;
    }
}
