package dev.voucheremulator.spec;

/** Recurring activity: active for {@code duration} at the start of every {@code interval} (ISO-8601 durations). */
public record ValidityTimeframe(String interval, String duration) {
}
