package dev.voucheremulator.api.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Directories of dead JVMs are cleaned up; those of live ones are left alone. */
class EmbeddedPostgresDirectoryTest {

    @Test
    void removesTheTemporaryDatabasesOfJvmsThatAreGone(@TempDir Path parent) throws Exception {
        Path orphan = parent.resolve("4242-dead");
        Files.createDirectories(orphan.resolve("data"));
        Files.writeString(orphan.resolve("owner.lock"), "");
        Files.writeString(orphan.resolve("data").resolve("PG_VERSION"), "17");
        Path crashedWhileCreating = parent.resolve("4343-old");
        Files.createDirectories(crashedWhileCreating);
        Files.setLastModifiedTime(crashedWhileCreating, FileTime.from(Instant.now().minus(2, ChronoUnit.HOURS)));
        Path justCreated = Files.createDirectories(parent.resolve("4444-new"));
        Path live = parent.resolve("4545-live");
        Files.createDirectories(live);
        try (FileChannel channel = FileChannel.open(live.resolve("owner.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
             var lock = channel.lock();
             EmbeddedPostgresDirectory mine = EmbeddedPostgresDirectory.temporary(parent)) {
            assertThat(orphan).doesNotExist();
            assertThat(crashedWhileCreating).doesNotExist();
            assertThat(justCreated).exists();
            assertThat(live).exists();
            assertThat(mine.dataDirectory().getParent()).exists().hasParent(parent);
            assertThat(mine.removableRoot()).isEqualTo(mine.dataDirectory().getParent());
        }
        assertThat(Files.list(parent).map(p -> p.getFileName().toString()).sorted().toList())
                .containsExactly("4444-new", "4545-live");
    }

    @Test
    void refusesADataDirectoryALiveEmulatorHolds(@TempDir Path dir) throws Exception {
        try (FileChannel channel = FileChannel.open(dir.resolve("epg-lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
             var lock = channel.lock()) {
            assertThatThrownBy(() -> EmbeddedPostgresDirectory.persistent(dir))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("in use by another running emulator");
        }
        try (EmbeddedPostgresDirectory free = EmbeddedPostgresDirectory.persistent(dir)) {
            assertThat(free.dataDirectory()).isEqualTo(dir.toAbsolutePath().normalize());
            assertThat(free.removableRoot()).isNull();
        }
        assertThat(dir).exists();
    }
}
