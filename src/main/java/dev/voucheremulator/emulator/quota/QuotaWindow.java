package dev.voucheremulator.emulator.quota;

import java.time.Instant;

/**
 * One limit's fixed window: windows are aligned to the epoch on the clock, so advancing the clock
 * past a window's end starts a fresh one. Guarded by the owning project's lock.
 */
final class QuotaWindow {

    final int value;
    final String duration;
    private final long millis;
    private long index = Long.MIN_VALUE;
    private int used;

    QuotaWindow(int value, String duration, long millis) {
        this.value = value;
        this.duration = duration;
        this.millis = millis;
    }

    void roll(Instant now) {
        long current = Math.floorDiv(now.toEpochMilli(), millis);
        if (current != index) {
            index = current;
            used = 0;
        }
    }

    boolean exhausted() {
        return used >= value;
    }

    void take() {
        used++;
    }

    int used() {
        return used;
    }

    int remaining() {
        return Math.max(0, value - used);
    }

    Instant resetsAt() {
        return Instant.ofEpochMilli((index + 1) * millis);
    }

    LimitsResponse.Usage usage(Instant now) {
        roll(now);
        return new LimitsResponse.Usage(value, duration, used, remaining(), resetsAt());
    }
}
