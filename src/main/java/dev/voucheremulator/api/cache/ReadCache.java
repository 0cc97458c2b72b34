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

    private record Entry<V>(long epoch, long generation, V value) {
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
        long epoch = changes.epoch();
        long generation = changes.generation(projectId, scope);
        Key k = new Key(projectId, key);
        Entry<V> entry = entries.get(k);
        if (entry != null && entry.epoch() == epoch && entry.generation() == generation) {
            return entry.value();
        }
        V value = loading.execute(status -> load.get());
        if (entries.size() >= maxEntries) {
            entries.clear();
        }
        entries.put(k, new Entry<>(epoch, generation, value));
        return value;
    }
}
