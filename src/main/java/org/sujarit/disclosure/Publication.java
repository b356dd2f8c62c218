package org.sujarit.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What a local government published against a checklist item and a period: a file, a link or a
 * text record. A replaced publication stays as history, a withdrawn one with its reason.
 */
public record Publication(UUID id, int fiscalYear, String itemNumber, String period, String title, LocalDate publishedOn,
                          String linkUrl, String fileName, String contentType, String notes, Status status,
                          UUID replacedBy, String withdrawnReason, Instant createdAt, Instant changedAt) {

    public enum Status { CURRENT, REPLACED, WITHDRAWN }

    public boolean current() {
        return status == Status.CURRENT;
    }

    public boolean hasFile() {
        return fileName != null;
    }
}
