package dev.voucheremulator.emulator.quota;

import dev.voucheremulator.api.db.ChangeNotifications;
import dev.voucheremulator.api.error.ApiException;
import dev.voucheremulator.api.time.ProjectClocks;
import dev.voucheremulator.emulator.ProjectCache;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Per-project rate limits and their usage, stored in {@code quota_limit} so that every instance on
 * the database counts against the same windows. Each instance caches which kinds of call a project
 * limits (see {@link ProjectCache}): a call of a project without limits sends no SQL, a call of one
 * with limits is counted by one UPDATE. Windows are fixed, aligned to the epoch and measured on the
 * project's clock, so advancing that clock past a window's end refills it.
 */
@Service
public class Quotas {

    static final int MAX_LIMITS = 10;
    static final String CHANNEL = "emulator_quota_limits";
    static final String API_CALLS = "api_calls";
    static final String BULK_API_CALLS = "bulk_api_calls";

    /** What a call may do: go on (with what is left) or wait until {@code retryAt}. */
    record Decision(boolean allowed, int limit, int remaining, Instant retryAt, String type) {
    }

    private final QuotaStore store;
    private final ProjectClocks clocks;
    private final ChangeNotifications notifications;
    private final TransactionTemplate transactions;
    private final ProjectCache<Set<String>> cache;

    Quotas(QuotaStore store, ProjectClocks clocks, ChangeNotifications notifications,
           TransactionTemplate transactions) {
        this.store = store;
        this.clocks = clocks;
        this.notifications = notifications;
        this.transactions = transactions;
        this.cache = new ProjectCache<>(notifications, CHANNEL, store::types, store::allTypes, Set.of());
    }

    LimitsResponse set(String projectId, Limits limits) {
        if (limits == null) {
            throw ApiException.invalidPayload("The request body should be an object with 'api_calls' or 'bulk_api_calls'");
        }
        Map<String, List<QuotaStore.Limit>> byType = new LinkedHashMap<>();
        byType.put(API_CALLS, validated(limits.apiCalls(), API_CALLS));
        byType.put(BULK_API_CALLS, validated(limits.bulkApiCalls(), BULK_API_CALLS));
        change(projectId, () -> store.replace(projectId, byType));
        return get(projectId);
    }

    LimitsResponse get(String projectId) {
        long now = clocks.now(projectId).toEpochMilli();
        List<LimitsResponse.Usage> apiCalls = List.of();
        List<LimitsResponse.Usage> bulkApiCalls = List.of();
        for (QuotaStore.Row row : store.read(projectId)) {
            List<LimitsResponse.Usage> usage = new ArrayList<>();
            for (int k = 0; k < row.values().length; k++) {
                long window = now / row.millis()[k];
                int used = row.windows()[k] == window ? row.used()[k] : 0;
                usage.add(new LimitsResponse.Usage(row.values()[k], row.durations()[k], used,
                        Math.max(0, row.values()[k] - used), Instant.ofEpochMilli((window + 1) * row.millis()[k])));
            }
            if (API_CALLS.equals(row.type())) {
                apiCalls = usage;
            } else {
                bulkApiCalls = usage;
            }
        }
        return new LimitsResponse("limits", apiCalls, bulkApiCalls);
    }

    /** Removes a project's limits and usage (also what a project reset calls). */
    public void clear(String projectId) {
        change(projectId, () -> store.delete(projectId));
    }

    /** Removes every project's limits and usage (a reset of everything). */
    public void clearAll() {
        transactions.executeWithoutResult(status -> {
            store.deleteEverything();
            notifications.publish(CHANNEL, ChangeNotifications.EVERYTHING);
            cache.allChangedAfterCommit();
        });
    }

    /** Counts a call against the project's limits; empty when the project has none of that type. */
    Optional<Decision> take(String projectId, boolean bulk) {
        String type = bulk ? BULK_API_CALLS : API_CALLS;
        if (!cache.get(projectId).contains(type)) {
            return Optional.empty();
        }
        return store.take(projectId, type, clocks.now(projectId).toEpochMilli()).map(Quotas::decision);
    }

    private static Decision decision(QuotaStore.Row row) {
        int chosen = -1;
        for (int k = 0; k < row.values().length; k++) {
            if (row.denied()) {
                // Every exhausted window must have reset before the next call can pass.
                if (row.used()[k] >= row.values()[k] && (chosen < 0 || resetsAt(row, k).isAfter(resetsAt(row, chosen)))) {
                    chosen = k;
                }
            } else if (chosen < 0 || remaining(row, k) < remaining(row, chosen)) {
                chosen = k;
            }
        }
        return new Decision(!row.denied(), row.values()[chosen], row.denied() ? 0 : remaining(row, chosen),
                resetsAt(row, chosen), row.type());
    }

    private static int remaining(QuotaStore.Row row, int k) {
        return Math.max(0, row.values()[k] - row.used()[k]);
    }

    private static Instant resetsAt(QuotaStore.Row row, int k) {
        return Instant.ofEpochMilli((row.windows()[k] + 1) * row.millis()[k]);
    }

    private void change(String projectId, Runnable write) {
        transactions.executeWithoutResult(status -> {
            write.run();
            notifications.publish(CHANNEL, projectId);
            cache.changedAfterCommit(projectId);
        });
    }

    private static List<QuotaStore.Limit> validated(List<Limits.Limit> limits, String property) {
        if (limits == null) {
            return List.of();
        }
        if (limits.size() > MAX_LIMITS) {
            throw ApiException.invalidPayload("Property '" + property + "' should have at most " + MAX_LIMITS + " items");
        }
        List<QuotaStore.Limit> validated = new ArrayList<>();
        for (int i = 0; i < limits.size(); i++) {
            Limits.Limit limit = limits.get(i);
            String at = property + "[" + i + "]";
            if (limit == null || limit.value() == null || limit.value() < 1) {
                throw ApiException.invalidPayload("Property '" + at + ".value' should be an integer of at least 1");
            }
            validated.add(new QuotaStore.Limit(limit.value(), limit.duration(), millis(limit.duration(), at)));
        }
        return List.copyOf(validated);
    }

    private static long millis(String duration, String at) {
        String problem = "Property '" + at + ".duration' should be an ISO-8601 duration from PT1S to P31D, e.g. PT1M";
        if (duration == null) {
            throw ApiException.invalidPayload(problem);
        }
        try {
            Duration parsed = Duration.parse(duration);
            if (parsed.compareTo(Duration.ofSeconds(1)) < 0 || parsed.compareTo(Duration.ofDays(31)) > 0) {
                throw ApiException.invalidPayload(problem);
            }
            return parsed.toMillis();
        } catch (DateTimeParseException e) {
            throw ApiException.invalidPayload(problem);
        }
    }
}
