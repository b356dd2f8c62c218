package org.sujarit.plan;

import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.infrastructure.files.UploadedFiles;
import org.sujarit.plan.PlanChanged.Change;
import org.sujarit.shared.RuleViolation;
import org.sujarit.shared.TenantId;

/**
 * Evidence of a progress report: links to pages elsewhere and files kept in the database (their
 * type judged by their content), added and removed while the report is not locked.
 */
@Service
public class ProgressEvidence {

    private final ProgressRepository repository;
    private final ApplicationEventPublisher events;

    ProgressEvidence(ProgressRepository repository, ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
    }

    /** A stored evidence file, to be served as a download. */
    public record EvidenceFile(String fileName, String contentType, byte[] content) {
    }

    @Transactional
    public UUID addLink(TenantId tenant, UUID reportId, String title, String url) {
        unlockedReport(tenant, reportId);
        if (url == null || !url.matches("https?://\\S{3,2000}")) {
            throw new RuleViolation("url", "validation.url");
        }
        UUID id = repository.insertLink(tenant, reportId, title(title, url), url);
        events.publishEvent(new PlanChanged(tenant.value(), "progress-evidence", id, Change.EVIDENCE_ADDED));
        return id;
    }

    @Transactional
    public UUID addFile(TenantId tenant, UUID reportId, String title, String fileName, byte[] content) {
        unlockedReport(tenant, reportId);
        if (content == null || content.length == 0) {
            throw new RuleViolation("file", "progress.file.empty");
        }
        if (content.length > UploadedFiles.MAX_BYTES) {
            throw new RuleViolation("file", "progress.file.tooLarge");
        }
        String contentType = UploadedFiles.contentType(content, fileName)
                .orElseThrow(() -> new RuleViolation("file", "progress.file.type"));
        String name = UploadedFiles.safeName(fileName);
        UUID id = repository.insertFile(tenant, reportId, title(title, name), name, contentType, content);
        events.publishEvent(new PlanChanged(tenant.value(), "progress-evidence", id, Change.EVIDENCE_ADDED));
        return id;
    }

    @Transactional(readOnly = true)
    public Optional<EvidenceFile> file(TenantId tenant, UUID evidenceId) {
        return repository.file(tenant, evidenceId);
    }

    @Transactional
    public void removeEvidence(TenantId tenant, UUID evidenceId) {
        UUID reportId = repository.reportOfEvidence(tenant, evidenceId).orElseThrow(() -> new PlanNotFound("evidence"));
        unlockedReport(tenant, reportId);
        repository.deleteEvidence(tenant, evidenceId);
        events.publishEvent(new PlanChanged(tenant.value(), "progress-evidence", evidenceId, Change.EVIDENCE_REMOVED));
    }

    /** The report an evidence id belongs to, for permission checks. */
    @Transactional(readOnly = true)
    public Optional<UUID> reportOfEvidence(TenantId tenant, UUID evidenceId) {
        return repository.reportOfEvidence(tenant, evidenceId);
    }

    /** The item key of a report, for permission checks. */
    @Transactional(readOnly = true)
    public Optional<UUID> itemOfReport(TenantId tenant, UUID reportId) {
        return repository.itemOfReport(tenant, reportId);
    }

    private void unlockedReport(TenantId tenant, UUID reportId) {
        if (repository.locked(tenant, reportId).orElseThrow(() -> new PlanNotFound("report"))) {
            throw new RuleViolation(null, "progress.locked");
        }
    }

    private static String title(String title, String fallback) {
        return title == null || title.isBlank() ? fallback : title.trim();
    }
}
