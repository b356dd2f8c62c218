package org.sujarit.complaint.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.slf4j.Logger;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.ModelAndView;
import org.sujarit.infrastructure.document.DocumentUnavailable;

/** How the statistics documents are answered: as a named file, or as a plain page when one cannot be made. */
final class StatisticsFiles {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private StatisticsFiles() {
    }

    /** A PDF is shown in the browser, a workbook downloaded; a Thai name goes out as RFC 5987 {@code filename*}. */
    static ResponseEntity<byte[]> file(byte[] content, MediaType type, String fileName) {
        boolean inline = MediaType.APPLICATION_PDF.equals(type);
        ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(fileName, StandardCharsets.UTF_8).build();
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(content);
    }

    /** Chromium missing or failing: the error page says so plainly, without the cause's details. */
    static ModelAndView unavailable(Logger log, DocumentUnavailable e) {
        log.warn("Complaint report could not be rendered: {}", e.getMessage());
        return new ModelAndView("error/page", Map.of("status", 503, "messageKey", "503",
                "detailKey", "complaintStats.pdfUnavailable"), HttpStatus.SERVICE_UNAVAILABLE);
    }
}
