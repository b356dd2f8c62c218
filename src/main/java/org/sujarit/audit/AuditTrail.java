package org.sujarit.audit;

import java.util.List;
import java.util.UUID;

import org.sujarit.shared.TenantId;

/** Reading and checking the trail; writing happens only through {@link AuditableEvent}s. */
public interface AuditTrail {

    /** The chain of platform-level events, those without a tenant. */
    UUID PLATFORM_CHAIN = new UUID(0, 0);

    List<AuditEvent> recent(TenantId tenant, int limit);

    ChainVerification verify(TenantId tenant);

    /** Every chain on the platform, the platform's own first. */
    List<ChainVerification> verifyAll();
}
