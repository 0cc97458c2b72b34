package dev.voucheremulator.api.time;

import java.time.Instant;

/**
 * Real time, where a project without a test clock of its own stands. Production reads the system
 * clock; tests put a clock they can pin in its place.
 */
@FunctionalInterface
public interface WallClock {

    Instant instant();
}
