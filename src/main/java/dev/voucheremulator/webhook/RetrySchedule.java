package dev.voucheremulator.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Voucherify's retries: 1, 2, 4, ... 1024 minutes and 24 hours after the first attempt, twelve in all.
 * Counted from the first attempt, not from the previous one.
 */
final class RetrySchedule {

    static final List<Duration> AFTER_FIRST_ATTEMPT = List.of(
            Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(8),
            Duration.ofMinutes(16), Duration.ofMinutes(32), Duration.ofMinutes(64), Duration.ofMinutes(128),
            Duration.ofMinutes(256), Duration.ofMinutes(512), Duration.ofMinutes(1024), Duration.ofHours(24));

    private RetrySchedule() {
    }

    /** When to try again after {@code attemptsMade} failed attempts; empty when the last retry failed. */
    static Optional<Instant> next(Instant firstAttempt, int attemptsMade) {
        if (attemptsMade < 1 || attemptsMade > AFTER_FIRST_ATTEMPT.size()) {
            return Optional.empty();
        }
        return Optional.of(firstAttempt.plus(AFTER_FIRST_ATTEMPT.get(attemptsMade - 1)));
    }
}
