package dev.voucheremulator.emulator.fault;

import dev.voucheremulator.api.db.ChangeNotifications;
import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.emulator.ProjectCache;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The fault rules of every project, stored in {@code fault_rule} so that every instance on the
 * database applies the same rules with the same counters. Each instance caches the rules per project
 * (see {@link ProjectCache}): a call of a project without rules sends no SQL; a call matching a rule
 * counts it in one UPDATE, which also decides whether the rule fires, so {@code after} and
 * {@code times} hold across instances. The first rule that matches a call and fires decides what
 * happens to it.
 */
@Service
public class FaultRules {

    static final int MAX_RULES = 100;
    static final String CHANNEL = "emulator_fault_rules";

    private final FaultRuleStore store;
    private final ChangeNotifications notifications;
    private final TransactionTemplate transactions;
    private final ProjectCache<List<ActiveFault>> cache;

    FaultRules(FaultRuleStore store, ChangeNotifications notifications, TransactionTemplate transactions) {
        this.store = store;
        this.notifications = notifications;
        this.transactions = transactions;
        this.cache = new ProjectCache<>(notifications, CHANNEL, store::active, store::allActive, List.of());
    }

    List<FaultRuleResponse> list(String projectId) {
        return store.list(projectId);
    }

    List<FaultRuleResponse> replace(String projectId, List<FaultRule> rules) {
        validate(rules, 0);
        change(projectId, () -> {
            store.deleteAll(projectId);
            store.insert(projectId, rules);
        });
        return list(projectId);
    }

    List<FaultRuleResponse> add(String projectId, List<FaultRule> rules) {
        validate(rules, 0);
        change(projectId, () -> {
            validate(rules, store.count(projectId));
            store.insert(projectId, rules);
        });
        return list(projectId);
    }

    void remove(String projectId, String faultId) {
        change(projectId, () -> {
            if (!store.delete(projectId, faultId)) {
                throw ApiException.notFound("fault", faultId);
            }
        });
    }

    /** Forgets a project's rules (also what a project reset calls). */
    public void clear(String projectId) {
        change(projectId, () -> store.deleteAll(projectId));
    }

    /** Forgets every project's rules (a reset of everything). */
    public void clearAll() {
        transactions.executeWithoutResult(status -> {
            store.deleteEverything();
            notifications.publish(CHANNEL, ChangeNotifications.EVERYTHING);
            cache.allChangedAfterCommit();
        });
    }

    Optional<ActiveFault> firing(String projectId, String method, String path, String operationId) {
        for (ActiveFault rule : cache.get(projectId)) {
            if (rule.matches(method, path, operationId)
                    && store.countMatch(projectId, rule.id(), rule.luckyDraw()).orElse(false)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    private void change(String projectId, Runnable write) {
        transactions.executeWithoutResult(status -> {
            store.lock(projectId);
            write.run();
            notifications.publish(CHANNEL, projectId);
            cache.changedAfterCommit(projectId);
        });
    }

    private static void validate(List<FaultRule> rules, int existing) {
        if (rules == null) {
            throw ApiException.invalidPayload("The request body should be an array of fault rules");
        }
        if (existing + rules.size() > MAX_RULES) {
            throw ApiException.invalidPayload("A project holds at most " + MAX_RULES + " fault rules");
        }
        for (int i = 0; i < rules.size(); i++) {
            FaultRuleValidation.validate(rules.get(i), "[" + i + "]");
        }
    }
}
