package org.sujarit.complaint;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.sujarit.complaint.Filing.Upload;
import org.sujarit.infrastructure.files.CleanImages;
import org.sujarit.infrastructure.files.ImageMetadata;
import org.sujarit.infrastructure.files.UploadedFiles;
import org.sujarit.shared.RuleViolation;

/**
 * An accepted file: what is served ({@code content}; for a photo, re-encoded without metadata) and, for a photo,
 * the original kept as evidence — its image data as sent, without what says who took it, with what and where
 * (a map point is what the citizen typed or let the form take); null when its structure cannot be followed.
 */
record CheckedFile(String name, String contentType, byte[] content, byte[] original) {

    /** The files as uploaded, judged by their content; a file that is not accepted refuses them all. */
    static List<CheckedFile> of(List<Upload> uploads) {
        if (uploads == null) {
            return List.of();
        }
        if (uploads.size() > Filing.MAX_ATTACHMENTS) {
            throw new RuleViolation("attachments", "complaint.file.tooMany");
        }
        return uploads.stream().map(CheckedFile::of).toList();
    }

    private static CheckedFile of(Upload upload) {
        if (upload.content().length > UploadedFiles.MAX_BYTES) {
            throw new RuleViolation("attachments", "complaint.file.tooLarge");
        }
        String type = UploadedFiles.contentType(upload.content(), upload.fileName())
                .orElseThrow(() -> new RuleViolation("attachments", "complaint.file.type"));
        String name = UploadedFiles.safeName(upload.fileName());
        if (!UploadedFiles.isImage(type)) {
            return new CheckedFile(name, type, upload.content(), null);
        }
        byte[] clean = CleanImages.reencode(upload.content(), type)
                .orElseThrow(() -> new RuleViolation("attachments", "complaint.file.unreadable"));
        return new CheckedFile(name, type, clean, ImageMetadata.strip(upload.content(), type).orElse(null));
    }

    /** The digest of the file kept as evidence: the original when there is one. */
    String sha256() {
        return sha256(original == null ? content : original);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
