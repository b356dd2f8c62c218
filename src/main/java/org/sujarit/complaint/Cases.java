package org.sujarit.complaint;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.sujarit.shared.TenantId;

/** Cases as staff read them: one with its history, by id or by number, and its files. Who may see which is {@link CaseAccess}'s. */
@Service
public class Cases {

    private final CaseViews views;

    Cases(CaseViews views) {
        this.views = views;
    }

    public Optional<CaseView> find(TenantId tenant, UUID caseId) {
        return views.find(tenant, caseId);
    }

    public CaseView get(TenantId tenant, UUID caseId) {
        return find(tenant, caseId).orElseThrow(() -> new ComplaintNotFound("case"));
    }

    public Optional<CaseView> findByNumber(TenantId tenant, String number) {
        String n = CaseNumber.normalise(number);
        return n == null ? Optional.empty() : views.findByNumber(tenant, n, true);
    }

    /** A file of a case. */
    public Optional<StoredFile> attachment(TenantId tenant, UUID caseId, UUID attachmentId) {
        return views.attachment(tenant, caseId, attachmentId);
    }
}
