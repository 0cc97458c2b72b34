package dev.voucheremulator.emulator.journal;

import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps the journal off the request path: the filter only offers a captured call to a bounded queue;
 * one background thread writes what waits in batches every {@value #INTERVAL_MS} ms, so the journal
 * is eventually consistent within about that time. {@link #flush()} writes what waits right away (the
 * journal's read endpoints call it). A full queue drops calls rather than slowing the API down.
 */
@Component
class JournalWriter {

    static final long INTERVAL_MS = 50;
    private static final int BATCH = 500;
    // Trims delete as many calls as are written. Autovacuum comes at most once a minute, and meanwhile the
    // table grew by every call written (a minute of redemptions under load: 750 MB, a million dead rows):
    // new pages for every insert, pushed through the shared buffers. Vacuumed every so many calls, the
    // table stays near its retention and reuses its space.
    static final int VACUUM_EVERY = 5_000;
    private static final Logger log = LoggerFactory.getLogger(JournalWriter.class);

    private final BlockingQueue<CapturedCall> queue;
    private final JournalRepository repository;
    private final JournalProperties properties;
    // Held while a batch is taken and written, so a flush returns only once earlier calls are stored.
    private final ReentrantLock writing = new ReentrantLock();
    private final AtomicLong dropped = new AtomicLong();
    // Calls written per project since its last trim; touched only under the writing lock.
    private final Map<String, Integer> untrimmed = new HashMap<>();
    // Per project, the seq its last trim deleted up to; touched only under the writing lock.
    private final Map<String, Long> trimmedTo = new HashMap<>();
    // Calls written since the writer last vacuumed the table; touched only under the writing lock.
    private int sinceVacuum;
    private final Thread thread;
    private volatile boolean running = true;

    JournalWriter(JournalRepository repository, JournalProperties properties) {
        this.repository = repository;
        this.properties = properties;
        this.queue = new ArrayBlockingQueue<>(properties.queueCapacity());
        this.thread = new Thread(this::run, "emulator-journal");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    void enqueue(CapturedCall call) {
        if (!queue.offer(call) && dropped.incrementAndGet() % 1000 == 1) {
            log.warn("Request journal queue full: {} calls dropped so far", dropped.get());
        }
    }

    /** Writes every call captured so far and keeps only each project's newest calls. */
    void flush() {
        writing.lock();
        try {
            while (!queue.isEmpty()) {
                writeBatch();
            }
            trim(0);
        } finally {
            writing.unlock();
        }
    }

    // Calls leave the queue only under the lock, so a flush never misses a batch being written. The writer
    // waits the interval between batches even under load, and goes on at once only while a whole batch
    // waits: a steady load then sends one insert of every call of the interval, where writing whatever
    // arrived during the last write sent many small ones, each planned and committed by itself.
    private void run() {
        while (running) {
            try {
                Thread.sleep(INTERVAL_MS);
                if (queue.isEmpty()) {
                    continue;
                }
                writing.lock();
                try {
                    do {
                        writeBatch();
                    } while (queue.size() >= BATCH);
                } finally {
                    writing.unlock();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Cannot write the request journal", e);
            }
        }
    }

    private void writeBatch() {
        List<CapturedCall> batch = new ArrayList<>();
        queue.drainTo(batch, BATCH);
        write(batch);
    }

    private void write(List<CapturedCall> batch) {
        if (batch.isEmpty()) {
            return;
        }
        repository.insert(batch);
        batch.forEach(call -> untrimmed.merge(call.projectId(), 1, Integer::sum));
        trim(Math.max(1, properties.retention() / 4));
        sinceVacuum += batch.size();
        if (sinceVacuum >= VACUUM_EVERY) {
            repository.vacuum();
            sinceVacuum = 0;
        }
    }

    // A trim per batch cost as much as the inserts: a project is trimmed once it has a quarter of its
    // retention more than it keeps, from where its last trim ended; on every flush (before any journal
    // read) all of it is, so reads see exactly the newest calls, whoever wrote them.
    private void trim(int atLeast) {
        for (var it = untrimmed.entrySet().iterator(); it.hasNext(); ) {
            var project = it.next();
            if (project.getValue() >= atLeast) {
                long after = atLeast == 0 ? 0 : trimmedTo.getOrDefault(project.getKey(), 0L);
                Long reached = repository.trim(project.getKey(), properties.retention(), after);
                if (reached != null) {
                    trimmedTo.merge(project.getKey(), reached, Math::max);
                }
                it.remove();
            }
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(1000);
    }
}
