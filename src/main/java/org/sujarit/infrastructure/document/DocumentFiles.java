package org.sujarit.infrastructure.document;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.slf4j.Logger;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.ModelAndView;

/** How generated documents (plan, risk, complaints) are answered: as a named file, or as a plain page when one cannot be made. */
public final class DocumentFiles {

    public static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private DocumentFiles() {
    }

    /**
     * A PDF is shown in the browser, a workbook downloaded. The name may be Thai: it goes out as
     * RFC 5987 {@code filename*=UTF-8''…}, which every current browser reads.
     */
    public static ResponseEntity<byte[]> file(byte[] content, MediaType type, String fileName) {
        return file(content, type, fileName, MediaType.APPLICATION_PDF.equals(type));
    }

    /** As {@link #file(byte[], MediaType, String)}, choosing whether the browser shows it or downloads it. */
    public static ResponseEntity<byte[]> file(byte[] content, MediaType type, String fileName, boolean inline) {
        ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(fileName, StandardCharsets.UTF_8).build();
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(content);
    }

    /** Chromium missing or failing: the error page says so plainly, without the cause's details. */
    public static ModelAndView unavailable(Logger log, DocumentUnavailable e, String detailKey) {
        log.warn("Document could not be rendered: {}", e.getMessage());
        return new ModelAndView("error/page", Map.of("status", 503, "messageKey", "503", "detailKey", detailKey),
                HttpStatus.SERVICE_UNAVAILABLE);
    }
}
