package org.sujarit.infrastructure.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Supplier;

/** Key files outside the database: read, or created readable by the owner only when absent. */
public final class KeyFiles {

    private KeyFiles() {
    }

    public static byte[] readOrCreate(Path file, Supplier<byte[]> create) {
        try {
            if (Files.exists(file)) {
                return Files.readAllBytes(file);
            }
            byte[] key = create.get();
            write(file, key);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the key file " + file, e);
        }
    }

    public static void write(Path file, byte[] bytes) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, ".key", ".tmp");
        try {
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the directory's own protection has to do.
        }
        Files.write(temporary, bytes);
        Files.move(temporary, file);
    }
}
