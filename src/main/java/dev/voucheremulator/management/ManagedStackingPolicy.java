package dev.voucheremulator.management;

import dev.voucheremulator.management.StackingRulesBodies.Rules;
import dev.voucheremulator.validation.StackingPolicy;
import dev.voucheremulator.validation.StackingRules;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stacking rules validations and redemptions apply, per /v1 project (a Management API project's app
 * id). Every validation and redemption asks, and their SQL budget has no room for another statement, so
 * the rules are kept in memory: a change through this instance is seen at once (the entry is dropped
 * when its transaction commits), a change through another instance on the same database after at most
 * {@code emulator.stacking-rules.cache-ttl} (5 s by default). Projects without rules keep the defaults.
 */
@Component
class ManagedStackingPolicy implements StackingPolicy {

    private record Entry(StackingRules rules, long loadedAt) {
    }

    private final ManagementResourceRepository repository;
    private final JsonMapper json;
    private final long ttlNanos;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    ManagedStackingPolicy(ManagementResourceRepository repository, JsonMapper json,
                          @Value("${emulator.stacking-rules.cache-ttl:PT5S}") Duration ttl) {
        this.repository = repository;
        this.json = json;
        this.ttlNanos = ttl.toNanos();
    }

    @Override
    public StackingRules rulesOf(String projectId) {
        long now = System.nanoTime();
        Entry entry = cache.get(projectId);
        if (entry == null || now - entry.loadedAt() > ttlNanos) {
            entry = new Entry(load(projectId), now);
            cache.put(projectId, entry);
        }
        return entry.rules();
    }

    /** Drops what is kept for the project once the current transaction (if any) commits. */
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

    private StackingRules load(String appId) {
        return repository.stackingRulesOfApp(appId)
                .map(body -> toPolicy(json.readValue(body, Rules.class)))
                .orElse(StackingRules.DEFAULTS);
    }

    private static StackingRules toPolicy(Rules r) {
        return new StackingRules(r.redeemablesLimit(), r.applicableRedeemablesLimit(),
                r.applicableRedeemablesPerCategoryLimit(), r.applicableExclusiveRedeemablesLimit(),
                r.applicableExclusiveRedeemablesPerCategoryLimit(), r.applicableRedeemablesCategoryLimits(),
                r.exclusiveCategories(), r.jointCategories(), r.redeemablesApplicationMode(),
                r.redeemablesSortingRule(), r.redeemablesProductsApplicationMode(), r.redeemablesNoEffectRule(),
                r.noEffectSkipCategories(), r.noEffectRedeemAnywayCategories(), r.redeemablesRollbackOrderMode());
    }
}
