package org.sujarit.staff.provider;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.infrastructure.web.FormErrors;
import org.sujarit.shared.RuleViolation;
import org.sujarit.staff.Role;
import org.sujarit.staff.StaffPrincipal;

/**
 * Where providers are configured: the platform admin's ({@code /admin/sign-in-providers}, offered
 * to every account) and a tenant admin's ({@code /console/settings/sign-in-providers}, offered to
 * that tenant's accounts only). Adding one asks the provider for its discovery document first, so
 * that a mistyped issuer is said at once. The client secret is never shown back.
 */
abstract class ProviderAdminController {

    private final Providers providers;
    private final ProviderRegistrations registrations;
    private final String publicUrl;
    private final String base;

    ProviderAdminController(Providers providers, ProviderRegistrations registrations, String publicUrl, String base) {
        this.providers = providers;
        this.registrations = registrations;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.base = base;
    }

    abstract UUID tenantOf(StaffPrincipal me);

    @GetMapping
    String list(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("form", ProviderForm.empty());
        return view(me, model);
    }

    @PostMapping
    String add(@AuthenticationPrincipal StaffPrincipal me, @Valid @ModelAttribute("form") ProviderForm form,
               BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!binding.hasFieldErrors("issuerUri") && !form.issuerAcceptable()) {
            binding.rejectValue("issuerUri", "provider.form.issuerUri.https");
        }
        if (!binding.hasErrors()) {
            try {
                registrations.discover(form.issuer());
            } catch (ProviderRegistrations.Unavailable e) {
                binding.rejectValue("issuerUri", "provider.form.issuerUri.unreachable");
            }
        }
        if (!binding.hasErrors()) {
            try {
                Provider added = providers.add(form.draft(tenantOf(me)));
                redirect.addFlashAttribute("notice", "provider.admin.added");
                redirect.addFlashAttribute("noticeArg", publicUrl + added.redirectPath());
                return "redirect:" + base;
            } catch (RuleViolation violation) {
                FormErrors.reject(binding, violation);
            }
        }
        FormErrors.unprocessable(response);
        return view(me, model);
    }

    @PostMapping("/{registrationId}/enabled")
    String enable(@AuthenticationPrincipal StaffPrincipal me, @PathVariable String registrationId,
                  @RequestParam boolean enabled, RedirectAttributes redirect) {
        if (!providers.enable(tenantOf(me), registrationId, enabled)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("notice", enabled ? "provider.admin.enabled" : "provider.admin.disabled");
        return "redirect:" + base;
    }

    @PostMapping("/{registrationId}/remove")
    String remove(@AuthenticationPrincipal StaffPrincipal me, @PathVariable String registrationId,
                  RedirectAttributes redirect) {
        if (!providers.remove(tenantOf(me), registrationId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("notice", "provider.admin.removed");
        return "redirect:" + base;
    }

    private String view(StaffPrincipal me, Model model) {
        model.addAttribute("providers", providers.ownedBy(tenantOf(me)));
        model.addAttribute("base", base);
        model.addAttribute("publicUrl", publicUrl);
        model.addAttribute("platformWide", tenantOf(me) == null);
        model.addAttribute("signInLink", tenantOf(me) == null ? publicUrl + "/login"
                : publicUrl + "/login?org=" + providers.slugOf(tenantOf(me)));
        return "staff/providers-admin";
    }

    @Controller
    @org.springframework.web.bind.annotation.RequestMapping(Platform.BASE)
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    static class Platform extends ProviderAdminController {

        static final String BASE = "/admin/sign-in-providers";

        Platform(Providers providers, ProviderRegistrations registrations,
                 @Value("${sujarit.public-url:http://localhost:8080}") String publicUrl) {
            super(providers, registrations, publicUrl, BASE);
        }

        @Override
        UUID tenantOf(StaffPrincipal me) {
            if (!me.has(Role.PLATFORM_ADMIN)) {
                throw new AccessDeniedException("Only the platform admin configures platform providers");
            }
            return null;
        }
    }

    @Controller
    @org.springframework.web.bind.annotation.RequestMapping(Tenant.BASE)
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    static class Tenant extends ProviderAdminController {

        static final String BASE = "/console/settings/sign-in-providers";

        Tenant(Providers providers, ProviderRegistrations registrations,
               @Value("${sujarit.public-url:http://localhost:8080}") String publicUrl) {
            super(providers, registrations, publicUrl, BASE);
        }

        /** The tenant admin's tenant; anyone else is refused (the URL rule lets every tenant role into /console). */
        @Override
        UUID tenantOf(StaffPrincipal me) {
            if (!me.has(Role.TENANT_ADMIN)) {
                throw new AccessDeniedException("Only a tenant admin configures the tenant's providers");
            }
            return me.tenant().value();
        }
    }
}
