package dev.voucheremulator.redemption;

import static dev.voucheremulator.redemption.RedemptionApiTest.body;
import static dev.voucheremulator.redemption.RedemptionApiTest.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.analytics.AnalyticsService;
import dev.voucheremulator.analytics.Counter;
import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.ApiClient.ApiResponse;
import dev.voucheremulator.support.EmulatorTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@EmulatorTest
class RedemptionConcurrencyApiTest {

    private static final int CLIENTS = 64;
    private static final int USES = 5;

    @LocalServerPort
    int port;

    @Autowired
    AnalyticsService analytics;

    @Test
    void lastUseIsTakenExactlyOnceAndTheCountersAgreeWithTheAnswers() throws Exception {
        ApiClient api = ApiClient.forProject(port, "rush-" + UUID.randomUUID());
        JsonNode campaign = ok(api.post("/v1/campaigns", Map.of("name", "Rush", "campaign_type", "DISCOUNT_COUPONS",
                "type", "STANDALONE", "voucher", Map.of("type", "DISCOUNT_VOUCHER",
                        "discount", Map.of("type", "AMOUNT", "amount_off", 500),
                        "redemption", Map.of("quantity", USES)))));
        String campaignId = campaign.get("id").asString();
        String code = ok(api.get("/v1/vouchers?campaign=Rush")).get("vouchers").get(0).get("code").asString();

        List<ApiResponse> responses = concurrently(i -> api.post("/v1/redemptions", body(code, 1_000 + i)));

        long succeeded = responses.stream().filter(r -> r.status() == 200).count();
        long exceeded = responses.stream()
                .filter(r -> r.status() == 400 && "quantity_exceeded".equals(r.body().get("key").asString()))
                .count();
        assertThat(responses).allSatisfy(r -> assertThat(r.status()).as(r.text()).isIn(200, 400));
        assertThat(succeeded).isEqualTo(USES);
        assertThat(exceeded).isEqualTo(CLIENTS - USES);
        long ordersAmount = responses.stream().filter(r -> r.status() == 200)
                .mapToLong(r -> r.body().get("order").get("amount").asLong()).sum();

        assertThat(ok(api.get("/v1/vouchers/" + code)).get("redemption").get("redeemed_quantity").asInt())
                .isEqualTo(USES);
        Map<Counter, Long> totals = analytics.totals(campaignId, null, null);
        assertThat(totals.get(Counter.REDEMPTIONS)).isEqualTo(CLIENTS);
        assertThat(totals.get(Counter.REDEMPTIONS_SUCCEEDED)).isEqualTo(succeeded);
        assertThat(totals.get(Counter.REDEMPTIONS_FAILED)).isEqualTo(exceeded);
        assertThat(totals.get(Counter.ORDERS_AMOUNT)).isEqualTo(ordersAmount);
        assertThat(totals.get(Counter.DISCOUNTED_AMOUNT)).isEqualTo(USES * 500L);

        JsonNode summary = ok(api.get("/v1/campaigns/" + campaignId + "/summary"));
        assertThat(summary.get("redemptions_succeeded").asLong()).isEqualTo(succeeded);
        assertThat(summary.get("redemptions_failed").asLong()).isEqualTo(exceeded);
        assertThat(ok(api.get("/v1/redemptions?result=SUCCESS&limit=100")).get("total").asLong()).isEqualTo(USES);
        assertThat(ok(api.get("/v1/redemptions?result=FAILURE&limit=100")).get("total").asLong())
                .isEqualTo(CLIENTS - USES);
    }

    @Test
    void giftCardCreditsAreNeverOverdrawn() throws Exception {
        ApiClient api = ApiClient.forProject(port, "gift-rush-" + UUID.randomUUID());
        JsonNode campaign = ok(api.post("/v1/campaigns", Map.of("name", "Gift rush", "campaign_type", "GIFT_VOUCHERS",
                "vouchers_count", 1, "voucher", Map.of("type", "GIFT_VOUCHER", "gift", Map.of("amount", 10_000)))));
        String code = ok(api.get("/v1/vouchers?campaign_id=" + campaign.get("id").asString())).get("vouchers").get(0)
                .get("code").asString();

        List<ApiResponse> responses = concurrently(i -> api.post("/v1/redemptions", Map.of(
                "redeemables", List.of(Map.of("object", "voucher", "id", code, "gift", Map.of("credits", 1_000))),
                "order", Map.of("amount", 5_000))));

        long succeeded = responses.stream().filter(r -> r.status() == 200).count();
        assertThat(succeeded).isEqualTo(10);
        assertThat(responses).filteredOn(r -> r.status() != 200).allSatisfy(r -> {
            assertThat(r.status()).as(r.text()).isEqualTo(400);
            assertThat(r.body().get("key").asString()).isEqualTo("gift_amount_exceeded");
        });
        assertThat(ok(api.get("/v1/vouchers/" + code)).get("gift").get("balance").asLong()).isZero();
        Map<Counter, Long> totals = analytics.totals(campaign.get("id").asString(), null, null);
        assertThat(totals.get(Counter.AMOUNT_REDEEMED)).isEqualTo(10_000);
        assertThat(totals.get(Counter.REDEMPTIONS_FAILED)).isEqualTo(CLIENTS - 10);
    }

    @Test
    void validationsAtTheSameMomentAreEachCountedOnceBeforeTheyAnswer() throws Exception {
        ApiClient api = ApiClient.forProject(port, "validation-rush-" + UUID.randomUUID());
        JsonNode campaign = ok(api.post("/v1/campaigns", Map.of("name", "Checked", "campaign_type", "DISCOUNT_COUPONS",
                "vouchers_count", 2, "voucher", Map.of("type", "DISCOUNT_VOUCHER",
                        "discount", Map.of("type", "AMOUNT", "amount_off", 500)))));
        JsonNode vouchers = ok(api.get("/v1/vouchers?campaign=Checked")).get("vouchers");
        String valid = vouchers.get(0).get("code").asString();
        String disabled = vouchers.get(1).get("code").asString();
        ok(api.post("/v1/vouchers/" + disabled + "/disable", null));

        // no customer and no order to remember: each validation only counts, sharing statements with the others
        List<ApiResponse> responses = concurrently(i -> api.post("/v1/validations", Map.of(
                "redeemables", List.of(Map.of("object", "voucher", "id", i % 2 == 0 ? valid : disabled)),
                "order", Map.of("amount", 5_000))));

        assertThat(responses).allSatisfy(r -> assertThat(r.status()).as(r.text()).isEqualTo(200));
        assertThat(responses).filteredOn(r -> r.body().get("valid").asBoolean()).hasSize(CLIENTS / 2);
        JsonNode summary = ok(api.get("/v1/campaigns/" + campaign.get("id").asString() + "/summary"));
        assertThat(summary.get("validations").asLong()).isEqualTo(CLIENTS);
        assertThat(summary.get("validations_succeeded").asLong()).isEqualTo(CLIENTS / 2);
        assertThat(summary.get("validations_failed").asLong()).isEqualTo(CLIENTS / 2);
    }

    interface Call {
        ApiResponse send(int client);
    }

    private static List<ApiResponse> concurrently(Call call) throws Exception {
        return concurrently(CLIENTS, call);
    }

    /** Every client sends at the same moment. */
    static List<ApiResponse> concurrently(int clients, Call call) throws Exception {
        List<ApiResponse> responses = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ApiResponse>> futures = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                int client = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.send(client);
                }));
            }
            start.countDown();
            for (Future<ApiResponse> future : futures) {
                responses.add(future.get(120, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        return responses;
    }
}
