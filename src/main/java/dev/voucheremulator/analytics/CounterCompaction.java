package dev.voucheremulator.analytics;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Folds the counter shards of hours that are over, so a campaign's summary reads about one row
 * per hour and counter however many writers it had. Totals never change by it.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CounterCompaction {

    private static final Logger log = LoggerFactory.getLogger(CounterCompaction.class);

    private final AnalyticsService analytics;
    private final Clock clock;

    CounterCompaction(AnalyticsService analytics, Clock clock) {
        this.analytics = analytics;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${emulator.analytics.compaction-interval:PT10M}",
            initialDelayString = "${emulator.analytics.compaction-interval:PT10M}")
    void compact() {
        int folded = analytics.compact(clock.instant());
        if (folded > 0) {
            log.debug("folded {} counter shard rows", folded);
        }
    }
}
