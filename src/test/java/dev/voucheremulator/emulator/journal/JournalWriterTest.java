package dev.voucheremulator.emulator.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The writer's housekeeping, against a table that only counts what it is asked to do. */
class JournalWriterTest {

    final CountingTable table = new CountingTable();
    final JournalWriter writer = new JournalWriter(table, new JournalProperties(true, 1000, 16384, 20_000));

    @AfterEach
    void stop() throws InterruptedException {
        writer.stop();
    }

    @Test
    void theTableIsVacuumedOnceEverySoManyCallsWritten() {
        int calls = 2 * JournalWriter.VACUUM_EVERY + 1;
        for (int i = 0; i < calls; i++) {
            writer.enqueue(call(i));
        }
        writer.flush();

        assertThat(table.inserted.get()).isEqualTo(calls);
        // what trims leave dead is made reusable, not left to an autovacuum a minute away
        assertThat(table.vacuums.get()).isEqualTo(2);
    }

    @Test
    void fewerCallsThanThatLeaveTheTableAlone() {
        for (int i = 0; i < 100; i++) {
            writer.enqueue(call(i));
        }
        writer.flush();

        assertThat(table.inserted.get()).isEqualTo(100);
        assertThat(table.vacuums.get()).isZero();
    }

    private static CapturedCall call(int i) {
        return new CapturedCall("proj_" + (i % 3), Instant.EPOCH, "GET", "/v1/vouchers", null, null, 200, null,
                null, 1, false, false, null);
    }

    private static final class CountingTable extends JournalRepository {

        final AtomicInteger inserted = new AtomicInteger();
        final AtomicInteger vacuums = new AtomicInteger();

        CountingTable() {
            super(null, null);
        }

        @Override
        void insert(List<CapturedCall> calls) {
            inserted.addAndGet(calls.size());
        }

        @Override
        Long trim(String projectId, int keep, long after) {
            return null;
        }

        @Override
        void vacuum() {
            vacuums.incrementAndGet();
        }
    }
}
