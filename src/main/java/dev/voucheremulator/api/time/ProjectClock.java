package dev.voucheremulator.api.time;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The {@link Clock} bean: the test clock of the project in scope (see {@link ProjectTime}), else wall time. */
final class ProjectClock extends Clock {

    private final ProjectClocks clocks;
    private final ZoneId zone;

    ProjectClock(ProjectClocks clocks) {
        this(clocks, ZoneOffset.UTC);
    }

    private ProjectClock(ProjectClocks clocks, ZoneId zone) {
        this.clocks = clocks;
        this.zone = zone;
    }

    @Override
    public Instant instant() {
        return clocks.now(ProjectTime.currentProject());
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return other.equals(zone) ? this : new ProjectClock(clocks, other);
    }
}
