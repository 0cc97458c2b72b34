package dev.voucheremulator.api.time;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The test clocks of the projects, stored in {@code project_clock} so that every instance agrees and
 * a restart keeps them. A project without a row, or with {@code frozen_time} null, runs on wall time.
 *
 * <p>Reading time must cost no SQL: the clock is read several times by every request (a redemption
 * may send at most 10 statements in all). So each instance keeps every clock in memory: loaded at
 * start-up, updated at once by the writes it makes itself, and refreshed from the rows whose
 * {@code version} (a sequence) grew, by one scheduled query every {@code emulator.clock.refresh-interval}
 * (1 s). The trade-off: a clock moved through one instance reaches the others up to that interval
 * late, while the instance that moved it answers with the new time from the next request on; a test
 * suite behind a load balancer should wait that long after moving a clock. Forward-only is decided
 * by the database (a conditional upsert), so two instances cannot move a frozen clock back.
 */
@Component
public class ProjectClocks implements SmartInitializingSingleton {

    // Versions are taken in the statement that commits them, so one committing late is rare and
    // close behind; every refresh re-reads this many versions below the highest one seen.
    private static final long REREAD = 100;

    private final JdbcClient jdbc;
    private final WallClock wall;
    private final Map<String, State> byProject = new ConcurrentHashMap<>();
    private volatile long seen;

    ProjectClocks(JdbcClient jdbc, WallClock wall) {
        this.jdbc = jdbc;
        this.wall = wall;
    }

    /** What a project's clock stands at, persisted under {@code version}; {@code frozenTime} null = wall time. */
    public record State(Instant frozenTime, long version) {
    }

    /** The project's time: its frozen time, or wall time (also for {@code projectId} null). */
    public Instant now(String projectId) {
        if (projectId != null) {
            State state = byProject.get(projectId);
            if (state != null && state.frozenTime() != null) {
                return state.frozenTime();
            }
        }
        return wall.instant();
    }

    public Instant wallTime() {
        return wall.instant();
    }

    /** The instant the project's clock is frozen at, empty when it runs on wall time. */
    public Optional<Instant> frozenTime(String projectId) {
        return Optional.ofNullable(byProject.get(projectId)).map(State::frozenTime);
    }

    /** Every project whose clock is frozen, with its time: work scheduled per project reads these. */
    public Map<String, Instant> frozenProjects() {
        Map<String, Instant> frozen = new java.util.HashMap<>();
        byProject.forEach((project, state) -> {
            if (state.frozenTime() != null) {
                frozen.put(project, state.frozenTime());
            }
        });
        return frozen;
    }

    /**
     * Freezes the project's clock at {@code at} (millisecond precision). Refused (false, nothing
     * changed) when the clock is frozen at a later instant already: time only moves forward. A clock
     * on wall time may be frozen at any instant.
     */
    public boolean freeze(String projectId, Instant at) {
        Instant time = at.truncatedTo(ChronoUnit.MILLIS);
        Optional<Long> version = jdbc.sql("""
                        insert into project_clock (project_id, frozen_time, version, updated_at)
                        values (:project, :time, nextval('project_clock_version'), now())
                        on conflict (project_id) do update
                        set frozen_time = excluded.frozen_time, version = excluded.version, updated_at = now()
                        where project_clock.frozen_time is null or project_clock.frozen_time <= excluded.frozen_time
                        returning version""")
                .param("project", projectId)
                .param("time", Timestamp.from(time))
                .query(Long.class)
                .optional();
        version.ifPresent(v -> apply(projectId, new State(time, v)));
        return version.isPresent();
    }

    /** Back to wall time. */
    public void release(String projectId) {
        jdbc.sql("""
                        update project_clock set frozen_time = null, version = nextval('project_clock_version'),
                            updated_at = now()
                        where project_id = :project
                        returning version""")
                .param("project", projectId)
                .query(Long.class)
                .optional()
                .ifPresent(v -> apply(projectId, new State(null, v)));
    }

    /** Every project back to wall time (a reset of everything). */
    public void releaseAll() {
        jdbc.sql("update project_clock set frozen_time = null, version = nextval('project_clock_version'), "
                + "updated_at = now() where frozen_time is not null").update();
        refresh();
    }

    @Override
    public void afterSingletonsInstantiated() {
        refresh();
    }

    /** Takes in the clocks other instances moved. */
    @Scheduled(fixedDelayString = "${emulator.clock.refresh-interval:PT1S}",
            initialDelayString = "${emulator.clock.refresh-interval:PT1S}")
    public void refresh() {
        jdbc.sql("select project_id, frozen_time, version from project_clock where version > :since")
                .param("since", seen - REREAD)
                .query((rs, row) -> {
                    Timestamp frozen = rs.getTimestamp("frozen_time");
                    apply(rs.getString("project_id"),
                            new State(frozen == null ? null : frozen.toInstant(), rs.getLong("version")));
                    return null;
                })
                .list();
    }

    private void apply(String projectId, State state) {
        byProject.merge(projectId, state, (old, fresh) -> fresh.version() > old.version() ? fresh : old);
        synchronized (this) {
            if (state.version() > seen) {
                seen = state.version();
            }
        }
    }
}
