package dev.voucheremulator.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.EmulatorTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The events store against PostgreSQL: window edges, hour buckets, shards, bulk loads, compaction. */
@EmulatorTest
class AnalyticsServiceTest {

    private static final Instant T10 = Instant.parse("2031-03-04T10:00:00Z");

    @Autowired
    AnalyticsService analytics;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    final String campaign = "camp_test_" + UUID.randomUUID();

    @Test
    void summaryQueriesRunWithoutParallelWorkers() {
        // Starting two workers took 5 ms of a 6 ms window summary in SummaryBenchmark; every pooled
        // connection turns parallel query off
        for (int i = 0; i < 3; i++) {
            String workers = transactions.execute(status -> jdbc.sql("show max_parallel_workers_per_gather")
                    .query(String.class).single());
            assertThat(workers).isEqualTo("0");
        }
    }

    @Test
    void windowEdgesInsideOneHourAreExactToTheMillisecond() {
        record(T10, T10.plusSeconds(1800), T10.plusSeconds(3600).minusMillis(1));

        assertThat(count(T10, T10.plusSeconds(3600).minusMillis(1))).isEqualTo(3);
        assertThat(count(T10.plusMillis(1), T10.plusSeconds(3600).minusMillis(1))).isEqualTo(2);
        assertThat(count(T10.plusSeconds(1800), T10.plusSeconds(1800))).isEqualTo(1);
        assertThat(count(T10, T10.plusSeconds(3600).minusMillis(2))).isEqualTo(2);
        assertThat(count(T10.plusSeconds(1800), T10)).isZero(); // reversed window
    }

    @Test
    void windowsAcrossHoursCombineHourlySumsAndEdgeEvents() {
        Instant t11 = T10.plusSeconds(3600);
        Instant t12 = T10.plusSeconds(7200);
        record(T10.minusMillis(1), T10, T10.plusSeconds(90), t11, t11.plusSeconds(1), t12);

        assertThat(count(null, null)).isEqualTo(6);
        assertThat(count(T10, t12)).isEqualTo(5);              // both ends on bucket boundaries, inclusive
        assertThat(count(T10, t12.minusMillis(1))).isEqualTo(4);
        assertThat(count(null, T10)).isEqualTo(2);
        assertThat(count(null, T10.minusMillis(1))).isEqualTo(1);
        assertThat(count(t11, null)).isEqualTo(3);
        assertThat(count(t11.plusMillis(1), null)).isEqualTo(2);
        assertThat(count(T10.plusSeconds(60), t11.plusSeconds(1))).isEqualTo(3);
        assertThat(count(T10.minusSeconds(30), t11.minusSeconds(30))).isEqualTo(3);
    }

    @Test
    void everyCounterIsInTheTotalsAndSumsAllItsDeltas() {
        inTransaction(() -> {
            analytics.record(CampaignEvent.of("p", campaign, "redemption.succeeded", T10)
                    .count(Counter.REDEMPTIONS).count(Counter.REDEMPTIONS_SUCCEEDED)
                    .add(Counter.ORDERS_AMOUNT, 2000).add(Counter.DISCOUNTED_AMOUNT, 500).build());
            analytics.record(CampaignEvent.of("p", campaign, "redemption.failed", T10.plusSeconds(5))
                    .count(Counter.REDEMPTIONS).count(Counter.REDEMPTIONS_FAILED)
                    .details(Map.of("reason", "quantity_exceeded")).build());
        });
        Map<Counter, Long> totals = analytics.totals(campaign, null, null);
        assertThat(totals).hasSize(Counter.values().length);
        assertThat(totals.get(Counter.REDEMPTIONS)).isEqualTo(2);
        assertThat(totals.get(Counter.REDEMPTIONS_SUCCEEDED)).isEqualTo(1);
        assertThat(totals.get(Counter.REDEMPTIONS_FAILED)).isEqualTo(1);
        assertThat(totals.get(Counter.ORDERS_AMOUNT)).isEqualTo(2000);
        assertThat(totals.get(Counter.DISCOUNTED_AMOUNT)).isEqualTo(500);
        assertThat(totals.get(Counter.VALIDATIONS)).isZero();
    }

