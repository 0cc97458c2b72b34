package dev.voucheremulator.api.db;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * Writes what many threads hand in at the same moment in one go, and returns to each caller only once
 * its items are written (group commit). A caller queues its items; if no one is writing, it becomes the
 * writer and writes everything queued, its own items and those of the callers that arrived meanwhile,
 * batch after batch until its own are in. Callers that find a writer at work wait to be told that their
 * items are written, or that they are the next writer: a writer that is done hands over to the oldest
 * caller still queued. There is no writer thread of its own, so a write fails in the threads whose
 * items it carried, as it would have written them one by one.
 */
public final class GroupCommit<T> {

    private final ConcurrentLinkedQueue<Batch<T>> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean writing = new AtomicBoolean();
    private final Consumer<List<T>> writer;
    private final int maxItems;
    // Tests only: runs between a caller queueing its items and trying for the turn.
    volatile Runnable afterQueueing;

    public GroupCommit(Consumer<List<T>> writer, int maxItems) {
        this.writer = writer;
        this.maxItems = maxItems;
    }

    /** Returns once {@code items} are written, or throws what their write threw. */
    public void write(List<T> items) {
        if (items.isEmpty()) {
            return;
        }
        Batch<T> mine = new Batch<>(items, Thread.currentThread());
        queue.add(mine);
        Runnable hook = afterQueueing;
        if (hook != null) {
            hook.run();
        }
        boolean writer = writing.compareAndSet(false, true);
        if (!writer) {
            mine.awaitTurn();
            writer = mine.state == Batch.WRITE;
        }
        // A caller may win the turn after another writer already wrote its items (it was slow between
        // queueing and trying): it still holds the turn, and must give it back, or no one writes again.
        if (writer) {
            try {
                while (mine.state != Batch.WRITTEN) {
                    writeQueued();
                }
            } finally {
                writing.set(false);
                handOver();
            }
        }
        if (mine.failure instanceof RuntimeException e) {
            throw e;
        }
        if (mine.failure instanceof Error e) {
            throw e;
        }
    }

    // The writer's: the oldest batches, up to maxItems items (at least one batch, whatever its size).
    private void writeQueued() {
        List<Batch<T>> taken = new ArrayList<>();
        List<T> items = new ArrayList<>();
        for (Batch<T> next = queue.peek(); next != null; next = queue.peek()) {
            if (!taken.isEmpty() && items.size() + next.items.size() > maxItems) {
                break;
            }
            queue.poll();
            taken.add(next);
            items.addAll(next.items);
        }
        Throwable failure = null;
        try {
            writer.accept(items);
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        for (Batch<T> batch : taken) {
            batch.failure = failure;
            batch.tell(Batch.WRITTEN);
        }
    }

    // A caller that queued while this writer held the turn may be waiting for it: the oldest is told to write.
    private void handOver() {
        while (queue.peek() != null && writing.compareAndSet(false, true)) {
            Batch<T> next = queue.peek();
            if (next != null) {
                next.tell(Batch.WRITE);
                return;
            }
            writing.set(false);
        }
    }

    private static final class Batch<T> {

        static final int WAITING = 0;
        static final int WRITE = 1;
        static final int WRITTEN = 2;

        final List<T> items;
        final Thread owner;
        volatile int state = WAITING;
        Throwable failure; // set before state becomes WRITTEN

        Batch(List<T> items, Thread owner) {
            this.items = items;
            this.owner = owner;
        }

        void tell(int newState) {
            state = newState;
            LockSupport.unpark(owner);
        }

        void awaitTurn() {
            boolean interrupted = false;
            while (state == WAITING) {
                LockSupport.park(this);
                interrupted |= Thread.interrupted();
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
