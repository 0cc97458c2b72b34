package dev.voucheremulator.emulator.sink;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * The capture sinks, in memory only: each keeps its newest {@value #MAX_PER_SINK} requests (the oldest
 * go first) and at most {@value #MAX_SINKS} sinks exist at once. A restart, or a reset of every
 * project, empties them.
 */
@Component
public class CaptureSinks {

    static final int MAX_PER_SINK = 1000;
    static final int MAX_SINKS = 1000;

    private final Map<String, Deque<CapturedRequest>> sinks = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    long nextSequence() {
        return sequence.incrementAndGet();
    }

    /** False when the sink is new and {@value #MAX_SINKS} others exist already. */
    boolean record(String name, CapturedRequest request) {
        if (!sinks.containsKey(name) && sinks.size() >= MAX_SINKS) {
            return false;
        }
        Deque<CapturedRequest> held = sinks.computeIfAbsent(name, n -> new ArrayDeque<>());
        synchronized (held) {
            held.addLast(request);
            while (held.size() > MAX_PER_SINK) {
                held.removeFirst();
            }
        }
        return true;
    }

    List<CapturedRequest> list(String name) {
        Deque<CapturedRequest> held = sinks.get(name);
        if (held == null) {
            return List.of();
        }
        synchronized (held) {
            return List.copyOf(held);
        }
    }

    void clear(String name) {
        sinks.remove(name);
    }

    public void clearAll() {
        sinks.clear();
    }
}
