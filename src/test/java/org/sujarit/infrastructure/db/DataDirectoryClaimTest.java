package org.sujarit.infrastructure.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the start does with what may hold the data directory, short of a real leftover postmaster
 * (which {@code ApplicationProcessIT} makes by killing the application's JVM).
 */
class DataDirectoryClaimTest {

    @TempDir
    Path dataDir;

    @Test
    void aDirectoryWhoseLockIsHeldByARunningApplicationIsRefusedWithWhatToDo() throws Exception {
        try (FileChannel channel = FileChannel.open(dataDir.resolve("epg-lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock held = channel.lock()) {
            assertThatThrownBy(() -> claim().claim())
                    .isInstanceOf(DataDirectoryHeld.class)
                    .hasMessageContaining("in use by another running Sujarit")
                    .hasMessageContaining("SUJARIT_DB_DIR");
            assertThat(held.isValid()).isTrue();
        }
    }

    @Test
    void aLockFileNoProcessHoldsIsNoObstacle() throws Exception {
        Files.writeString(dataDir.resolve("epg-lock"), "");
        claim().claim();
    }

    @Test
    void aPidFileWhoseNumberNowBelongsToAnotherProgramIsRemoved() throws Exception {
        // This JVM stands for the program that got the postmaster's number after a reboot.
        Files.writeString(dataDir.resolve("postmaster.pid"),
                ProcessHandle.current().pid() + "\n" + dataDir + "\n1796611855\n5432\n");
        claim().claim();
        assertThat(dataDir.resolve("postmaster.pid")).doesNotExist();
    }

    @Test
    void aPidFileOfAProcessThatIsGoneIsLeftToPostgres() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Files.writeString(dataDir.resolve("postmaster.pid"), gone.pid() + "\n" + dataDir + "\n");
        claim().claim();
        assertThat(dataDir.resolve("postmaster.pid")).exists();
    }

    @Test
    void aPidFileBeingWrittenIsLeftToPostgres() throws Exception {
        Files.writeString(dataDir.resolve("postmaster.pid"), "");
        claim().claim();
        assertThat(dataDir.resolve("postmaster.pid")).exists();
    }

    private DataDirectoryClaim claim() {
        return new DataDirectoryClaim(dataDir, dataDir.resolveSibling("binaries"), Duration.ofSeconds(5));
    }
}
