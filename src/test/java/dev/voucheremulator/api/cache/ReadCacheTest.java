package dev.voucheremulator.api.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;

import dev.voucheremulator.api.db.ChangeNotifications;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.transaction.support.TransactionOperations;

/** What a project's read cache keeps, and which changes (here or on another instance) drop it. */
class ReadCacheTest {

    final ChangeNotifications notifications = mock(ChangeNotifications.class);
    final ProjectChanges changes = new ProjectChanges(notifications, TransactionOperations.withoutTransaction());
    final AtomicInteger loads = new AtomicInteger();

    @AfterEach
    void stop() {
        changes.stop();
    }

    @Test
    void keepsAValuePerProjectUntilThatProjectChanges() {
        ReadCache<String, Integer> cache = changes.cache(ProjectChanges.Scope.ANY, 100);
        assertThat(cache.get("a", "k", loads::incrementAndGet)).isEqualTo(1);
        assertThat(cache.get("a", "k", loads::incrementAndGet)).isEqualTo(1);
        assertThat(cache.get("b", "k", loads::incrementAndGet)).isEqualTo(2);

        changes.changed("a", ProjectChanges.Scope.ANY);

        assertThat(cache.get("a", "k", loads::incrementAndGet)).isEqualTo(3);
        assertThat(cache.get("b", "k", loads::incrementAndGet)).isEqualTo(2);
    }

    @Test
    void aValueLoadedWhileItsProjectChangesIsNotKept() {
        ReadCache<String, Integer> cache = changes.cache(ProjectChanges.Scope.ANY, 100);
        assertThat(cache.get("a", "k", () -> {
            changes.changed("a", ProjectChanges.Scope.CATALOG); // a write commits while the read runs
            return loads.incrementAndGet();
        })).isEqualTo(1);
        assertThat(cache.get("a", "k", loads::incrementAndGet)).isEqualTo(2);
    }

    @Test
    void validationsAndRedemptionsLeaveTheCatalogCached() {
        ReadCache<String, Integer> catalog = changes.cache(ProjectChanges.Scope.CATALOG, 100);
        catalog.get("a", "k", loads::incrementAndGet);
        changes.changed("a", ProjectChanges.Scope.ANY);
        changes.changed("a", ProjectChanges.Scope.STATE);
        assertThat(catalog.get("a", "k", loads::incrementAndGet)).isEqualTo(1);
        changes.changed("a", ProjectChanges.Scope.CATALOG);
        assertThat(catalog.get("a", "k", loads::incrementAndGet)).isEqualTo(2);
    }

    @Test
    void validationsLeaveTheStateCachedAndRedemptionsDropIt() {
        ReadCache<String, Integer> state = changes.cache(ProjectChanges.Scope.STATE, 100);
        state.get("a", "k", loads::incrementAndGet);
        changes.changed("a", ProjectChanges.Scope.ANY);
        assertThat(state.get("a", "k", loads::incrementAndGet)).isEqualTo(1);
        changes.changed("a", ProjectChanges.Scope.STATE);
        assertThat(state.get("a", "k", loads::incrementAndGet)).isEqualTo(2);
        changes.changed("a", ProjectChanges.Scope.CATALOG);
        assertThat(state.get("a", "k", loads::incrementAndGet)).isEqualTo(3);
    }

    @Test
    void tellsOtherInstancesAndFollowsTheirChanges() {
        ArgumentCaptor<Consumer<String>> subscriber = captor();
        verify(notifications).subscribe(eq(ProjectChanges.CHANNEL), subscriber.capture());
        ReadCache<String, Integer> cache = changes.cache(ProjectChanges.Scope.CATALOG, 100);
        cache.get("a", "k", loads::incrementAndGet);

        changes.changed("a", ProjectChanges.Scope.CATALOG);
        ArgumentCaptor<String> sent = ArgumentCaptor.forClass(String.class);
        verify(notifications, timeout(2_000)).publish(eq(ProjectChanges.CHANNEL), sent.capture());
        assertThat(sent.getValue()).endsWith("|c|a");
        assertThat(cache.get("a", "k", loads::incrementAndGet)).isEqualTo(2);

        subscriber.getValue().accept("another-instance|c|a");
        assertThat(cache.get("a", "k", loads::incrementAndGet)).isEqualTo(3);
        subscriber.getValue().accept("another-instance|d|a"); // its events only
        subscriber.getValue().accept("another-instance|s|a"); // its state
        assertThat(cache.get("a", "k", loads::incrementAndGet)).isEqualTo(3);
        subscriber.getValue().accept(ChangeNotifications.EVERYTHING); // notifications may have been missed
        assertThat(cache.get("a", "k", loads::incrementAndGet)).isEqualTo(4);
    }

