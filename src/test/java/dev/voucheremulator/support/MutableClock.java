package dev.voucheremulator.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The emulator's clock in tests. It follows the system clock until a test pins it with
 * {@link #set}; then time stands still except for {@link #advance}. Tests that pin it call
 * {@link #reset} afterwards: the application context, and so this clock, is shared by test classes.
 */
public final class MutableClock extends Clock {

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

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the emulator works in UTC");
    }
}
