package org.sujarit.registers;

import java.time.LocalDate;

import org.sujarit.infrastructure.files.UploadedFiles;
import org.sujarit.shared.RuleViolation;

/**
 * A new version of the code as the integrity officer publishes it: its title, text and effective
 * date, and optionally the signed PDF, accepted only when its content is a PDF.
 */
public record EthicsCodeDraft(String title, String body, LocalDate effectiveOn, String fileName, byte[] file) {

    public EthicsCodeDraft {
        title = title == null ? "" : title.strip();
        body = body == null ? "" : body.strip();
        if (title.length() < 2 || title.length() > 300) {
            throw new RuleViolation("title", "ethics.titleRequired");
        }
        if (body.length() < 10 || body.length() > 100_000) {
            throw new RuleViolation("body", "ethics.bodyRequired");
        }
        if (effectiveOn == null) {
            throw new RuleViolation("effectiveOn", "ethics.effectiveOnRequired");
        }
        if (file != null && file.length == 0) {
            file = null;
        }
        if (file != null) {
            if (file.length > UploadedFiles.MAX_BYTES) {
                throw new RuleViolation("file", "ethics.fileTooLarge");
            }
            if (!UploadedFiles.contentType(file, fileName).map("application/pdf"::equals).orElse(false)) {
                throw new RuleViolation("file", "ethics.fileNotPdf");
            }
            fileName = UploadedFiles.safeName(fileName);
        } else {
            fileName = null;
        }
    }
}
