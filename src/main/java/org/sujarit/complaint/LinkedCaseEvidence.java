package org.sujarit.complaint;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.risk.LinkedComplaints;
import org.sujarit.shared.TenantMember;

/**
 * Tells the risk register which cases the cause analysis linked to a risk. A viewer who may not
 * read a case learns only its number, which says nothing of its content — except a corruption
 * report about the viewer's own unit, of which the viewer learns nothing at all.
 */
@Component
class LinkedCaseEvidence implements LinkedComplaints {

    private final CaseViews repository;
    private final CaseAccess access;

    LinkedCaseEvidence(CaseViews repository, CaseAccess access) {
        this.repository = repository;
        this.access = access;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Linked> linkedTo(TenantMember viewer, UUID riskId) {
        if (!viewer.hasTenant()) {
            return List.of();
        }
        CaseAccess.Scope scope = access.scope(viewer);
        return repository.list(viewer.tenant(), "c.risk_id = :risk", Map.of("risk", riskId)).stream()
                .filter(c -> !scope.hides(c))
                .map(c -> scope.covers(c) ? new Linked(c.number(), c.subject(), "/console/complaints/" + c.id())
                        : new Linked(c.number(), null, null))
                .toList();
    }
}
