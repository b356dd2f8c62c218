package org.sujarit.staff.provider;

import java.net.URI;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.sujarit.staff.SecurityConfiguration;

/**
 * The content security policy of a page with a form that leads to a provider. Browsers apply
 * {@code form-action} to every redirect after a form is sent, and a link form (POST, with its
 * CSRF token: a link made by a forged request could tie an attacker's identity to the victim's
 * account) ends at the provider's authorization endpoint. That page alone, and only for the
 * providers it offers, allows those origins; everything else of the policy stays as it is.
 */
final class ProviderForms {

    private ProviderForms() {
    }

    static void allowFormsTo(HttpServletResponse response, ProviderRegistrations registrations, Collection<Provider> offered) {
        Set<String> origins = new LinkedHashSet<>();
        for (Provider provider : offered) {
            try {
                URI uri = URI.create(registrations.registration(provider).getProviderDetails().getAuthorizationUri());
                if (uri.getScheme() != null && uri.getHost() != null && uri.getScheme().matches("https?")) {
                    origins.add(uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()));
                }
            } catch (ProviderRegistrations.Unavailable | IllegalArgumentException e) {
                // not offered a way out: its start page says it is unavailable
            }
        }
        if (!origins.isEmpty()) {
            response.setHeader("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY
                    .replace("form-action 'self'", "form-action 'self' " + String.join(" ", origins)));
        }
    }
}
