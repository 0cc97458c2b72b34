package dev.voucheremulator.emulator;

import dev.voucheremulator.api.db.AfterCommit;
import dev.voucheremulator.api.db.ChangeNotifications;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * This instance's copy of a small per-project table (fault rules, limits), read on every API call
 * without SQL. Writers publish the project's id on the cache's channel; every instance then drops its
 * copy of that project and reloads it on the next read. {@link ChangeNotifications#EVERYTHING} (sent at
 * start and after a lost connection) reloads the whole table, so a project without rows costs no SQL.
 *
 * <p>A reload racing with a change never wins: an entry records a stamp, and a load stores its result
 * only if the entry still carries the stamp it started from.
 */
public final class ProjectCache<T> {

    private record Entry<T>(long stamp, T value) {
    }

    /** {@code complete}: every project with rows has an entry, so a project without one has none. */
    private record State<T>(Map<String, Entry<T>> entries, boolean complete) {
    }

    private final Function<String, T> loadOne;
    private final Supplier<Map<String, T>> loadAll;
    private final T none;
    private final AtomicLong stamps = new AtomicLong();
    private final Object lock = new Object();
    private long changes;
    private volatile State<T> state = new State<>(new ConcurrentHashMap<>(), false);

    public ProjectCache(ChangeNotifications notifications, String channel, Function<String, T> loadOne,
                        Supplier<Map<String, T>> loadAll, T none) {
        this.loadOne = loadOne;
        this.loadAll = loadAll;
        this.none = none;
        notifications.subscribe(channel, this::changed);
    }

    public T get(String projectId) {
        State<T> current = state;
        Entry<T> entry = current.entries().get(projectId);
        if (entry != null && entry.value() != null) {
            return entry.value();
        }
        if (entry == null && current.complete()) {
            return none;
        }
        if (entry == null) {
            entry = current.entries().computeIfAbsent(projectId, p -> new Entry<>(stamps.incrementAndGet(), null));
            if (entry.value() != null) {
                return entry.value();
            }
        }
        T loaded = loadOne.apply(projectId);
        current.entries().replace(projectId, entry, new Entry<>(entry.stamp(), loaded));
        return loaded;
    }

    /**
     * Drops this instance's copy of the project once the current transaction commits (at once without
     * one), so the instance that changed it reads its own change; other instances hear of it through
     * the notification the writer published.
     */
    public void changedAfterCommit(String projectId) {
        AfterCommit.run(() -> invalidate(projectId));
    }

    /** As {@link #changedAfterCommit}, for every project. */
    public void allChangedAfterCommit() {
        AfterCommit.run(this::invalidateAll);
    }

    private void changed(String payload) {
        if (ChangeNotifications.EVERYTHING.equals(payload)) {
            reloadAll();
        } else {
            invalidate(payload);
        }
    }

    private void invalidate(String projectId) {
        synchronized (lock) {
            changes++;
            state.entries().put(projectId, new Entry<>(stamps.incrementAndGet(), null));
        }
    }

    private void invalidateAll() {
        synchronized (lock) {
            changes++;
            state = new State<>(new ConcurrentHashMap<>(), false);
        }
    }

    private void reloadAll() {
        long before;
        synchronized (lock) {
            before = changes;
            state = new State<>(new ConcurrentHashMap<>(), false);
        }
        Map<String, T> all = loadAll.get();
        synchronized (lock) {
            if (changes != before) {
                return; // something changed during the load: stay lazy, each project loads on its next read
            }
            Map<String, Entry<T>> entries = new ConcurrentHashMap<>();
            all.forEach((project, value) -> entries.put(project, new Entry<>(stamps.incrementAndGet(), value)));
            state = new State<>(entries, true);
        }
    }
}
