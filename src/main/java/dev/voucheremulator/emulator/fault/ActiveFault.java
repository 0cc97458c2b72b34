package dev.voucheremulator.emulator.fault;

import dev.voucheremulator.emulator.Globs;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/** A stored rule with its counters; {@link #fires} decides and counts under the rule's own lock. */
final class ActiveFault {

    private final String id;
    private final FaultRule rule;
    private final Pattern path;
    private long matched;
    private long fired;

    ActiveFault(String id, FaultRule rule) {
        this.id = id;
        this.rule = rule;
        this.path = rule.match() == null || rule.match().path() == null ? null : Globs.regex(rule.match().path());
    }

    String id() {
        return id;
    }

    FaultRule rule() {
        return rule;
    }

    boolean matches(String method, String uri, String operationId) {
        FaultRule.Match match = rule.match();
        if (match == null) {
            return true;
        }
        return (match.method() == null || match.method().toUpperCase(Locale.ROOT).equals(method))
                && (path == null || path.matcher(uri).matches())
                && (match.operationId() == null || match.operationId().equals(operationId));
    }

    /** Counts a matching call and says whether the rule acts on it. */
    synchronized boolean fires() {
        matched++;
        FaultRule.Match match = rule.match();
        if (match != null) {
            if (match.after() != null && matched <= match.after()) {
                return false;
            }
            if (match.times() != null && fired >= match.times()) {
                return false;
            }
            if (match.probability() != null && ThreadLocalRandom.current().nextDouble() >= match.probability()) {
                return false;
            }
        }
        fired++;
        return true;
    }

    long delayMillis() {
        FaultRule.Delay delay = rule.delay();
        if (delay == null) {
            return 0;
        }
        return "uniform".equals(delay.type())
                ? ThreadLocalRandom.current().nextLong(delay.lower(), delay.upper() + 1)
                : delay.ms();
    }

    synchronized FaultRuleResponse response() {
        return new FaultRuleResponse(id, "fault", rule.match(), rule.error(), rule.delay(), rule.fault(), matched,
                fired);
    }
}
