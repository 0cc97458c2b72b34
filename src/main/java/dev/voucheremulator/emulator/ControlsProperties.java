package dev.voucheremulator.emulator;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code emulator.fixtures.dir}: a directory of {@code <project>.json} files loaded at start-up into
 * projects that are empty, and by a reset with {@code ?to=fixtures}. {@code emulator.snapshots.dir}:
 * where named snapshots are written (a temporary directory when unset).
 */
@ConfigurationProperties("emulator")
record ControlsProperties(Fixtures fixtures, Snapshots snapshots) {

    record Fixtures(Path dir) {
    }

    record Snapshots(Path dir) {
    }

    /** Null when unset or empty (an empty path would mean the working directory). */
    Path fixturesDir() {
        return fixtures == null || fixtures.dir() == null || fixtures.dir().toString().isEmpty() ? null : fixtures.dir();
    }

    Path snapshotsDir() {
        return snapshots == null || snapshots.dir() == null || snapshots.dir().toString().isEmpty()
                ? Path.of(System.getProperty("java.io.tmpdir"), "voucherify-emulator-snapshots")
                : snapshots.dir();
    }
}
