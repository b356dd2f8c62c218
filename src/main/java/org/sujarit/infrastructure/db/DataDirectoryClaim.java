package org.sujarit.infrastructure.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the embedded cluster's data directory free before PostgreSQL is started on it.
 * <p>
 * pg_ctl starts PostgreSQL as a daemon, so when the application's JVM dies without stopping it
 * (kill -9, the kernel's OOM killer) the postmaster keeps running and keeps the directory: a new
 * start would wait for a server that cannot start. Such a leftover is recognised by its
 * {@code postmaster.pid} naming a live postgres of this directory, started from the binaries this
 * application unpacks, while no live process holds the directory's lock (zonky's {@code epg-lock},
 * held by the JVM that owns the cluster and released by the kernel when it dies). It is asked
 * for PostgreSQL's fast shutdown (SIGINT: open transactions rolled back, a checkpoint written —
 * every committed transaction is already on disk, since fsync and synchronous commit are on) and
 * waited for. A directory held by a live Sujarit, or by a PostgreSQL this application did not
 * start, is refused with a message that says what to do; such a server is never signalled.
 */
final class DataDirectoryClaim {

    private static final Logger log = LoggerFactory.getLogger(DataDirectoryClaim.class);
    private static final Pattern OUR_BINARY = Pattern.compile("PG-[0-9a-f]+/bin/postgres");
    static final String LOCK_FILE = "epg-lock";

    private final Path dataDir;
    private final Path binariesRoot;
    private final Duration stopWait;

