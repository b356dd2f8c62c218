package org.sujarit.risk;

import java.util.List;
import java.util.UUID;

import org.sujarit.shared.TenantMember;

/**
 * Records elsewhere that show a risk's factor is a known one (Known Factor): complaints whose
 * cause analysis points at the risk, conflict-of-interest flags recorded against it. Modules above
 * the risk register implement it; the risk page lists what every source gives, and the risk module
 * depends on none of them.
 */
public interface KnownFactorEvidence {

    /** The evidence for the risk, as far as {@code viewer} may know of it; latest first. */
    List<Evidence> evidenceFor(TenantMember viewer, UUID riskId);

    /**
     * @param labelKey message key naming the record, with {@code labelArg} as its argument
     *                 (e.g. {@code risk.complaint} "เรื่องร้องเรียน {0}")
     * @param summary  a line about it, or null when the viewer may not read the record
     * @param href     the record's page, or null under the same condition
     */
    record Evidence(String labelKey, String labelArg, String summary, String href) {
    }
}
