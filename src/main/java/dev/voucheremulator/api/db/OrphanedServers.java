package dev.voucheremulator.api.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds a PostgreSQL server that a dead JVM left running on a data directory, and stops it.
 *
 * <p>Whether the JVM that started a server is alive is read from a file lock: the embedded server's
 * owner holds an exclusive lock on a file in the directory for as long as it lives, and the operating
 * system releases the lock when the process dies, however it dies. A lock we can take means nobody
 * owns the directory; a lock we cannot take means a live emulator does, and we stay away.
 */
final class OrphanedServers {

    private static final Logger log = LoggerFactory.getLogger(OrphanedServers.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private OrphanedServers() {
    }

    /** True when a live process holds the owner lock file (which may not exist yet). */
    static boolean ownedByALiveProcess(Path lockFile) {
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true; // this very JVM holds it
        } catch (IOException e) {
            log.warn("Cannot check the lock {}: {}", lockFile, e.getMessage());
            return true; // when in doubt, leave it alone
        }
    }

    /**
     * Stops the server that {@code dataDirectory/postmaster.pid} names, if it still runs and is a
     * PostgreSQL server of that directory: a fast shutdown first (SIGINT, a clean checkpoint), SIGKILL
     * when that takes over 30 seconds. A stale pid file of a dead server is left to
     * PostgreSQL, which recovers from its write-ahead log on the next start.
     */
    static void stop(Path dataDirectory) {
        Optional<ProcessHandle> server = postmaster(dataDirectory);
        if (server.isEmpty()) {
            return;
        }
        ProcessHandle postmaster = server.get();
        log.warn("Stopping PostgreSQL (pid {}) left running on {} by an emulator that is gone",
                postmaster.pid(), dataDirectory);
        List<ProcessHandle> backends = postmaster.descendants().toList();
        if (!signal("INT", postmaster.pid())) {
            postmaster.destroy();
        }
        if (!awaitExit(postmaster, STOP_TIMEOUT)) {
            log.warn("PostgreSQL (pid {}) did not stop in {}; killing it", postmaster.pid(), STOP_TIMEOUT);
            postmaster.destroyForcibly();
            awaitExit(postmaster, STOP_TIMEOUT);
        }
        // A killed postmaster's backends notice its death and exit; wait so their shared memory is gone.
        backends.forEach(backend -> awaitExit(backend, Duration.ofSeconds(10)));
    }

    /** The live postmaster of the directory, read from its pid file (first line pid, second line directory). */
    static Optional<ProcessHandle> postmaster(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        List<String> lines;
        try {
            lines = Files.exists(pidFile) ? Files.readAllLines(pidFile) : List.of();
        } catch (IOException e) {
            return Optional.empty();
        }
        if (lines.size() < 2) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (!sameDirectory(Path.of(lines.get(1).trim()), dataDirectory)) {
            return Optional.empty();
        }
        // A reused pid belongs to some other program: only a postgres process is ours to stop.
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(handle -> handle.info().command().map(c -> c.endsWith("postgres")).orElse(false));
    }

    private static boolean sameDirectory(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    private static boolean signal(String signal, long pid) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return kill.waitFor(5, TimeUnit.SECONDS) && kill.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
