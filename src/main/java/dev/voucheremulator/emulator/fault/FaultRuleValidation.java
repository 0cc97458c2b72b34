package dev.voucheremulator.emulator.fault;

import dev.voucheremulator.api.error.ApiException;
import java.util.Locale;
import java.util.Set;

/** What a fault rule must look like before it is stored. */
final class FaultRuleValidation {

    static final long MAX_DELAY_MS = 60_000;
    static final String EMPTY_RESPONSE = "EMPTY_RESPONSE";
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");

    private FaultRuleValidation() {
    }

    static void validate(FaultRule rule, String at) {
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
