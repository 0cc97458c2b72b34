package dev.voucheremulator.api.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL and the directory it runs in, stopped and cleaned up together.
 *
 * <p>Starting it (initdb on a new directory, then the server) takes a good part of the emulator's
 * start-up, so the application's {@code main} may begin it on a thread of its own while Spring
 * builds the context ({@link #startInBackground}); the auto-configuration then takes that server
 * ({@link #obtain}) instead of starting one.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Object LOCK = new Object();
    private static EmbeddedPostgresProperties earlyProperties;
    private static CompletableFuture<EmbeddedPostgresServer> early;

    private final EmbeddedPostgresDirectory directory;
    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgresDirectory directory, EmbeddedPostgres postgres) {
        this.directory = directory;
        this.postgres = postgres;
    }

    static EmbeddedPostgresServer start(EmbeddedPostgresProperties properties) throws IOException {
        EmbeddedPostgresDirectory directory = properties.persistent()
                ? EmbeddedPostgresDirectory.persistent(Path.of(properties.dataDirectory()))
                : EmbeddedPostgresDirectory.temporary(EmbeddedPostgresDirectory.defaultTemporaryParent());
        try {
            // The library's defaults are test settings (fsync and synchronous_commit off): a crash may lose
            // acknowledged commits. Whenever state outlives the process, every commit reaches the disk first.
            String durable = properties.durable() ? "on" : "off";
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setPort(properties.port())
                    .setDataDirectory(directory.dataDirectory())
                    // a persistent directory keeps its files between starts; a temporary one goes on close
                    .setCleanDataDirectory(!properties.persistent())
                    .setServerConfig("fsync", durable)
                    .setServerConfig("synchronous_commit", durable)
                    .setServerConfig("full_page_writes", durable)
                    // Spring stops it after every bean that writes (the journal's last batch, requests finishing
                    // a graceful shutdown); the library's own hook would stop it at the same time as they write.
                    // A JVM killed without its hooks is covered by the watchdog below.
                    .setRegisterShutdownHook(false)
                    .start();
            ServerWatchdog.watch(directory.dataDirectory(), directory.removableRoot());
            return new EmbeddedPostgresServer(directory, postgres);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** Begins {@link #start} on a thread of its own; {@link #obtain} with the same properties takes the result. */
    static void startInBackground(EmbeddedPostgresProperties properties) {
        CompletableFuture<EmbeddedPostgresServer> future = new CompletableFuture<>();
        synchronized (LOCK) {
            if (early != null) {
                return;
            }
            earlyProperties = properties;
            early = future;
        }
        Thread thread = new Thread(() -> {
            try {
                future.complete(start(properties));
            } catch (Throwable e) {
                future.completeExceptionally(e);
            }
        }, "embedded-postgres-start");
        thread.setDaemon(true);
        thread.start();
    }

    /** The server started in the background for these properties, once it is up, or a new one. */
    static EmbeddedPostgresServer obtain(EmbeddedPostgresProperties properties) throws IOException {
        CompletableFuture<EmbeddedPostgresServer> started;
        synchronized (LOCK) {
            started = properties.equals(earlyProperties) ? early : null;
            if (started != null) {
                early = null;
                earlyProperties = null;
            }
        }
        if (started == null) {
            return start(properties);
        }
        try {
            return started.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the embedded PostgreSQL started", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("The embedded PostgreSQL did not start", e.getCause());
        }
    }

    /** Stops a server started in the background that no context took (the start-up failed first). */
    static void discardUnclaimed() {
        CompletableFuture<EmbeddedPostgresServer> unclaimed;
        synchronized (LOCK) {
            unclaimed = early;
            early = null;
            earlyProperties = null;
        }
        if (unclaimed != null) {
            unclaimed.thenAccept(server -> {
                try {
                    server.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).exceptionally(e -> {
                log.debug("Unclaimed embedded PostgreSQL: {}", e.getMessage());
                return null;
            });
        }
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    @Override
    public void close() throws IOException {
        try {
            postgres.close();
        } finally {
            directory.close();
        }
    }
}
