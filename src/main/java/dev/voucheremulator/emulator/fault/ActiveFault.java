package dev.voucheremulator.emulator.fault;

import dev.voucheremulator.emulator.Globs;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/** A stored rule as an instance caches it: what it matches and does; its counters live in the database. */
final class ActiveFault {

    private final String id;
    private final FaultRule rule;
    private final Pattern path;

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

    /** The local draw of {@code probability}: whether the rule may fire on this call if its counters allow. */
    boolean luckyDraw() {
        Double probability = rule.match() == null ? null : rule.match().probability();
        return probability == null || ThreadLocalRandom.current().nextDouble() < probability;
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
}
