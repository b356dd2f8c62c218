package org.sujarit.risk.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The Ban Tom documents printed once per test run and shared by the test classes (Chromium takes
 * a second or two each); a copy of each goes to target/documents to look at.
 */
final class RenderedRisk {

    static final Path OUTPUT = Path.of("target", "documents");
    static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");

    private static final Map<String, byte[]> FILES = new HashMap<>();

    private RenderedRisk() {
    }

    static synchronized byte[] file(String name, Supplier<byte[]> render) {
        return FILES.computeIfAbsent(name, key -> {
            byte[] content = render.get();
            try {
                Files.createDirectories(OUTPUT);
                Files.write(OUTPUT.resolve(key), content);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return content;
        });
    }
}
