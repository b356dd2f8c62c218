package org.sujarit.registers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One version of a tenant's code of ethics (ประมวลจริยธรรม). */
public record EthicsCode(UUID id, int version, String title, String body, LocalDate effectiveOn, String fileName,
                         Instant publishedAt, String publishedBy) {

    public boolean hasFile() {
        return fileName != null;
    }

    /** The text's paragraphs, blank lines left out. */
    public List<String> lines() {
        return body.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    public boolean inForceOn(LocalDate day) {
        return !effectiveOn.isAfter(day);
    }
}
