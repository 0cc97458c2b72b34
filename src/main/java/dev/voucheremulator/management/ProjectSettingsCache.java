package dev.voucheremulator.management;

import dev.voucheremulator.management.CustomEventSchemaBodies.Stored;
import dev.voucheremulator.management.MetadataSchemaBodies.Schema;
import dev.voucheremulator.management.StackingRulesBodies.Rules;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * The settings /v1 requests obey (stacking rules, metadata schemas, custom event schemas), per /v1
 * project, that is per Management API app id. Validations and redemptions read them on every request
 * and their SQL budget has no room for another statement, so they are kept in memory: a change made
 * through this instance is seen at once (the entry is dropped when the change commits), a change made
 * through another instance on the same database after at most {@code emulator.project-settings.cache-ttl}
 * (5 s by default). One query loads all three kinds.
 */
@Component
class ProjectSettingsCache {

    /** What one project defines; a project outside the Management API defines nothing. */
    record Settings(Rules stackingRules, Map<String, Schema> metadataSchemas, Map<String, Stored> eventSchemas) {

        static final Settings NONE = new Settings(null, Map.of(), Map.of());
    }

    private record Entry(Settings settings, long loadedAt) {
    }

    private final ManagementResourceRepository repository;
    private final JsonMapper json;
    private final long ttlNanos;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    ProjectSettingsCache(ManagementResourceRepository repository, JsonMapper json,
                         @Value("${emulator.project-settings.cache-ttl:PT5S}") Duration ttl) {
        this.repository = repository;
        this.json = json;
        this.ttlNanos = ttl.toNanos();
    }

    Settings of(String appId) {
        long now = System.nanoTime();
        Entry entry = cache.get(appId);
        if (entry == null || now - entry.loadedAt() > ttlNanos) {
            entry = new Entry(load(appId), now);
            cache.put(appId, entry);
        }
        return entry.settings();
    }

    /** Drops what is kept for the project once the current transaction (if any) completes. */
    void forget(String appId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    cache.remove(appId);
                }
            });
        } else {
            cache.remove(appId);
        }
    }

    private Settings load(String appId) {
        Rules rules = null;
        Map<String, Schema> metadata = new HashMap<>();
        Map<String, Stored> events = new HashMap<>();
        for (ManagementResourceRepository.SettingRow row : repository.settingsOfApp(appId)) {
            switch (ManagementResource.Kind.valueOf(row.getKind())) {
                case STACKING_RULES -> rules = rules != null ? rules : json.readValue(row.getBody(), Rules.class);
                case METADATA_SCHEMA -> {
                    Schema schema = json.readValue(row.getBody(), Schema.class);
                    metadata.put(schema.relatedObject(), schema);
                }
                case CUSTOM_EVENT_SCHEMA -> {
                    Stored event = json.readValue(row.getBody(), Stored.class);
                    events.put(event.name(), event);
                }
                default -> {
                }
            }
        }
        return rules == null && metadata.isEmpty() && events.isEmpty() ? Settings.NONE
                : new Settings(rules, Map.copyOf(metadata), Map.copyOf(events));
    }
}
