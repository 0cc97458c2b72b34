package dev.voucheremulator.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    @Test
    void retriesComeOnVoucherifysScheduleCountedFromTheFirstAttempt() {
        Instant first = Instant.parse("2025-01-01T00:00:00Z");

        assertThat(RetrySchedule.next(first, 1)).contains(first.plus(Duration.ofMinutes(1)));
        assertThat(RetrySchedule.next(first, 11)).contains(first.plus(Duration.ofMinutes(1024)));
        assertThat(RetrySchedule.next(first, 12)).contains(first.plus(Duration.ofHours(24)));
        assertThat(RetrySchedule.next(first, 13)).isEmpty();
    }
}
