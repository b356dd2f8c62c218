package org.sujarit.infrastructure.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Prints a local HTML file to PDF with headless Chromium, with no header or footer of its own
 * (the page's CSS numbers the pages), a throw-away profile in the working directory, and a time
 * limit after which Chromium and its children are killed.
 */
final class ChromiumPrinter {

    private final Path binary;
    private final Duration timeout;

    ChromiumPrinter(Path binary, Duration timeout) {
        this.binary = binary;
        this.timeout = timeout;
    }

    byte[] print(Path html, Path workDirectory) {
        if (!Files.isExecutable(binary)) {
            throw new DocumentUnavailable("Chromium is not installed or not executable at " + binary);
        }
        Path pdf = workDirectory.resolve("document.pdf");
        Path log = workDirectory.resolve("chromium.log");
        List<String> command = List.of(binary.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-pdf-header-footer",
                "--user-data-dir=" + workDirectory.resolve("profile"), "--print-to-pdf=" + pdf,
                html.toUri().toString());
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new DocumentUnavailable("Chromium could not be started at " + binary + ": " + e.getMessage(), e);
        }
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                kill(process);
                throw new DocumentUnavailable("Chromium did not print the PDF within " + timeout.toSeconds() + " s");
            }
            if (process.exitValue() != 0 || !Files.exists(pdf) || Files.size(pdf) == 0) {
                throw new DocumentUnavailable("Chromium exited with code " + process.exitValue()
                        + " without printing the PDF; its last output: " + tail(log));
            }
            return Files.readAllBytes(pdf);
        } catch (InterruptedException e) {
            kill(process);
            Thread.currentThread().interrupt();
            throw new DocumentUnavailable("Interrupted while Chromium was printing the PDF", e);
        } catch (IOException e) {
            throw new DocumentUnavailable("Could not read the PDF Chromium printed: " + e.getMessage(), e);
        }
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The last lines Chromium wrote, without the D-Bus complaints every sandboxed run makes. */
    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.contains("dbus")).toList();
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
        } catch (IOException e) {
            return "(no output)";
        }
    }
}
