package dev.voucheremulator.api.db;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure the embedded PostgreSQL does not outlive its JVM. PostgreSQL runs as a daemon, not as
 * a child of the JVM, so a JVM killed with SIGKILL would leave it running. A small shell process
 * polls the JVM once a second and, when the JVM is gone without having stopped the server, asks that
 * server (the one this JVM started, by its pid) for a fast shutdown and removes a temporary directory.
 */
final class ServerWatchdog {

    private static final Logger log = LoggerFactory.getLogger(ServerWatchdog.class);

    // $1: the JVM's pid, $2: the postmaster's pid, $3: the data directory, $4: a directory to remove
    // afterwards (may be empty). The server is named by the pid it had when this JVM started it, and
    // only while the pid file still names that pid: a server that a new emulator has started on the
    // same directory since is never touched.
    private static final String SCRIPT = """
            while kill -0 "$1" 2>/dev/null; do sleep 1; done
            if [ "$(head -n 1 "$3/postmaster.pid" 2>/dev/null)" = "$2" ] \
                && { [ ! -r "/proc/$2/comm" ] || [ "$(cat "/proc/$2/comm")" = postgres ]; }; then
              kill -INT "$2" 2>/dev/null
              i=0
              while kill -0 "$2" 2>/dev/null && [ "$i" -lt 600 ]; do sleep 0.1; i=$((i+1)); done
            fi
            if [ -n "$4" ]; then rm -rf -- "$4"; fi
            """;

    private ServerWatchdog() {
    }

    /** Starts the watchdog where a POSIX shell exists; elsewhere the next start cleans up instead. */
    static void watch(Path dataDirectory, Path removeAfterwards) {
        Optional<ProcessHandle> postmaster = OrphanedServers.postmaster(dataDirectory);
        if (!new File("/bin/sh").canExecute() || postmaster.isEmpty()) {
            return;
        }
        try {
            new ProcessBuilder("/bin/sh", "-c", SCRIPT, "emulator-db-watchdog",
                    Long.toString(ProcessHandle.current().pid()), Long.toString(postmaster.get().pid()),
                    dataDirectory.toString(),
                    removeAfterwards == null ? "" : removeAfterwards.toString())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            log.warn("Cannot start the database watchdog ({}); a crash may leave PostgreSQL running until the "
                    + "next start", e.getMessage());
        }
    }
}
