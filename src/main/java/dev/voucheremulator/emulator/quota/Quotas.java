package dev.voucheremulator.emulator.quota;

import dev.voucheremulator.api.error.ApiException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

/**
 * Per-project rate limits and their usage, in memory: right for one emulator instance, forgotten on
 * restart. Windows are measured on the injected {@link Clock}, so a test that moves the clock refills
 * them deterministically.
 */
@Service
public class Quotas {

    static final int MAX_LIMITS = 10;

    /** What a call may do: go on (with what is left) or wait until {@code retryAt}. */
    record Decision(boolean allowed, int limit, int remaining, Instant retryAt, String type) {
    }

    private record ProjectLimits(List<QuotaWindow> apiCalls, List<QuotaWindow> bulkApiCalls) {
    }

    private final Map<String, ProjectLimits> byProject = new ConcurrentHashMap<>();
    private final Clock clock;

    Quotas(Clock clock) {
        this.clock = clock;
    }

    LimitsResponse set(String projectId, Limits limits) {
        if (limits == null) {
            throw ApiException.invalidPayload("The request body should be an object with 'api_calls' or 'bulk_api_calls'");
        }
        byProject.put(projectId, new ProjectLimits(windows(limits.apiCalls(), "api_calls"),
                windows(limits.bulkApiCalls(), "bulk_api_calls")));
        return get(projectId);
    }

    LimitsResponse get(String projectId) {
        ProjectLimits limits = byProject.get(projectId);
        if (limits == null) {
            return new LimitsResponse("limits", List.of(), List.of());
        }
        Instant now = clock.instant();
        synchronized (limits) {
            return new LimitsResponse("limits", limits.apiCalls().stream().map(w -> w.usage(now)).toList(),
                    limits.bulkApiCalls().stream().map(w -> w.usage(now)).toList());
        }
    }

    /** Removes a project's limits and usage (also what a project reset should call). */
    public void clear(String projectId) {
        byProject.remove(projectId);
    }

    /** Removes every project's limits and usage (a reset of everything). */
    public void clearAll() {
        byProject.clear();
    }

    /** Counts a call against the project's limits; empty when the project has none of that type. */
    Optional<Decision> take(String projectId, boolean bulk) {
        ProjectLimits limits = byProject.get(projectId);
        if (limits == null) {
            return Optional.empty();
        }
        List<QuotaWindow> windows = bulk ? limits.bulkApiCalls() : limits.apiCalls();
        if (windows.isEmpty()) {
            return Optional.empty();
        }
        String type = bulk ? "bulk_api_calls" : "api_calls";
        Instant now = clock.instant();
        synchronized (limits) {
            windows.forEach(w -> w.roll(now));
            List<QuotaWindow> exhausted = windows.stream().filter(QuotaWindow::exhausted).toList();
            if (!exhausted.isEmpty()) {
                // Every exhausted window must have reset before the next call can pass.
                QuotaWindow last = exhausted.stream().max(Comparator.comparing(QuotaWindow::resetsAt)).orElseThrow();
                return Optional.of(new Decision(false, last.value, 0, last.resetsAt(), type));
            }
            windows.forEach(QuotaWindow::take);
            QuotaWindow tightest = windows.stream().min(Comparator.comparingInt(QuotaWindow::remaining)).orElseThrow();
            return Optional.of(new Decision(true, tightest.value, tightest.remaining(), tightest.resetsAt(), type));
        }
    }

    private static List<QuotaWindow> windows(List<Limits.Limit> limits, String property) {
        if (limits == null) {
            return List.of();
        }
        if (limits.size() > MAX_LIMITS) {
            throw ApiException.invalidPayload("Property '" + property + "' should have at most " + MAX_LIMITS + " items");
        }
        List<QuotaWindow> windows = new ArrayList<>();
        for (int i = 0; i < limits.size(); i++) {
            Limits.Limit limit = limits.get(i);
            String at = property + "[" + i + "]";
            if (limit == null || limit.value() == null || limit.value() < 1) {
                throw ApiException.invalidPayload("Property '" + at + ".value' should be an integer of at least 1");
            }
            windows.add(new QuotaWindow(limit.value(), limit.duration(), millis(limit.duration(), at)));
        }
        return List.copyOf(windows);
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
