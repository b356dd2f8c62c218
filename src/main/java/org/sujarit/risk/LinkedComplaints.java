package org.sujarit.risk;

import java.util.List;
import java.util.UUID;

import org.sujarit.shared.TenantMember;

/**
 * What the complaint centre says about a risk: the cases whose cause analysis linked them to it,
 * the evidence that the risk's factor is a known one. The risk module only shows them; it does not
 * depend on the complaint module.
 */
public interface LinkedComplaints extends KnownFactorEvidence {

    /** The cases linked to the risk, as far as {@code viewer} may know of them; latest first. */
    List<Linked> linkedTo(TenantMember viewer, UUID riskId);

    @Override
    default List<Evidence> evidenceFor(TenantMember viewer, UUID riskId) {
        return linkedTo(viewer, riskId).stream()
                .map(c -> new Evidence("risk.complaint", c.number(), c.subject(), c.href())).toList();
    }

    /**
     * @param subject null when the viewer may not read the case, who then sees only its number
     * @param href    the case's page, or null under the same condition
     */
    record Linked(String number, String subject, String href) {
    }
}
