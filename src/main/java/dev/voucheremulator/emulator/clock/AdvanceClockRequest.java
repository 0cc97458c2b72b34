package dev.voucheremulator.emulator.clock;

/**
 * Exactly one of {@code to} (an ISO-8601 date-time or date, not before the project's time) and
 * {@code by} (an ISO-8601 duration: {@code PT90M}, {@code P30D}, {@code P1M}, {@code P1Y2M}).
 */
record AdvanceClockRequest(String to, String by) {
}
