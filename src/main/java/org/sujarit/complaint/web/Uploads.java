package org.sujarit.complaint.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.web.multipart.MultipartFile;
import org.sujarit.complaint.Filing;
import org.sujarit.complaint.Filing.Upload;
import org.sujarit.infrastructure.files.UploadedFiles;
import org.sujarit.shared.RuleViolation;

/**
 * Files of a multipart form as the complaint centre takes them; the empty part of an unused file input is dropped.
 * Too many files, or one too large, are refused by their count and declared size before any is read into memory.
 */
final class Uploads {

    private Uploads() {
    }

    static List<Upload> of(List<MultipartFile> files) {
        List<MultipartFile> chosen = chosen(files);
        if (chosen.size() > Filing.MAX_ATTACHMENTS) {
            throw new RuleViolation("attachments", "complaint.file.tooMany");
        }
        if (chosen.stream().anyMatch(f -> f.getSize() > UploadedFiles.MAX_BYTES)) {
            throw new RuleViolation("attachments", "complaint.file.tooLarge");
        }
        return chosen.stream().map(Uploads::upload).toList();
    }

    /** Whether the form came with any file: a form shown again must say they have to be chosen again. */
    static boolean any(List<MultipartFile> files) {
        return !chosen(files).isEmpty();
    }

    private static List<MultipartFile> chosen(List<MultipartFile> files) {
        return files == null ? List.of() : files.stream().filter(f -> f != null && !f.isEmpty()).toList();
    }

    private static Upload upload(MultipartFile file) {
        try {
            return new Upload(file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
