package org.sujarit.registers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One version of a tenant's code of ethics (ประมวลจริยธรรม). */
public record EthicsCode(UUID id, int version, String title, String body, LocalDate effectiveOn, String fileName,
                         Instant publishedAt, String publishedBy) {

    public boolean hasFile() {
        return fileName != null;
    }

    public boolean inForceOn(LocalDate day) {
        return !effectiveOn.isAfter(day);
    }
}
