package dev.voucheremulator.api.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the embedded PostgreSQL keeps its files, made safe to start after any crash.
 *
 * <p>With a configured data directory, a server that a dead emulator left running there is stopped
 * first (a live emulator on the same directory is refused with a clear message). Without one, each
 * start gets its own directory under {@code <tmp>/voucherify-emulator}, owned through a lock file for
 * as long as the JVM lives; directories (and servers) of JVMs that died are removed on the next start.
 */
final class EmbeddedPostgresDirectory implements AutoCloseable {

    /** zonky's embedded PostgreSQL holds this lock in its data directory while its JVM lives. */
    static final String SERVER_LOCK = "epg-lock";
    private static final String OWNER_LOCK = "owner.lock";
    private static final Duration GRACE_FOR_NEW_DIRECTORIES = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresDirectory.class);
    /**
     * The directories this JVM owns (several test contexts each start a server). Their locks must
     * not even be probed: closing any channel on a locked file drops the JVM's POSIX lock on it, and
     * another emulator on this machine would then take the live server for an orphan and stop it.
     */
    private static final Set<Path> OWN_ROOTS = ConcurrentHashMap.newKeySet();

    private final Path dataDirectory;
    private final Path temporaryRoot;
    private final FileChannel ownerChannel;

    private EmbeddedPostgresDirectory(Path dataDirectory, Path temporaryRoot, FileChannel ownerChannel) {
        this.dataDirectory = dataDirectory;
        this.temporaryRoot = temporaryRoot;
        this.ownerChannel = ownerChannel;
    }

    /** The configured directory, after stopping a server a dead emulator left running on it. */
    static EmbeddedPostgresDirectory persistent(Path configured) throws IOException {
        Path dir = configured.toAbsolutePath().normalize();
        Files.createDirectories(dir);
        if (OrphanedServers.ownedByALiveProcess(dir.resolve(SERVER_LOCK))) {
            throw new IllegalStateException("The data directory " + dir + " is in use by another running emulator; "
                    + "stop it or choose another EMULATOR_DATA_DIR");
        }
        OrphanedServers.stop(dir);
        return new EmbeddedPostgresDirectory(dir, null, null);
    }

    /** A fresh directory of this JVM's, after removing those of JVMs that are gone. */
    static EmbeddedPostgresDirectory temporary(Path parent) throws IOException {
        Files.createDirectories(parent);
        removeOrphans(parent);
        Path root = parent.resolve(ProcessHandle.current().pid() + "-" + UUID.randomUUID());
        Files.createDirectories(root);
        FileChannel channel = FileChannel.open(root.resolve(OWNER_LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock();
        if (lock == null) {
            channel.close();
            throw new IllegalStateException("Cannot lock the new directory " + root);
        }
        OWN_ROOTS.add(root.toAbsolutePath().normalize());
        return new EmbeddedPostgresDirectory(root.resolve("data"), root, channel);
    }

    static Path defaultTemporaryParent() {
        return Path.of(System.getProperty("java.io.tmpdir"), "voucherify-emulator");
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    /** The directory a watchdog removes once the server stops, or null when it must be kept. */
    Path removableRoot() {
        return temporaryRoot;
    }

    private static void removeOrphans(Path parent) throws IOException {
        List<Path> children;
        try (Stream<Path> list = Files.list(parent)) {
            children = list.filter(Files::isDirectory).toList();
        }
        for (Path child : children) {
            Path ownerLock = child.resolve(OWNER_LOCK);
            boolean young = Files.getLastModifiedTime(child).toInstant()
                    .isAfter(Instant.now().minus(GRACE_FOR_NEW_DIRECTORIES));
            if (OWN_ROOTS.contains(child.toAbsolutePath().normalize())
                    || (!Files.exists(ownerLock) && young) || OrphanedServers.ownedByALiveProcess(ownerLock)) {
                continue; // being created, or in use
            }
            log.info("Removing the temporary database {} of an emulator that is gone", child);
            OrphanedServers.stop(child.resolve("data"));
            deleteRecursively(child);
        }
    }

    static void deleteRecursively(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    log.debug("Cannot delete {}: {}", path, e.getMessage());
                }
            });
        } catch (IOException e) {
            log.warn("Cannot remove {}: {}", root, e.getMessage());
        }
    }

    /** Runs after the server stopped: a temporary directory goes, a persistent one stays. */
    @Override
    public void close() throws IOException {
        if (temporaryRoot != null) {
            ownerChannel.close();
            OWN_ROOTS.remove(temporaryRoot.toAbsolutePath().normalize());
            deleteRecursively(temporaryRoot);
        }
    }
}
