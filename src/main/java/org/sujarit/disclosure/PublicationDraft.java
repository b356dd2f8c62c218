package org.sujarit.disclosure;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;

import org.sujarit.infrastructure.files.UploadedFiles;
import org.sujarit.shared.RuleViolation;

/**
 * A publication as typed: the period, title and date, and a link, a file or a text record (at
 * least one of them).
 */
public record PublicationDraft(String period, String title, LocalDate publishedOn, String linkUrl, String fileName,
                               byte[] fileContent, String notes) {

    static final int TITLE_MAX = 300;
    static final int NOTES_MAX = 5000;

    public boolean hasFile() {
        return fileContent != null && fileContent.length > 0;
    }

    /** What a checked draft stores besides what was typed: its link, and its file's safe name and type. */
    record Checked(String link, String fileName, String contentType) {
    }

    /**
     * What a publication of the item must be: for one of the item's periods, titled, dated no later
     * than today, with a web address as its link and a file recognised by its content, and with
     * a link, a file or a text.
     */
    Checked check(ChecklistItem item, LocalDate today) {
        if (period == null || !item.frequency().allows(period)) {
            throw new RuleViolation("period", "disclosure.period.invalid");
        }
        if (title == null || title.isBlank() || title.strip().length() > TITLE_MAX) {
            throw new RuleViolation("title", "disclosure.title.required");
        }
        if (publishedOn == null) {
            throw new RuleViolation("publishedOn", "disclosure.publishedOn.invalid");
        }
        if (publishedOn.isAfter(today)) {
            throw new RuleViolation("publishedOn", "disclosure.publishedOn.future");
        }
        if (notes != null && notes.length() > NOTES_MAX) {
            throw new RuleViolation("notes", "disclosure.notes.tooLong");
        }
        String link = blankToNull(linkUrl);
        if (link != null && !isWebAddress(link)) {
            throw new RuleViolation("linkUrl", "disclosure.link.invalid");
        }
        String safeName = null;
        String contentType = null;
        if (hasFile()) {
            if (fileContent.length > UploadedFiles.MAX_BYTES) {
                throw new RuleViolation("file", "disclosure.file.tooLarge");
            }
            contentType = UploadedFiles.contentType(fileContent, fileName)
                    .orElseThrow(() -> new RuleViolation("file", "disclosure.file.type"));
            safeName = UploadedFiles.safeName(fileName);
        }
        if (link == null && safeName == null && blankToNull(notes) == null) {
            throw new RuleViolation("linkUrl", "disclosure.evidence.required");
        }
        return new Checked(link, safeName, contentType);
    }

    static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text.strip());
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && text.length() <= 2000;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
