package org.sujarit.disclosure.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.sujarit.disclosure.Disclosures.StoredFile;
import org.sujarit.infrastructure.files.UploadedFiles;
import org.sujarit.shared.FiscalYear;

/** What the console's and the portal's disclosure pages share. */
final class DisclosurePages {

    private DisclosurePages() {
    }

    /** The current fiscal year and the three before it, latest first. */
    static List<Integer> years(FiscalYear current) {
        int y = current.buddhistYear();
        return List.of(y, y - 1, y - 2, y - 3);
    }

    /** A publication's file: images may show in the page, everything else is downloaded; the browser never guesses a type. */
    static ResponseEntity<byte[]> download(StoredFile file) {
        ContentDisposition disposition = (UploadedFiles.isImage(file.contentType())
                ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(file.fileName(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }
}
