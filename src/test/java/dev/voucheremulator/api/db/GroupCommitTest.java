package dev.voucheremulator.api.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    private final ExecutorService callers = Executors.newFixedThreadPool(8);

    @AfterEach
    void stop() {
        callers.shutdownNow();
    }

    @Test
    void whatCallersHandInWhileAWriteIsUnderWayGoesInOneWriteAndEachReturnsAfterIt() throws Exception {
        CountDownLatch firstWriteStarted = new CountDownLatch(1);
        CountDownLatch releaseFirstWrite = new CountDownLatch(1);
        List<List<Integer>> writes = new CopyOnWriteArrayList<>();
        GroupCommit<Integer> commit = new GroupCommit<>(items -> {
            writes.add(List.copyOf(items));
            if (writes.size() == 1) {
                firstWriteStarted.countDown();
                await(releaseFirstWrite);
            }
        }, 100);

        Future<?> first = callers.submit(() -> commit.write(List.of(0)));
        assertThat(firstWriteStarted.await(10, TimeUnit.SECONDS)).isTrue();
        List<Future<?>> waiting = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            int item = i;
            waiting.add(callers.submit(() -> commit.write(List.of(item))));
        }
        Thread.sleep(200); // the six queue behind the first write
        assertThat(waiting).noneMatch(Future::isDone);
        releaseFirstWrite.countDown();
        first.get(10, TimeUnit.SECONDS);
        for (Future<?> f : waiting) {
            f.get(10, TimeUnit.SECONDS);
        }

        assertThat(writes).hasSize(2);
        assertThat(writes.get(0)).containsExactly(0);
        assertThat(writes.get(1)).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6);
    }

    @Test
    void underContentionEveryItemIsWrittenExactlyOnceAndEveryCallerReturns() throws Exception {
        List<Integer> written = new ArrayList<>();
        List<Integer> batchSizes = new CopyOnWriteArrayList<>();
        GroupCommit<Integer> commit = new GroupCommit<>(items -> {
            synchronized (written) {
                written.addAll(items);
            }
            batchSizes.add(items.size());
        }, 16);
        List<Future<?>> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            threads.add(callers.submit(() -> {
                for (int i = 0; i < 2_000; i++) {
                    commit.write(List.of(thread * 10_000 + i));
                }
            }));
        }
        for (Future<?> f : threads) {
            f.get(60, TimeUnit.SECONDS);
        }

        assertThat(written).hasSize(16_000).doesNotHaveDuplicates();
        assertThat(batchSizes).allSatisfy(size -> assertThat(size).isBetween(1, 16));
    }

    @Test
    void aCallerWhoseItemsAnotherWriterWroteBeforeItTriedForTheTurnLeavesTheTurnFree() throws Exception {
        List<List<Integer>> writes = new CopyOnWriteArrayList<>();
        GroupCommit<Integer> commit = new GroupCommit<>(items -> writes.add(List.copyOf(items)), 100);
        CountDownLatch queued = new CountDownLatch(1);
        CountDownLatch tryForTheTurn = new CountDownLatch(1);
        commit.afterQueueing = () -> {
            if (Thread.currentThread().getName().startsWith("slow")) {
                queued.countDown();
                await(tryForTheTurn);
            }
        };
        Thread slow = new Thread(() -> commit.write(List.of(1)), "slow-caller");
        slow.start();
        assertThat(queued.await(10, TimeUnit.SECONDS)).isTrue();

        commit.write(List.of(2)); // writes the slow caller's item with its own
        tryForTheTurn.countDown();
        slow.join(10_000);
        Future<?> next = callers.submit(() -> commit.write(List.of(3)));
        next.get(10, TimeUnit.SECONDS);

        assertThat(slow.isAlive()).isFalse();
        assertThat(writes).containsExactly(List.of(1, 2), List.of(3));
    }

    @Test
    void aBatchNeverExceedsTheLimitUnlessOneCallerHandsInMore() {
        List<List<Integer>> writes = new ArrayList<>();
        GroupCommit<Integer> commit = new GroupCommit<>(items -> writes.add(List.copyOf(items)), 2);

        commit.write(List.of(1, 2, 3));
        commit.write(List.of(4));

        assertThat(writes).containsExactly(List.of(1, 2, 3), List.of(4));
    }

    @Test
    void aFailedWriteFailsEveryCallerItCarriedAndTheNextWriteStillRuns() {
        List<List<Integer>> writes = new ArrayList<>();
        GroupCommit<Integer> commit = new GroupCommit<>(items -> {
            if (items.contains(-1)) {
                throw new IllegalStateException("the database refused");
            }
            writes.add(List.copyOf(items));
        }, 100);

        assertThatThrownBy(() -> commit.write(List.of(-1))).hasMessage("the database refused");
        commit.write(List.of(7));

        assertThat(writes).containsExactly(List.of(7));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
