package dev.voucheremulator.analytics;

import java.time.LocalDate;
import java.util.Map;

/** One UTC day of a campaign's counters; every counter is present, 0 when nothing moved it. */
public record DailyCounters(LocalDate day, Map<Counter, Long> counters) {

    public long get(Counter counter) {
        return counters.getOrDefault(counter, 0L);
    }
}
