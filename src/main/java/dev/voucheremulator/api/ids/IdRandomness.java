package dev.voucheremulator.api.ids;

import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Where ids and generated voucher codes draw their randomness: the thread's {@link ThreadLocalRandom}
 * unless the current thread works for a project with a seed, in which case the project's seeded
 * generator makes the same calls give the same ids on every run. The seed itself is a control of the
 * {@code emulator} feature; it installs a {@link Supplier} per request.
 *
 * <p>Ids and codes must be unique, not secret (they are an emulator's): each thread's generator has 64
 * bits of state of its own. One shared {@code SecureRandom} took its lock for every character of every
 * id, and under a load of redemptions it was where request threads waited most, the server's
 * selector aside.
 */
public final class IdRandomness {

    private static final ThreadLocal<Random> CURRENT = new ThreadLocal<>();

    private IdRandomness() {
    }

    /** The generator for this thread: the project's seeded one while a seed is in use, else the thread's own. */
    public static Random current() {
        Random seeded = CURRENT.get();
        return seeded == null ? ThreadLocalRandom.current() : seeded;
    }

    /** Makes {@code random} this thread's source until the returned scope is closed. */
    public static Scope use(Random random) {
        Random previous = CURRENT.get();
        CURRENT.set(random);
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        };
    }

    /** Closing restores the source the thread had before; closing never throws. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
