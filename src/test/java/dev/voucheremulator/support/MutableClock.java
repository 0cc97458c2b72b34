package dev.voucheremulator.support;

import dev.voucheremulator.api.time.WallClock;
import java.time.Duration;
import java.time.Instant;

/**
 * The emulator's wall time in tests. It follows the system clock until a test pins it with
 * {@link #set}; then time stands still except for {@link #advance}. Tests that pin it call
 * {@link #reset} afterwards: the application context, and so this clock, is shared by test classes.
 * A project's own test clock (/_emulator/projects/{p}/clock), when set, takes precedence.
 */
public final class MutableClock implements WallClock {

    private volatile Instant pinned;

    public void set(Instant at) {
        pinned = at;
    }

    public void advance(Duration by) {
        Instant current = pinned;
        pinned = (current == null ? Instant.now() : current).plus(by);
    }

    public void reset() {
        pinned = null;
    }

    @Override
    public Instant instant() {
        Instant current = pinned;
        return current == null ? Instant.now() : current;
    }
}
