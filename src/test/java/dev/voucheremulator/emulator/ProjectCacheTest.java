package dev.voucheremulator.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import dev.voucheremulator.api.db.ChangeNotifications;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class ProjectCacheTest {

    final Map<String, String> table = new HashMap<>();
    final List<String> loads = new ArrayList<>();
    Runnable duringLoad = () -> { };
    ProjectCache<String> cache;
    Consumer<String> notify;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void cacheOverATable() {
        ChangeNotifications notifications = mock(ChangeNotifications.class);
        cache = new ProjectCache<>(notifications, "test_channel", project -> {
            loads.add(project);
            String value = table.getOrDefault(project, "none");
            duringLoad.run();
            return value;
        }, () -> {
            loads.add("*");
            return Map.copyOf(table);
        }, "none");
        ArgumentCaptor<Consumer<String>> subscriber = ArgumentCaptor.forClass(Consumer.class);
        verify(notifications).subscribe(eq("test_channel"), subscriber.capture());
        notify = subscriber.getValue();
    }

    @Test
    void beforeTheFirstAnnouncementEachProjectLoadsOnce() {
        table.put("p1", "rules");

        assertThat(cache.get("p1")).isEqualTo("rules");
        assertThat(cache.get("p1")).isEqualTo("rules");
        assertThat(cache.get("p2")).isEqualTo("none");
        assertThat(cache.get("p2")).isEqualTo("none");

        assertThat(loads).containsExactly("p1", "p2");
    }

    @Test
    void onceEverythingIsLoadedAProjectWithoutRowsCostsNothing() {
        table.put("p1", "rules");
        notify.accept(ChangeNotifications.EVERYTHING);

        assertThat(cache.get("p1")).isEqualTo("rules");
        assertThat(cache.get("unknown")).isEqualTo("none");

        assertThat(loads).containsExactly("*");
    }

    @Test
    void aChangeOfOneProjectReloadsThatProjectOnly() {
        table.put("p1", "old");
        table.put("p2", "other");
        notify.accept(ChangeNotifications.EVERYTHING);

        table.put("p1", "new");
        notify.accept("p1");

        assertThat(cache.get("p1")).isEqualTo("new");
        assertThat(cache.get("p2")).isEqualTo("other");
        assertThat(loads).containsExactly("*", "p1");
    }

    @Test
    void aLoadOvertakenByAChangeIsNotKept() {
        table.put("p1", "old");
        duringLoad = () -> {
            duringLoad = () -> { };
            table.put("p1", "new");
            notify.accept("p1");
        };

        assertThat(cache.get("p1")).isEqualTo("old");
        assertThat(cache.get("p1")).isEqualTo("new");
        assertThat(cache.get("p1")).isEqualTo("new");
        assertThat(loads).containsExactly("p1", "p1");
    }

    @Test
    void aWriteOutsideATransactionIsSeenAtOnce() {
        table.put("p1", "old");
        assertThat(cache.get("p1")).isEqualTo("old");

        table.put("p1", "new");
        cache.changedAfterCommit("p1");

        assertThat(cache.get("p1")).isEqualTo("new");
    }
}