    /**
     * @param dataDir      the cluster's data directory
     * @param binariesRoot where zonky unpacks the PostgreSQL binaries ({@link #zonkyWorkingDirectory()})
     * @param stopWait     how long a leftover postmaster may take to shut down
     */
    DataDirectoryClaim(Path dataDir, Path binariesRoot, Duration stopWait) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.binariesRoot = binariesRoot.toAbsolutePath().normalize();
        this.stopWait = stopWait;
    }

    /** The directory under which zonky unpacks its binaries, as zonky itself decides it. */
    static Path zonkyWorkingDirectory() {
        Path temporary = Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg");
        return Path.of(System.getProperty("ot.epg.working-dir", temporary.toString()));
    }

    /** Frees the directory of a leftover postmaster, or throws {@link DataDirectoryHeld}. */
    void claim() {
        refuseWhileAnotherProcessOwnsIt();
        Optional<PostmasterPid> recorded = PostmasterPid.read(dataDir);
        if (recorded.isEmpty()) {
            return;
        }
        PostmasterPid pidFile = recorded.get();
        Optional<ProcessHandle> process = ProcessHandle.of(pidFile.pid()).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return; // PostgreSQL removes a lock file whose process is gone by itself
        }
        List<String> command = commandLine(pidFile.pid());
        if (command.isEmpty() || !isPostgres(command.get(0))) {
            // The number was given to another program since (after a reboot, say); PostgreSQL would
            // refuse to start while any live process has it.
            deleteStale(pidFile, command.isEmpty() ? "?" : command.get(0));
            return;
        }
        if (!servesThisDirectory(command)) {
            deleteStale(pidFile, String.join(" ", command));
            return;
        }
        if (!startedFromOurBinaries(command.get(0))) {
            throw new DataDirectoryHeld(dataDir, """
                    The data directory %s is held by a PostgreSQL server that this application did not start \
                    (PID %d, %s). It was left alone. Stop that server, or point SUJARIT_DB_DIR at another \
                    directory, or use that server as an external database (SPRING_DATASOURCE_URL)."""
                    .formatted(dataDir, pidFile.pid(), command.get(0)));
        }
        stop(process.get());
    }

    private void refuseWhileAnotherProcessOwnsIt() {
        Path lockFile = dataDir.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException heldHere) {
                lock = null;
            }
            if (lock == null) {
                throw new DataDirectoryHeld(dataDir, """
                        The data directory %s is in use by another running Sujarit (or another program \
                        that embeds PostgreSQL). Stop it first, or give this one its own directory \
                        (SUJARIT_DB_DIR) and port (SERVER_PORT).""".formatted(dataDir));
            }
            lock.release();
        } catch (IOException e) {
            throw new DataDirectoryHeld(dataDir, "The data directory's lock file %s cannot be opened: %s"
                    .formatted(lockFile, e.getMessage()));
        }
    }

    private void stop(ProcessHandle postmaster) {
        long started = System.nanoTime();
        signalFastShutdown(postmaster.pid());
        try {
            postmaster.onExit().get(stopWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new DataDirectoryHeld(dataDir, """
                    The PostgreSQL left running by an earlier run (PID %d) holds %s and did not stop within %d s \
                    of a fast shutdown request. It was not killed: stop it (kill -INT %d), then start again."""
                    .formatted(postmaster.pid(), dataDir, stopWait.toSeconds(), postmaster.pid()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DataDirectoryHeld(dataDir, "Interrupted while waiting for the earlier PostgreSQL to stop");
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
        log.warn("The embedded PostgreSQL of an earlier run that did not stop (PID {}) still held {}; stopped it "
                        + "with a fast shutdown in {} ms (committed data is kept) and starting it anew",
                postmaster.pid(), dataDir, Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    private void signalFastShutdown(long pid) {
        try {
            Process kill = new ProcessBuilder("sh", "-c", "kill -INT \"$1\"", "sh", Long.toString(pid))
                    .redirectErrorStream(true).start();
            String output = new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (kill.waitFor() != 0) {
                throw new DataDirectoryHeld(dataDir, "The PostgreSQL left running by an earlier run (PID %d) holds %s "
                        .formatted(pid, dataDir) + "and cannot be asked to stop: " + output);
            }
        } catch (IOException e) {
            throw new DataDirectoryHeld(dataDir, "Cannot signal the earlier PostgreSQL (PID %d): %s".formatted(pid, e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DataDirectoryHeld(dataDir, "Interrupted while asking the earlier PostgreSQL to stop");
        }
    }

    private void deleteStale(PostmasterPid pidFile, String holder) {
        try {
            Files.deleteIfExists(dataDir.resolve(PostmasterPid.FILE));
        } catch (IOException e) {
            throw new DataDirectoryHeld(dataDir, "Cannot remove the stale %s: %s".formatted(PostmasterPid.FILE, e.getMessage()));
        }
        log.warn("Removed a stale {} from {}: its PID {} now belongs to another process ({})", PostmasterPid.FILE,
                dataDir, pidFile.pid(), holder);
    }

    private boolean servesThisDirectory(List<String> command) {
        int flag = command.indexOf("-D");
        if (flag < 0 || flag + 1 >= command.size()) {
            return false;
        }
        return sameDirectory(Path.of(command.get(flag + 1)), dataDir);
    }

    private boolean startedFromOurBinaries(String executable) {
        Path binary = Path.of(executable).toAbsolutePath().normalize();
        return binary.startsWith(binariesRoot)
                && OUR_BINARY.matcher(binariesRoot.relativize(binary).toString()).matches();
    }

    private static boolean isPostgres(String executable) {
        String name = Path.of(executable).getFileName().toString();
        return name.equals("postgres") || name.equals("postmaster");
    }

    private static boolean sameDirectory(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    /** A process's arguments from /proc (readable for any process of any user); empty where there is no /proc. */
    private static List<String> commandLine(long pid) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
            String text = new String(raw, StandardCharsets.UTF_8);
            return Arrays.stream(text.split("\0")).filter(s -> !s.isEmpty()).toList();
        } catch (IOException goneOrUnreadable) {
            return List.of();
        }
    }

    /** The first line of PostgreSQL's {@code postmaster.pid}: the postmaster's PID. */
    record PostmasterPid(long pid) {

        static final String FILE = "postmaster.pid";

        static Optional<PostmasterPid> read(Path dataDir) {
            try {
                List<String> lines = Files.readAllLines(dataDir.resolve(FILE), StandardCharsets.UTF_8);
                if (lines.isEmpty()) {
                    return Optional.empty();
                }
                // A standalone backend writes its PID negated.
                long pid = Math.abs(Long.parseLong(lines.get(0).strip()));
                return Optional.of(new PostmasterPid(pid));
            } catch (IOException | NumberFormatException absentOrBeingWritten) {
                return Optional.empty();
            }
        }
    }
}
