package dev.voucheremulator.emulator.fault;

import dev.voucheremulator.api.error.ApiException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Service;

/**
 * The fault rules of every project, in memory (one emulator instance; a restart forgets them). The
 * first rule that matches a call and fires decides what happens to it.
 */
@Service
public class FaultRules {

    static final int MAX_RULES = 100;
    static final long MAX_DELAY_MS = 60_000;
    static final String EMPTY_RESPONSE = "EMPTY_RESPONSE";
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");

    private final Map<String, List<ActiveFault>> byProject = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    List<FaultRuleResponse> list(String projectId) {
        return byProject.getOrDefault(projectId, List.of()).stream().map(ActiveFault::response).toList();
    }

    List<FaultRuleResponse> replace(String projectId, List<FaultRule> rules) {
        List<ActiveFault> active = activate(rules, 0);
        byProject.put(projectId, new CopyOnWriteArrayList<>(active));
        return list(projectId);
    }

    List<FaultRuleResponse> add(String projectId, List<FaultRule> rules) {
        List<ActiveFault> existing = byProject.computeIfAbsent(projectId, p -> new CopyOnWriteArrayList<>());
        existing.addAll(activate(rules, existing.size()));
        return list(projectId);
    }

    void remove(String projectId, String faultId) {
        List<ActiveFault> rules = byProject.get(projectId);
        if (rules == null || !rules.removeIf(rule -> rule.id().equals(faultId))) {
            throw ApiException.notFound("fault", faultId);
        }
    }

    /** Forgets a project's rules (also what a project reset should call). */
    public void clear(String projectId) {
        byProject.remove(projectId);
    }

    /** Forgets every project's rules (a reset of everything). */
    public void clearAll() {
        byProject.clear();
    }

    Optional<ActiveFault> firing(String projectId, String method, String path, String operationId) {
        List<ActiveFault> rules = byProject.get(projectId);
        if (rules == null) {
            return Optional.empty();
        }
        for (ActiveFault rule : rules) {
            if (rule.matches(method, path, operationId) && rule.fires()) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    private List<ActiveFault> activate(List<FaultRule> rules, int existing) {
        if (rules == null) {
            throw ApiException.invalidPayload("The request body should be an array of fault rules");
        }
        if (existing + rules.size() > MAX_RULES) {
            throw ApiException.invalidPayload("A project holds at most " + MAX_RULES + " fault rules");
        }
        List<ActiveFault> active = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            validate(rules.get(i), "[" + i + "]");
            active.add(new ActiveFault("fault_" + ids.incrementAndGet(), rules.get(i)));
        }
        return active;
    }

    private static void validate(FaultRule rule, String at) {
        if (rule == null) {
            throw ApiException.invalidPayload("Fault rule " + at + " should be an object");
        }
        if (rule.fault() != null && !EMPTY_RESPONSE.equals(rule.fault())) {
            throw ApiException.invalidPayload("Property '" + at + ".fault' should be " + EMPTY_RESPONSE
                    + " (the connection closes without an answer)");
        }
        if (rule.fault() != null && rule.error() != null) {
            throw ApiException.invalidPayload("Fault rule " + at + " should have either 'error' or 'fault'");
        }
        if (rule.error() == null && rule.delay() == null && rule.fault() == null) {
            throw ApiException.invalidPayload("Fault rule " + at + " should have 'error', 'fault', 'delay' or both");
        }
        FaultRule.Match match = rule.match();
        if (match != null) {
            if (match.method() != null && !METHODS.contains(match.method().toUpperCase(Locale.ROOT))) {
                throw ApiException.invalidPayload("Property '" + at + ".match.method' should be an HTTP method");
            }
            if (match.probability() != null && (match.probability() < 0 || match.probability() > 1)) {
                throw ApiException.invalidPayload("Property '" + at + ".match.probability' should be between 0 and 1");
            }
            if (match.times() != null && match.times() < 1) {
                throw ApiException.invalidPayload("Property '" + at + ".match.times' should be at least 1");
            }
            if (match.after() != null && match.after() < 0) {
                throw ApiException.invalidPayload("Property '" + at + ".match.after' should be at least 0");
            }
        }
        if (rule.error() != null) {
            Integer status = rule.error().status();
            if (status == null || status < 400 || status > 599) {
                throw ApiException.invalidPayload("Property '" + at + ".error.status' should be between 400 and 599");
            }
        }
        if (rule.delay() != null) {
            validate(rule.delay(), at);
        }
    }

    private static void validate(FaultRule.Delay delay, String at) {
        String type = delay.type() == null ? "fixed" : delay.type();
        boolean valid = switch (type) {
            case "fixed" -> delay.ms() != null && delay.ms() >= 0 && delay.ms() <= MAX_DELAY_MS;
            case "uniform" -> delay.lower() != null && delay.upper() != null && delay.lower() >= 0
                    && delay.lower() <= delay.upper() && delay.upper() <= MAX_DELAY_MS;
            default -> false;
        };
        if (!valid) {
            throw ApiException.invalidPayload("Property '" + at + ".delay' should be {\"type\":\"fixed\",\"ms\":n} or "
                    + "{\"type\":\"uniform\",\"lower\":n,\"upper\":m}, with at most " + MAX_DELAY_MS + " ms");
        }
    }
}
