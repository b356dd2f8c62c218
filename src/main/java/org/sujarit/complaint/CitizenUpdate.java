package org.sujarit.complaint;

import java.util.UUID;

import org.sujarit.shared.TenantId;

/** Something the citizen can read was added to a case: a citizen who asked for notices gets one ({@link CitizenNotices}). */
public record CitizenUpdate(TenantId tenant, UUID caseId) {
}
