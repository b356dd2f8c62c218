package org.sujarit.complaint.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.sujarit.complaint.StoredFile;
import org.sujarit.infrastructure.files.UploadedFiles;

/**
 * How a case's files are served: photos may be shown in the page, everything else is downloaded,
 * never rendered by the browser; the type is the one recognised from the content, and the
 * browser is told not to guess another.
 */
final class Attachments {

    private Attachments() {
    }

    static ResponseEntity<byte[]> response(StoredFile file) {
        boolean inline = UploadedFiles.isImage(file.contentType());
        ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(file.fileName(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(file.content());
    }
}
