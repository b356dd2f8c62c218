package org.sujarit.plan.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.web.multipart.MultipartFile;
import org.sujarit.shared.RuleViolation;

/** The text of a plan uploaded for import. */
final class PlanTextFile {

    private PlanTextFile() {
    }

    /** Plain text (UTF-8) or the text of a DOCX, judged by the file's first bytes. */
    static String read(MultipartFile file) throws IOException {
        if (file.getSize() > 20L * 1024 * 1024) {
            throw new RuleViolation("file", "plan.import.fileTooLarge");
        }
        byte[] head = new byte[4];
        try (InputStream in = file.getInputStream()) {
            int n = in.readNBytes(head, 0, 4);
            if (n == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
                try (InputStream docx = file.getInputStream(); XWPFDocument document = new XWPFDocument(docx);
                     XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
                    return extractor.getText();
                } catch (RuntimeException notWord) {
                    throw new RuleViolation("file", "plan.import.fileType");
                }
            }
        }
        String text = new String(file.getBytes(), StandardCharsets.UTF_8);
        if (text.indexOf('\u0000') >= 0 || text.contains("\uFFFD")) {
            throw new RuleViolation("file", "plan.import.fileType");
        }
        return text;
    }
}
