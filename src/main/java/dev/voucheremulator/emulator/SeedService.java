package dev.voucheremulator.emulator;

import dev.voucheremulator.api.ids.IdRandomness;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Per-project seeds: while one is set, the project's ids and generated codes come from a generator
 * seeded with it, so the same calls in the same order give the same ids on every run. Set it on an
 * empty project (after a reset): replaying a sequence over the rows it created would repeat their ids. Per project
 * (not global, as in moto) so parallel test classes do not shift each other's sequences. A reset of
 * the project starts the sequence again; a reset of everything forgets the seeds.
 */
@Service
public class SeedService {

    private final Map<String, Seeded> seeds = new ConcurrentHashMap<>();

    public void set(String projectId, long seed) {
        seeds.put(projectId, new Seeded(seed, generator(projectId, seed)));
    }

    public void clear(String projectId) {
        seeds.remove(projectId);
    }

    public Optional<Long> seed(String projectId) {
        return Optional.ofNullable(seeds.get(projectId)).map(Seeded::seed);
    }

    /** Makes the project's seeded generator (if any) the current thread's id source until closed. */
    public IdRandomness.Scope enter(String projectId) {
        Seeded seeded = seeds.get(projectId);
        return seeded == null ? () -> { } : IdRandomness.use(seeded.random());
    }

    @EventListener
    void onReset(ProjectReset reset) {
        if (reset.all()) {
            seeds.clear();
        } else {
            seeds.computeIfPresent(reset.projectId(), (p, s) -> new Seeded(s.seed(), generator(p, s.seed())));
        }
    }

    /**
     * Ids are unique across projects (they are primary keys), so the project takes part in the
     * sequence: two projects with one seed get different ids, each the same on every run.
     */
    private static Random generator(String projectId, long seed) {
        return new Random(seed * 0x9E3779B97F4A7C15L + projectId.hashCode());
    }

    // java.util.Random is thread-safe; concurrent calls of one project only interleave draws.
    private record Seeded(long seed, Random random) {
    }
}
