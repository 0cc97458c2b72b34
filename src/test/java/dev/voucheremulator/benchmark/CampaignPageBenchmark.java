package dev.voucheremulator.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.analytics.AnalyticsService;
import dev.voucheremulator.analytics.CampaignEvent;
import dev.voucheremulator.analytics.Counter;
import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.ApiClient.ApiResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code ./mvnw -Pbenchmark test -Dtest=CampaignPageBenchmark}: a coupon campaign and a loyalty program
 * of 10,000 codes each with 100,000 events over 90 days, then the time to render each tab of their
 * dashboard pages over HTTP (median, p95 and max of 20 renders after a warm-up). Prints, never asserts a time.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spec.exchanges.file=false", "logging.level.root=WARN"})
class CampaignPageBenchmark {

    private static final int VOUCHERS = 10_000;
    private static final int EVENTS = Integer.getInteger("benchmark.events", 100_000);
    private static final int DAYS = 90;
    private static final int WARMUP = 5;
    private static final int RENDERS = 20;

    @LocalServerPort
    int port;

    @Autowired
    AnalyticsService analytics;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Clock clock;

    @Test
    void campaignPagesOfTenThousandVouchersAndAHundredThousandEvents() {
        ApiClient api = ApiClient.forProject(port, "page-benchmark");
        String coupons = created(api.post("/v1/campaigns", Map.of("name", "Page Coupons", "type", "AUTO_UPDATE",
                "vouchers_count", VOUCHERS, "voucher", Map.of("type", "DISCOUNT_VOUCHER",
                        "discount", Map.of("type", "AMOUNT", "amount_off", 2000)))));
        String loyalty = created(api.post("/v1/loyalties", Map.of("name", "Page Loyalty", "vouchers_count", VOUCHERS,
                "voucher", Map.of("type", "LOYALTY_CARD", "loyalty_card", Map.of("points", 100)))));
        for (String campaignId : List.of(coupons, loyalty)) {
            assertThat(api.get("/v1/vouchers?campaign_id=" + campaignId).body().get("total").asInt())
                    .isEqualTo(VOUCHERS);
            load(campaignId);
            String html = api.get("/dashboard/campaigns/" + campaignId + "?app_id=page-benchmark").text();
            List<String> tabs = Arrays.stream(html.split("tab=")).skip(1)
                    .map(s -> s.substring(0, s.indexOf('"')).replace("&amp;", "&").split("&")[0])
                    .filter(tab -> !tab.isEmpty()).distinct().toList();
            for (String tab : tabs) {
                render(api, campaignId, tab);
            }
        }
    }

    private void render(ApiClient api, String campaignId, String tab) {
        String path = "/dashboard/campaigns/" + campaignId + "?app_id=page-benchmark&tab=" + tab;
        for (int i = 0; i < WARMUP; i++) {
            assertThat(api.get(path).status()).isEqualTo(200);
        }
        long[] millis = new long[RENDERS];
        int bytes = 0;
        for (int i = 0; i < RENDERS; i++) {
            long started = System.nanoTime();
            ApiResponse page = api.get(path);
            millis[i] = (System.nanoTime() - started) / 1_000_000;
            assertThat(page.status()).isEqualTo(200);
            bytes = page.text().length();
        }
        Arrays.sort(millis);
        System.out.printf("[benchmark] page %s tab=%-20s median %4d ms  p95 %4d ms  max %4d ms  (%,d chars)%n",
                campaignId, tab.replace("%20", " "), millis[RENDERS / 2], millis[(int) (RENDERS * 0.95) - 1],
                millis[RENDERS - 1], bytes);
    }

    /** 100,000 validation, redemption, publication and rollback events over 90 days, in batches. */
    private void load(String campaignId) {
        Random random = new Random(3);
        Instant end = clock.instant();
        long window = Duration.ofDays(DAYS).toMillis();
        long started = System.nanoTime();
        for (int loaded = 0; loaded < EVENTS; loaded += 10_000) {
            List<CampaignEvent> batch = new ArrayList<>();
            for (int i = 0; i < Math.min(10_000, EVENTS - loaded); i++) {
                Instant at = end.minusMillis((long) (random.nextDouble() * window));
                int kind = random.nextInt(4);
                batch.add(switch (kind) {
                    case 0 -> CampaignEvent.of("page-benchmark", campaignId, "validation.succeeded", at)
                            .count(Counter.VALIDATIONS).count(Counter.VALIDATIONS_SUCCEEDED).build();
                    case 1 -> CampaignEvent.of("page-benchmark", campaignId, "redemption.succeeded", at)
                            .count(Counter.REDEMPTIONS).count(Counter.REDEMPTIONS_SUCCEEDED)
                            .add(Counter.ORDERS_AMOUNT, 5_000).add(Counter.DISCOUNTED_AMOUNT, 2_000).build();
                    case 2 -> CampaignEvent.of("page-benchmark", campaignId, "publication.succeeded", at)
                            .count(Counter.PUBLICATIONS).count(Counter.PUBLICATIONS_SUCCEEDED).build();
                    default -> CampaignEvent.of("page-benchmark", campaignId, "rollback.succeeded", at)
                            .count(Counter.ROLLBACKS).count(Counter.ROLLBACKS_SUCCEEDED).build();
                });
            }
            transactions.executeWithoutResult(status -> analytics.recordAll(batch));
        }
        System.out.printf("[benchmark] loaded %,d events into %s in %.1f s%n", EVENTS, campaignId,
                (System.nanoTime() - started) / 1e9);
    }

    private static String created(ApiResponse response) {
        assertThat(response.status()).as(response.text()).isBetween(200, 202);
        return response.body().get("id").asString();
    }
}