    @Test
    void aValuePutByACommittedWriteIsServedUntilTheProjectChanges() {
        ReadCache<String, Integer> state = changes.cache(ProjectChanges.Scope.STATE, 100);
        ReadCache.Stamp beforeTheRead = state.stamp("a");
        state.get("a", "k", loads::incrementAndGet);

        state.put("a", "k", 10, beforeTheRead); // a write changed counters only, and knows the value it left
        changes.countersChanged("a");

        assertThat(state.get("a", "k", loads::incrementAndGet)).isEqualTo(10);
        changes.changed("a", ProjectChanges.Scope.STATE);
        assertThat(state.get("a", "k", loads::incrementAndGet)).isEqualTo(2);
    }

    @Test
    void aValuePutWithAStampFromBeforeAChangeIsNeverServed() {
        ReadCache<String, Integer> state = changes.cache(ProjectChanges.Scope.STATE, 100);
        ReadCache.Stamp beforeTheRead = state.stamp("a");
        changes.changed("a", ProjectChanges.Scope.STATE); // another write committed after the value was read

        state.put("a", "k", 10, beforeTheRead);

        assertThat(state.get("a", "k", loads::incrementAndGet)).isEqualTo(1);
    }

    @Test
    void aLoadThatRacedAPutDoesNotReplaceIt() {
        ReadCache<String, Integer> state = changes.cache(ProjectChanges.Scope.STATE, 100);
        ReadCache.Stamp stamp = state.stamp("a");
        // the load read the row before the write committed; the write put what it left before the load ended
        assertThat(state.get("a", "k", () -> {
            state.put("a", "k", 10, stamp);
            return loads.incrementAndGet();
        })).isEqualTo(1);

        assertThat(state.get("a", "k", loads::incrementAndGet)).isEqualTo(10);
    }

    @Test
    void countersChangedHereMoveOnlyTheEventsButTellOtherInstancesTheStateMoved() {
        ReadCache<String, Integer> state = changes.cache(ProjectChanges.Scope.STATE, 100);
        ReadCache<String, Integer> events = changes.cache(ProjectChanges.Scope.ANY, 100);
        state.get("a", "k", loads::incrementAndGet);
        events.get("a", "k", loads::incrementAndGet);

        changes.countersChanged("a");

        assertThat(state.get("a", "k", loads::incrementAndGet)).isEqualTo(1);
        assertThat(events.get("a", "k", loads::incrementAndGet)).isEqualTo(3);
        ArgumentCaptor<String> sent = ArgumentCaptor.forClass(String.class);
        verify(notifications, timeout(2_000)).publish(eq(ProjectChanges.CHANNEL), sent.capture());
        assertThat(sent.getValue()).endsWith("|s|a");
    }

    @Test
    void aFullCacheStartsOver() {
        ReadCache<Integer, Integer> cache = changes.cache(ProjectChanges.Scope.ANY, 2);
        cache.get("a", 1, loads::incrementAndGet);
        cache.get("a", 2, loads::incrementAndGet);
        cache.get("a", 3, loads::incrementAndGet);
        assertThat(cache.get("a", 3, loads::incrementAndGet)).isEqualTo(3);
        assertThat(cache.get("a", 1, loads::incrementAndGet)).isEqualTo(4);
    }

    @SuppressWarnings("unchecked")
    private static ArgumentCaptor<Consumer<String>> captor() {
        return ArgumentCaptor.forClass(Consumer.class);
    }
}
