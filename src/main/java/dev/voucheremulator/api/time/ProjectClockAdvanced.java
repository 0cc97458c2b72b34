package dev.voucheremulator.api.time;

import java.time.Instant;

/**
 * A project's test clock moved forward from {@code from} to {@code to}. Published synchronously
 * inside the project's {@link ProjectTime} scope, before the advance answers, so listeners run what
 * fell due in between (points expiry, pending points, later webhook retries) with the clock at {@code to}.
 */
public record ProjectClockAdvanced(String projectId, Instant from, Instant to) {
}
