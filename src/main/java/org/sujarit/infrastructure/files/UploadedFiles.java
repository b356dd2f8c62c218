package org.sujarit.infrastructure.files;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Which uploaded files are accepted — plan evidence, complaint attachments — judged by their
 * content (magic bytes), never by the name or the type the browser declares: PDF, PNG, JPEG, and
 * office documents (a ZIP whose name ends .docx, .xlsx or .pptx; the older OLE2 .doc and .xls).
 * Nothing that a browser would run (HTML, SVG) gets in.
 */
public final class UploadedFiles {

    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private UploadedFiles() {
    }

    /** The content type to store and serve, or empty when the file is not an accepted kind. */
    public static Optional<String> contentType(byte[] content, String fileName) {
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
        if (startsWith(content, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1})) {
            String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
            if (name.endsWith(".doc")) {
                return Optional.of("application/msword");
            }
            if (name.endsWith(".xls")) {
                return Optional.of("application/vnd.ms-excel");
            }
        }
        return Optional.empty();
    }

    /** Whether the accepted content type is an image that may be shown inline. */
    public static boolean isImage(String contentType) {
        return "image/png".equals(contentType) || "image/jpeg".equals(contentType);
    }

    /** A file name safe to put in a header: the last path segment, without control or quote characters. */
    public static String safeName(String fileName) {
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
