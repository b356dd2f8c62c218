package org.sujarit.complaint.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.web.multipart.MultipartFile;
import org.sujarit.complaint.Filing.Upload;

/** Files of a multipart form as the complaint centre takes them; the empty part of an unused file input is dropped. */
final class Uploads {

    private Uploads() {
    }

    static List<Upload> of(List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream().filter(f -> f != null && !f.isEmpty()).map(Uploads::upload).toList();
    }

    private static Upload upload(MultipartFile file) {
        try {
            return new Upload(file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
