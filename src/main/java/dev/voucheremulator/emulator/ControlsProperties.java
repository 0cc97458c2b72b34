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

    Path fixturesDir() {
        return fixtures == null ? null : fixtures.dir();
    }

    Path snapshotsDir() {
        return snapshots == null || snapshots.dir() == null
                ? Path.of(System.getProperty("java.io.tmpdir"), "voucherify-emulator-snapshots")
                : snapshots.dir();
    }
}
