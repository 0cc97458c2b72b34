package dev.voucheremulator.api.time;

import java.util.function.Supplier;

/**
 * The project whose clock {@link java.time.Clock#instant()} answers on this thread. The auth filter
 * opens a scope for every {@code /v1} request; work that runs outside a request on behalf of one
 * project (expiry sweeps, pending points, webhook retries) runs inside {@link #runAs} or
 * {@link #callAs}. Outside any scope the clock is wall time.
 */
public final class ProjectTime {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private ProjectTime() {
    }

    /** The project of this thread's scope, or {@code null} outside any. */
    public static String currentProject() {
        return CURRENT.get();
    }

    /** Opens a scope; close it (try-with-resources) to return to the enclosing one. */
    public static Scope enter(String projectId) {
        String previous = CURRENT.get();
        CURRENT.set(projectId);
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        };
    }

    public static void runAs(String projectId, Runnable work) {
        try (Scope ignored = enter(projectId)) {
            work.run();
        }
    }

    public static <T> T callAs(String projectId, Supplier<T> work) {
        try (Scope ignored = enter(projectId)) {
            return work.get();
        }
    }

    /** A project scope; closing it cannot fail. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
