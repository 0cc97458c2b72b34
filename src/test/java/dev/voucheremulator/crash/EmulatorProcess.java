package dev.voucheremulator.crash;

import dev.voucheremulator.support.ApiClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged emulator ({@code java -jar}) as its own operating-system process on a data directory,
 * started, killed and restarted the way a user's machine does it.
 */
final class EmulatorProcess {

    private static final Duration STARTUP = Duration.ofSeconds(120);

    private final Process process;
    private final int port;
    private final Path dataDirectory;

    private EmulatorProcess(Process process, int port, Path dataDirectory) {
        this.process = process;
        this.port = port;
        this.dataDirectory = dataDirectory;
    }

    static EmulatorProcess start(Path dataDirectory, Path log) throws IOException, InterruptedException {
        String jar = System.getProperty("emulator.jar");
        if (jar == null || !Files.exists(Path.of(jar))) {
            throw new IllegalStateException("emulator.jar must name the packaged jar (run through mvn verify): " + jar);
        }
        return start(dataDirectory, log, List.of("-Xmx512m", "-jar", jar));
    }

    /** {@code launch}: the java arguments before the application's, JVM flags and {@code -jar ...}. */
    static EmulatorProcess start(Path dataDirectory, Path log, List<String> launch)
            throws IOException, InterruptedException {
        int port = freePort();
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(launch);
        command.add("--server.port=" + port);
        command.add("--emulator.embedded-postgres.data-directory=" + dataDirectory);
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        EmulatorProcess emulator = new EmulatorProcess(process, port, dataDirectory);
        emulator.awaitHealthy(log);
        return emulator;
    }

    ApiClient api(String project) {
        return ApiClient.forProject(port, project);
    }

    long pid() {
        return process.pid();
    }

    /** SIGKILL of the JVM alone: its PostgreSQL (a daemon, not its child) is left behind. */
    void killJvm() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGKILL of everything at once: the JVM, its children and the PostgreSQL server with its backends. */
    void killEverything() throws InterruptedException {
        List<ProcessHandle> all = new ArrayList<>();
        postmaster().ifPresent(postmaster -> {
            all.add(postmaster);
            all.addAll(postmaster.descendants().toList());
        });
        all.add(process.toHandle());
        all.addAll(process.descendants().toList());
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle handle : all) {
            handle.onExit().completeOnTimeout(handle, 30, TimeUnit.SECONDS).join();
        }
    }

    /** SIGTERM: Spring shuts down and stops its PostgreSQL. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the emulator did not stop within 60 s of SIGTERM");
        }
    }

    Optional<ProcessHandle> postmaster() {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Every live PostgreSQL server started on this data directory (its command line names it). */
    static List<ProcessHandle> serversOn(Path dataDirectory) {
        String dir = dataDirectory.toString();
        try (Stream<ProcessHandle> all = ProcessHandle.allProcesses()) {
            return all.filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false))
                    .filter(p -> p.info().arguments().map(args -> List.of(args).contains(dir)).orElse(false))
                    .toList();
        }
    }

    private void awaitHealthy(Path log) throws InterruptedException {
        Instant deadline = Instant.now().plus(STARTUP);
        ApiClient anonymous = ApiClient.anonymous(port);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the emulator exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (anonymous.get("/actuator/health").status() == 200) {
                    return;
                }
            } catch (UncheckedIOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the emulator was not healthy within " + STARTUP + "; see " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
