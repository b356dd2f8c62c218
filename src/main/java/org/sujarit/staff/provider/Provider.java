package org.sujarit.staff.provider;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * An OpenID Connect provider as configured: for the whole platform ({@code tenantId} null) or for
 * one tenant's accounts. The client secret is not here: it is read, decrypted, only to build the
 * client registration.
 */
public record Provider(UUID id, UUID tenantId, String registrationId, String nameTh, String nameEn, String issuerUri,
                       String clientId, String subjectClaim, String jwsAlgorithm, boolean subjectIsCitizenId,
                       String scopes, boolean enabled, Instant updatedAt) {

    public boolean platformWide() {
        return tenantId == null;
    }

    /** Whether an account of this tenant ({@code null}: an account without tenant) may use this provider. */
    public boolean serves(UUID accountTenant) {
        return tenantId == null || tenantId.equals(accountTenant);
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameTh;
    }

    public List<String> scopeList() {
        return Arrays.stream(scopes.split("[\\s,]+")).filter(s -> !s.isBlank()).distinct().toList();
    }

    /** Where the provider sends the person back: register this at the provider. */
    public String redirectPath() {
        return "/login/oauth2/code/" + registrationId;
    }
}
