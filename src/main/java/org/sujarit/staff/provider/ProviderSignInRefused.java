package org.sujarit.staff.provider;

import java.util.UUID;

import org.sujarit.audit.AuditableEvent;

/**
 * A sign-in through a provider was refused (no linked account, a bad or replayed token, the
 * provider unreachable …). The trail keeps the provider and the reason, never the subject or a
 * token. {@code tenantId} is the provider's tenant, {@code null} for a platform provider.
 */
public record ProviderSignInRefused(UUID tenantId, String registrationId, String reason) implements AuditableEvent {

    @Override
    public String action() {
        return "sign-in-provider.refused-" + reason.replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String recordType() {
        return "sign-in-provider";
    }

    @Override
    public String recordId() {
        return registrationId == null ? "unknown" : registrationId;
    }
}
