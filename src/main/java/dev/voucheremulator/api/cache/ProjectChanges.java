package dev.voucheremulator.api.cache;

import dev.voucheremulator.api.db.ChangeNotifications;
import jakarta.annotation.PreDestroy;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts changes per project so {@link ReadCache}s know when what they hold is out of date. Three
 * scopes: {@link Scope#CATALOG} moves on changes to what validations and redemptions only read
 * (campaigns, categories, rules, tiers), {@link Scope#STATE} on every change but a validation's or a
 * qualification's (which only record events), {@link Scope#ANY} on every change. This instance counts its
 * own writes as they finish, before their response leaves; every other instance on the database
 * learns of them through {@link ChangeNotifications} (sent off the request thread, within about 10 ms),
 * and forgets everything whenever it may have missed a notification.
 */
@Component
public class ProjectChanges {

    /** What a cached value depends on. */
    public enum Scope { CATALOG, STATE, ANY }

    static final String CHANNEL = "emulator_project_changes";
    // how far a change reached, in a notification
    private static final Map<Scope, String> LETTERS = Map.of(Scope.CATALOG, "c", Scope.STATE, "s", Scope.ANY, "d");
    private static final Map<String, Scope> BY_LETTER = Map.of("c", Scope.CATALOG, "s", Scope.STATE, "d", Scope.ANY);
    private static final long RETRY_MILLIS = 200;
    private static final String COUNTERS_ONLY = ProjectChanges.class.getName() + ".countersOnly";
    // After a send, the changes of the next moment gather: under load one notification per project, not per write
    private static final long GATHER_MILLIS = 10;
    private static final Logger log = LoggerFactory.getLogger(ProjectChanges.class);

    private final String instance = UUID.randomUUID().toString();
    private final Map<String, Generations> projects = new ConcurrentHashMap<>();
    private final AtomicLong epoch = new AtomicLong();
    private final BlockingQueue<String> outgoing = new LinkedBlockingQueue<>(100_000);
    private final ChangeNotifications notifications;
    // what a cache made by readingCache loads a missed value in
    private final TransactionOperations reading;
    private final Thread publisher;

    @Autowired
    ProjectChanges(ChangeNotifications notifications, PlatformTransactionManager transactions) {
        this(notifications, readOnly(transactions));
    }

    ProjectChanges(ChangeNotifications notifications, TransactionOperations reading) {
        this.notifications = notifications;
        this.reading = reading;
        notifications.subscribe(CHANNEL, this::received);
        this.publisher = new Thread(this::publish, "project-changes");
        this.publisher.setDaemon(true);
        this.publisher.start();
    }

    /** A cache of values read for a project, out of date once the project changes in {@code scope}. */
    public <K, V> ReadCache<K, V> cache(Scope scope, int maxEntries) {
        return new ReadCache<>(this, scope, maxEntries, TransactionOperations.withoutTransaction());
    }

    /**
     * {@link #cache}, for values read through JPA: a hit opens no transaction (call it from a method that
     * does not open one either, such as {@code SUPPORTS}); a miss loads in the caller's transaction, or in
     * a read-only one of its own, so lazy associations can be read and no connection outlives the load.
     */
    public <K, V> ReadCache<K, V> readingCache(Scope scope, int maxEntries) {
        return new ReadCache<>(this, scope, maxEntries, reading);
    }

    private static TransactionOperations readOnly(PlatformTransactionManager transactions) {
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setReadOnly(true);
        return template;
    }

    /**
     * A project's data changed as far as {@code reach}: {@link Scope#CATALOG} moves every scope,
     * {@link Scope#STATE} that one and {@link Scope#ANY}, {@link Scope#ANY} only itself. Tells the other instances.
     */
    public void changed(String projectId, Scope reach) {
        bump(projectId, reach);
        enqueue(instance + "|" + LETTERS.get(reach) + "|" + projectId);
    }

    /**
     * The current request changes vouchers' counters only, and puts each voucher as it left it into the
     * caches holding it ({@link ReadCache#put}): here it then moves {@link Scope#ANY} only, where a redemption
     * moves {@link Scope#STATE}. Other instances, whose caches it did not refresh, are told STATE moved.
     * Call it on the request's thread once the write committed, before the response is written.
     */
    public static void countersOnly() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(COUNTERS_ONLY, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
        }
    }

    static boolean countersOnly(HttpServletRequest request) {
        return request.getAttribute(COUNTERS_ONLY) != null;
    }

    /** What {@link #countersOnly()} marked: ANY here, STATE for the other instances. */
    void countersChanged(String projectId) {
        bump(projectId, Scope.ANY);
        enqueue(instance + "|" + LETTERS.get(Scope.STATE) + "|" + projectId);
    }

    /** Anything may have changed (a reset of every project, the Management API). */
    public void changedEverywhere() {
        epoch.incrementAndGet();
        enqueue(instance + "|*|");
    }

    long epoch() {
        return epoch.get();
    }

    long generation(String projectId, Scope scope) {
        Generations g = projects.computeIfAbsent(projectId, id -> new Generations());
        return switch (scope) {
            case CATALOG -> g.catalog.get();
            case STATE -> g.state.get();
            case ANY -> g.any.get();
        };
    }

    private void bump(String projectId, Scope reach) {
        Generations g = projects.computeIfAbsent(projectId, id -> new Generations());
        if (reach == Scope.CATALOG) {
            g.catalog.incrementAndGet();
        }
        if (reach != Scope.ANY) {
            g.state.incrementAndGet();
        }
        g.any.incrementAndGet();
    }

    private void enqueue(String payload) {
        if (!outgoing.offer(payload)) {
            log.warn("Too many change notifications waiting; one was dropped");
        }
    }

    // Notifications of this instance's own changes were counted when they happened.
    private void received(String payload) {
        String[] parts = payload.split("\\|", 3);
        if (parts.length < 3 || parts[1].equals("*")) {
            epoch.incrementAndGet();
        } else if (!parts[0].equals(instance)) {
            // an unknown letter moves every scope
            bump(parts[2], BY_LETTER.getOrDefault(parts[1], Scope.CATALOG));
        }
    }

    // One notification per distinct change waiting: a burst of writes to one project sends one.
    private void publish() {
        while (true) {
            try {
                Set<String> batch = new LinkedHashSet<>();
                batch.add(outgoing.take());
                outgoing.drainTo(batch);
                for (String payload : batch) {
                    send(payload);
                }
                Thread.sleep(GATHER_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    // Retried until it goes out: another instance would otherwise keep what this change made stale.
    private void send(String payload) throws InterruptedException {
        while (true) {
            try {
                notifications.publish(CHANNEL, payload);
                return;
            } catch (RuntimeException e) {
                log.warn("Cannot send a change notification ({}); retrying", e.getMessage());
                Thread.sleep(RETRY_MILLIS);
            }
        }
    }

    @PreDestroy
    void stop() {
        publisher.interrupt();
    }

    private static final class Generations {
        private final AtomicLong catalog = new AtomicLong();
        private final AtomicLong state = new AtomicLong();
        private final AtomicLong any = new AtomicLong();
    }
}
