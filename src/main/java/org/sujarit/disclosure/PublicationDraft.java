package org.sujarit.disclosure;

import java.time.LocalDate;

/**
 * A publication as typed: the period, title and date, and a link, a file or a text record (at
 * least one of them).
 */
public record PublicationDraft(String period, String title, LocalDate publishedOn, String linkUrl, String fileName,
                               byte[] fileContent, String notes) {

    public boolean hasFile() {
        return fileContent != null && fileContent.length > 0;
    }
}
