package dev.voucheremulator.api.cache;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Values read from the database for one project, kept until the project changes in the cache's
 * scope (see {@link ProjectChanges}). The change counters are read before the value is loaded and
 * a value is served only while they still hold, so a read racing a write is never kept past it.
 * A transaction of a request that may write what the cache holds reads around it (it could see its
 * own uncommitted writes). Cache only what depends on the stored data alone: an answer that moves with the project's clock
 * must be computed from the cached value on every call. Bounded: a full cache starts over.
 */
public final class ReadCache<K, V> {

    private record Key(String projectId, Object key) {
    }

    /** The change counters a value was read under; taken before the read, so a change during it shows. */
    public record Stamp(long epoch, long generation) {
    }

    // Compared by identity: a load keeps its value only if the entry it found is still there
    private static final class Entry<V> {
        final Stamp stamp;
        final V value;

        Entry(Stamp stamp, V value) {
            this.stamp = stamp;
            this.value = value;
        }
    }

    private final ProjectChanges changes;
    private final ProjectChanges.Scope scope;
    private final int maxEntries;
    private final Map<Key, Entry<V>> entries = new ConcurrentHashMap<>();
    private final TransactionOperations loading;

    ReadCache(ProjectChanges changes, ProjectChanges.Scope scope, int maxEntries, TransactionOperations loading) {
        this.changes = changes;
        this.scope = scope;
        this.maxEntries = maxEntries;
        this.loading = loading;
    }

    /** The value kept for the project and key if still current; else {@code load}'s, kept. */
    public V get(String projectId, K key, Supplier<V> load) {
        if (!ChangeTracking.readsThrough(scope)) {
            return loading.execute(status -> load.get());
        }
        Stamp stamp = stamp(projectId);
        Key k = new Key(projectId, key);
        Entry<V> entry = entries.get(k);
        if (entry != null && entry.stamp.equals(stamp)) {
            return entry.value;
        }
        V value = loading.execute(status -> load.get());
        if (entries.size() >= maxEntries) {
            entries.clear();
        }
        // a value put meanwhile (by a write that committed during this read) is newer than this one
        Entry<V> loaded = new Entry<>(stamp, value);
        if (entry == null) {
            entries.putIfAbsent(k, loaded);
        } else {
            entries.replace(k, entry, loaded);
        }
        return value;
    }

    /** The project's change counters now, for {@link #put}: take them before reading what is put. */
    public Stamp stamp(String projectId) {
        return new Stamp(changes.epoch(), changes.generation(projectId, scope));
    }

    /**
     * Keeps {@code value} for the project and key: what a committed write left, when the write knows it
     * exactly and counts itself as no change in this cache's scope. {@code stamp} was taken before
     * anything in {@code value} was read, so a change since then makes the value unused.
     */
    public void put(String projectId, K key, V value, Stamp stamp) {
        if (entries.size() >= maxEntries) {
            entries.clear();
        }
        entries.put(new Key(projectId, key), new Entry<>(stamp, value));
    }
}
