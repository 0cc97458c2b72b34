package dev.voucheremulator.api.db;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure the embedded PostgreSQL does not outlive its JVM. PostgreSQL runs as a daemon, not as
 * a child of the JVM, so a JVM killed with SIGKILL would leave it running. A small shell process
 * polls the JVM once a second and, when the JVM is gone without having stopped the server, asks the
 * server for a fast shutdown (a clean checkpoint) and removes a temporary directory.
 */
final class ServerWatchdog {

    private static final Logger log = LoggerFactory.getLogger(ServerWatchdog.class);

    // $1: the JVM's pid, $2: the data directory, $3: a directory to remove afterwards (may be empty)
    private static final String SCRIPT = """
            while kill -0 "$1" 2>/dev/null; do sleep 1; done
            pid=$(head -n 1 "$2/postmaster.pid" 2>/dev/null)
            case "$pid" in ''|*[!0-9]*) exit 0 ;; esac
            if [ -r "/proc/$pid/comm" ] && [ "$(cat "/proc/$pid/comm")" != postgres ]; then exit 0; fi
            kill -INT "$pid" 2>/dev/null
            i=0
            while kill -0 "$pid" 2>/dev/null && [ "$i" -lt 600 ]; do sleep 0.1; i=$((i+1)); done
            if [ -n "$3" ]; then rm -rf -- "$3"; fi
            """;

    private ServerWatchdog() {
    }

    /** Starts the watchdog where a POSIX shell exists; elsewhere the next start cleans up instead. */
    static void watch(Path dataDirectory, Path removeAfterwards) {
        if (!new File("/bin/sh").canExecute()) {
            return;
        }
        try {
            new ProcessBuilder("/bin/sh", "-c", SCRIPT, "emulator-db-watchdog",
                    Long.toString(ProcessHandle.current().pid()), dataDirectory.toString(),
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
