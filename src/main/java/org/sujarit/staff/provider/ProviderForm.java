package org.sujarit.staff.provider;

import java.net.IDN;
import java.net.URI;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an admin types to add a provider; checked again by the table's own constraints. */
record ProviderForm(
        @NotBlank(message = "{provider.form.registrationId.required}")
        @Pattern(regexp = "^[a-z0-9][a-z0-9-]{1,38}[a-z0-9]$", message = "{provider.form.registrationId.pattern}")
        String registrationId,
        @NotBlank(message = "{provider.form.nameTh.required}") @Size(max = 80, message = "{provider.form.tooLong}") String nameTh,
        @NotBlank(message = "{provider.form.nameEn.required}") @Size(max = 80, message = "{provider.form.tooLong}") String nameEn,
        @NotBlank(message = "{provider.form.issuerUri.required}") @Size(max = 300, message = "{provider.form.tooLong}") String issuerUri,
        @NotBlank(message = "{provider.form.clientId.required}") @Size(max = 200, message = "{provider.form.tooLong}") String clientId,
        @NotBlank(message = "{provider.form.clientSecret.required}") @Size(max = 500, message = "{provider.form.tooLong}") String clientSecret,
        @Pattern(regexp = "^[A-Za-z0-9_:.-]{1,64}$", message = "{provider.form.subjectClaim.pattern}") String subjectClaim,
        @Pattern(regexp = "^(RS256|ES256)$", message = "{provider.form.jwsAlgorithm.pattern}") String jwsAlgorithm,
        // a text, so that no value a browser can send fails the binding: "true" when ticked
        String subjectIsCitizenId,
        @Size(max = 300, message = "{provider.form.tooLong}")
        @Pattern(regexp = "^[A-Za-z0-9_:./ -]*$", message = "{provider.form.scopes.pattern}") String scopes) {

    static ProviderForm empty() {
        return new ProviderForm("", "", "", "", "", "", "sub", "ES256", null, "openid");
    }

    private static final java.util.regex.Pattern SCHEME_HOST_REST = java.util.regex.Pattern.compile("(?i)^(https?://)([^/:?#]+)(.*)$");

    boolean citizenId() {
        return "true".equals(subjectIsCitizenId);
    }

    /**
     * The issuer as typed, its host in ASCII: a Thai domain name (sso.เทศบาลหนองบัว.go.th) in the
     * {@code xn--} form the provider's own documents use, which a URI must be written in.
     */
    String issuer() {
        String typed = issuerUri == null ? "" : issuerUri.strip();
        Matcher parts = SCHEME_HOST_REST.matcher(typed);
        if (!parts.matches()) {
            return typed;
        }
        try {
            return parts.group(1) + IDN.toASCII(parts.group(2), IDN.ALLOW_UNASSIGNED) + parts.group(3);
        } catch (IllegalArgumentException notAName) {
            return typed;
        }
    }

    /** https, or http to this machine only (a provider on the same host, as in tests and trials). */
    boolean issuerAcceptable() {
        try {
            URI uri = URI.create(issuer());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost() == null ? "" : uri.getHost();
            return uri.getQuery() == null && uri.getFragment() == null && !host.isEmpty()
                    && ("https".equals(scheme) || ("http".equals(scheme) && (host.equals("localhost") || host.equals("127.0.0.1"))));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    Providers.Draft draft(UUID tenantId) {
        String scopeText = scopes == null || scopes.isBlank() ? "openid" : scopes.strip();
        if (!(" " + scopeText + " ").contains(" openid ")) {
            scopeText = "openid " + scopeText;
        }
        return new Providers.Draft(tenantId, registrationId.strip(), nameTh.strip(), nameEn.strip(), issuer(),
                clientId.strip(), clientSecret, subjectClaim == null || subjectClaim.isBlank() ? "sub" : subjectClaim.strip(),
                jwsAlgorithm, citizenId(), scopeText);
    }
}
