package dev.voucheremulator.emulator.fault;

import java.util.Map;

/**
 * A fault rule as sent: which calls it matches (and how often it fires), and what happens to them: an
 * error answer or a dropped connection ({@code fault: "EMPTY_RESPONSE"}), a delay before the call (or
 * the error) proceeds, or both.
 */
record FaultRule(Match match, Error error, Delay delay, String fault) {

    /**
     * Every given field must match; {@code path} is a glob. Of the matching calls the first {@code after}
     * pass untouched, then the rule fires with {@code probability} until it fired {@code times} times.
     */
    record Match(String method, String path, String operationId, Double probability, Integer times, Integer after) {
    }

    /** The status to answer with; {@code body} fields replace those of the default Voucherify error body. */
    record Error(Integer status, Map<String, Object> body) {
    }

    /** {@code fixed} waits {@code ms}; {@code uniform} a random time between {@code lower} and {@code upper}. */
    record Delay(String type, Long ms, Long lower, Long upper) {
    }
}
