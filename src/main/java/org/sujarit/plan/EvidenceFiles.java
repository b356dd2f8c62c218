package org.sujarit.plan;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Which evidence files are accepted, judged by their content (magic bytes), never by the name or
 * the type the browser declares: PDF, PNG, JPEG, and the Office Open XML formats (a ZIP whose
 * name ends .docx, .xlsx or .pptx). Nothing that a browser would run (HTML, SVG) gets in.
 */
final class EvidenceFiles {

    static final int MAX_BYTES = 10 * 1024 * 1024;

    private EvidenceFiles() {
    }

    /** The content type to store and serve, or empty when the file is not an accepted kind. */
    static Optional<String> contentType(byte[] content, String fileName) {
        if (content == null || content.length < 4) {
            return Optional.empty();
        }
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of("application/pdf");
        }
        if (startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
            return Optional.of("image/png");
        }
        if (startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(content, new byte[] {'P', 'K', 3, 4})) {
            String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
            if (name.endsWith(".docx")) {
                return Optional.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            }
            if (name.endsWith(".xlsx")) {
                return Optional.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            }
            if (name.endsWith(".pptx")) {
                return Optional.of("application/vnd.openxmlformats-officedocument.presentationml.presentation");
            }
        }
        return Optional.empty();
    }

    /** A file name safe to put in a header: the last path segment, without control or quote characters. */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").trim();
        return name.isEmpty() ? "evidence" : name.length() > 150 ? name.substring(name.length() - 150) : name;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
