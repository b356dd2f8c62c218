package org.sujarit.infrastructure.db;

import java.nio.file.Path;

/** The embedded cluster's data directory cannot be used now; the message says why and what to do. */
class DataDirectoryHeld extends RuntimeException {

    private final Path dataDir;

    DataDirectoryHeld(Path dataDir, String message) {
        super(message);
        this.dataDir = dataDir;
    }

    Path dataDir() {
        return dataDir;
    }
}