    @Test
    void randomWindowsAgreeWithSummingEventsOneByOne() {
        Random random = new Random(42);
        List<Instant> times = new ArrayList<>();
        List<Long> amounts = new ArrayList<>();
        List<CampaignEvent> events = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            // minute-aligned times often, to hit bucket boundaries exactly
            // ten days, so windows hold whole days, whole hours and partial hours
            long offset = random.nextBoolean() ? random.nextInt(240 * 60) * 60_000L : random.nextLong(240 * 3_600_000L);
            Instant at = T10.plusMillis(offset);
            long amount = 1 + random.nextInt(1000);
            times.add(at);
            amounts.add(amount);
            events.add(CampaignEvent.of("p", campaign, "redemption.succeeded", at)
                    .count(Counter.REDEMPTIONS).add(Counter.ORDERS_AMOUNT, amount).build());
        }
        inTransaction(() -> events.subList(0, 200).forEach(analytics::record));
        inTransaction(() -> analytics.recordAll(events.subList(200, 400)));

        analytics.compact(T10.plus(Duration.ofDays(5))); // some days folded, some not
        for (int i = 0; i < 100; i++) {
            Instant from = random.nextInt(8) == 0 ? null : times.get(random.nextInt(times.size()))
                    .plusMillis(random.nextInt(3) - 1);
            Instant to = random.nextInt(8) == 0 ? null : times.get(random.nextInt(times.size()))
                    .plusMillis(random.nextInt(3) - 1);
            long expectedCount = 0;
            long expectedAmount = 0;
            for (int e = 0; e < times.size(); e++) {
                Instant at = times.get(e);
                if ((from == null || !at.isBefore(from)) && (to == null || !at.isAfter(to))) {
                    expectedCount++;
                    expectedAmount += amounts.get(e);
                }
            }
            Map<Counter, Long> totals = analytics.totals(campaign, from, to);
            assertThat(totals.get(Counter.REDEMPTIONS)).as("[%s, %s]", from, to).isEqualTo(expectedCount);
            assertThat(totals.get(Counter.ORDERS_AMOUNT)).as("[%s, %s]", from, to).isEqualTo(expectedAmount);
        }
    }

    @Test
    void compactionFoldsShardsOfClosedHoursWithoutChangingTotals() {
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            times.add(T10.plusSeconds(i * 97L));
        }
        record(times.toArray(Instant[]::new));
        long before = count(null, null);
        long windowBefore = count(T10.plusSeconds(1000), T10.plusSeconds(5000));
        long rowsBefore = counterRows();

        analytics.compact(T10.plus(Duration.ofDays(1)));

        assertThat(count(null, null)).isEqualTo(before).isEqualTo(64);
        assertThat(count(T10.plusSeconds(1000), T10.plusSeconds(5000))).isEqualTo(windowBefore);
        assertThat(counterRows()).isLessThanOrEqualTo(rowsBefore).isEqualTo(2); // 2 hours (10:00-11:43), 1 counter, 1 shard
        assertThat(jdbc.sql("select count(*) from campaign_counter_daily where campaign_id = ?").param(campaign)
                .query(Long.class).single()).isEqualTo(1);

        // a late event in a folded hour still counts
        record(T10.plusSeconds(30));
        assertThat(count(null, null)).isEqualTo(65);
    }

    @Test
    void windowsAcrossDaysCombineDailySumsHourlySumsAndEdgeEvents() {
        Instant day = Instant.parse("2031-03-04T00:00:00Z");
        Instant nextDay = day.plus(Duration.ofDays(1));
        record(day.minusMillis(1), day, day.plusSeconds(5400), nextDay.minusSeconds(3600), nextDay.minusMillis(1),
                nextDay, nextDay.plus(Duration.ofDays(1)).plusSeconds(1));

        assertThat(count(day, nextDay)).isEqualTo(5);                        // a whole day and its end instant
        assertThat(count(day, nextDay.minusMillis(1))).isEqualTo(4);         // exactly one day
        assertThat(count(day.minusSeconds(1800), nextDay.plusSeconds(1800))).isEqualTo(6);
        assertThat(count(day.plusSeconds(3600), nextDay.minusSeconds(1))).isEqualTo(2);
        assertThat(count(day.plusSeconds(5400), null)).isEqualTo(5);
        assertThat(count(null, nextDay.minusSeconds(3600))).isEqualTo(4);
        assertThat(count(null, null)).isEqualTo(7);
    }

    @Test
    void logEntriesWithoutCountersAreListedButCountNowhere() {
        inTransaction(() -> analytics.record(CampaignEvent.of("p", campaign, "campaign.created", T10)
                .details(Map.of("payload", Map.of("name", "Spring"))).build()));
        record(T10.plusSeconds(60));
        inTransaction(() -> analytics.record(CampaignEvent.of("p", campaign, "campaign.updated",
                T10.plusSeconds(120)).details(Map.of("payload", Map.of("description", "v2"))).build()));

        assertThat(analytics.events(campaign, 0, 10).getContent())
                .extracting(RecordedEvent::type)
                .containsExactly("campaign.created", "publication.succeeded", "campaign.updated");
        assertThat(analytics.events(campaign, 0, 10).getContent().get(2).details())
                .isEqualTo(Map.of("payload", Map.of("description", "v2")));
        assertThat(analytics.events(campaign, 0, 10).getContent().get(0).deltas()).isEmpty();
        assertThat(analytics.totals(campaign, null, null).values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(1);
        assertThat(count(T10, T10.plusSeconds(600))).isEqualTo(1);  // partial hour: summed from the events
        assertThat(counterRows()).isEqualTo(1);
        LocalDate day = LocalDate.of(2031, 3, 4);
        assertThat(analytics.daily(campaign, day, day).get(0).counters().values().stream()
                .mapToLong(Long::longValue).sum()).isEqualTo(1);

        analytics.compact(T10.plus(Duration.ofDays(1)));

        assertThat(count(null, null)).isEqualTo(1);
        assertThat(count(T10, T10.plusSeconds(600))).isEqualTo(1);
        assertThat(analytics.events(campaign, 0, 10).getTotalElements()).isEqualTo(3);
    }

    @Test
    void aReferredCustomerCountsOnce() {
        inTransaction(() -> {
            assertThat(analytics.referralConverted("p", campaign, "cust_a", T10)).isTrue();
            assertThat(analytics.referralConverted("p", campaign, "cust_a", T10.plusSeconds(60))).isFalse();
            assertThat(analytics.referralConverted("p", campaign, "cust_b", T10.plusSeconds(7200))).isTrue();
        });
        assertThat(analytics.totals(campaign, null, null).get(Counter.REFERRED_CUSTOMERS)).isEqualTo(2);
        assertThat(analytics.totals(campaign, T10.plusSeconds(1), null).get(Counter.REFERRED_CUSTOMERS)).isEqualTo(1);
    }

    private void record(Instant... times) {
        inTransaction(() -> {
            for (Instant at : times) {
                analytics.record(CampaignEvent.of("p", campaign, "publication.succeeded", at)
                        .count(Counter.PUBLICATIONS).build());
            }
        });
    }

    private long count(Instant from, Instant to) {
        return analytics.totals(campaign, from, to).get(Counter.PUBLICATIONS);
    }

    private long counterRows() {
        return jdbc.sql("select count(*) from campaign_counter where campaign_id = ?").param(campaign)
                .query(Long.class).single();
    }

    private void inTransaction(Runnable work) {
        transactions.executeWithoutResult(status -> work.run());
    }
}
