package dev.voucheremulator.redemption;

import static dev.voucheremulator.redemption.RedemptionApiTest.body;
import static dev.voucheremulator.redemption.RedemptionApiTest.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.analytics.AnalyticsService;
import dev.voucheremulator.analytics.Counter;
import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.ApiClient.ApiResponse;
import dev.voucheremulator.support.EmulatorTest;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Redemptions of one plain voucher, without a customer or an order to remember, arriving together: each
 * is written with the others of its moment, and each answers and is stored as if it had been alone.
 * (A batch wanting more uses than are left is in {@link RedemptionConcurrencyApiTest}.)
 */
@EmulatorTest
class RedemptionBatchesApiTest {

    private static final int CLIENTS = 32;

    @LocalServerPort
    int port;

    @Autowired
    AnalyticsService analytics;

    ApiClient api;
    String campaignId;
    String code;

    @BeforeEach
    void unlimitedVoucher() {
        api = ApiClient.forProject(port, "batches-" + UUID.randomUUID());
        campaignId = ok(api.post("/v1/campaigns", Map.of("name", "Together", "campaign_type", "DISCOUNT_COUPONS",
                "type", "STANDALONE", "voucher", Map.of("type", "DISCOUNT_VOUCHER",
                        "discount", Map.of("type", "AMOUNT", "amount_off", 500))))).get("id").asString();
        code = ok(api.get("/v1/vouchers?campaign=Together")).get("vouchers").get(0).get("code").asString();
    }

    @Test
    void redemptionsAtTheSameMomentEachTakeTheirOwnUseAndKeepTheirOwnRecords() throws Exception {
        List<ApiResponse> responses = RedemptionConcurrencyApiTest.concurrently(CLIENTS,
                i -> api.post("/v1/redemptions", body(code, 1_000 + i)));

        assertThat(responses).allSatisfy(r -> assertThat(r.status()).as(r.text()).isEqualTo(200));
        List<JsonNode> redeemed = responses.stream().map(r -> r.body().get("redemptions").get(0)).toList();
        // each answer shows the voucher as its own use left it: every count from 1 to 32 once
        assertThat(redeemed.stream().map(r -> r.get("voucher").get("redemption").get("redeemed_quantity").asInt()))
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, CLIENTS).boxed().toList());
        Set<String> orderIds = new HashSet<>();
        for (JsonNode r : redeemed) {
            orderIds.add(r.get("order").get("id").asString());
        }
        assertThat(orderIds).hasSize(CLIENTS);

        assertThat(ok(api.get("/v1/vouchers/" + code)).get("redemption").get("redeemed_quantity").asInt())
                .isEqualTo(CLIENTS);
        JsonNode listed = ok(api.get("/v1/redemptions?limit=100"));
        assertThat(listed.get("total").asLong()).isEqualTo(CLIENTS);
        assertThat(StreamSupport.stream(listed.get("redemptions").spliterator(), false)
                .map(r -> r.get("voucher").get("redemption").get("redeemed_quantity").asInt()))
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, CLIENTS).boxed().toList());
        assertThat(ok(api.get("/v1/orders?limit=100")).get("total").asLong()).isEqualTo(CLIENTS);
        for (String orderId : orderIds) {
            assertThat(ok(api.get("/v1/orders/" + orderId)).get("status").asString()).isEqualTo("PAID");
        }

        long ordersAmount = IntStream.range(0, CLIENTS).mapToLong(i -> 1_000 + i).sum();
        Map<Counter, Long> totals = analytics.totals(campaignId, null, null);
        assertThat(totals.get(Counter.REDEMPTIONS_SUCCEEDED)).isEqualTo(CLIENTS);
        assertThat(totals.get(Counter.ORDERS_AMOUNT)).isEqualTo(ordersAmount);
        assertThat(totals.get(Counter.DISCOUNTED_AMOUNT)).isEqualTo(CLIENTS * 500L);
    }

    @Test
    void aBatchedRedemptionIsReadRolledBackAndCountedLikeAnyOther() {
        JsonNode redemption = ok(api.post("/v1/redemptions", body(code, 4_000))).get("redemptions").get(0);
        String id = redemption.get("id").asString();
        String orderId = redemption.get("order").get("id").asString();

        JsonNode stored = ok(api.get("/v1/redemptions/" + id));
        assertThat(stored.get("voucher").get("code").asString()).isEqualTo(code);
        assertThat(stored.get("voucher").get("redemption").get("redeemed_quantity").asInt()).isEqualTo(1);
        assertThat(stored.get("order").get("id").asString()).isEqualTo(orderId);
        assertThat(stored.get("order").get("amount").asLong()).isEqualTo(4_000);

        ok(api.post("/v1/redemptions/" + id + "/rollback", Map.of()));

        assertThat(ok(api.get("/v1/vouchers/" + code)).get("redemption").get("redeemed_quantity").asInt()).isZero();
        Map<Counter, Long> totals = analytics.totals(campaignId, null, null);
        assertThat(totals.get(Counter.ROLLBACKS_SUCCEEDED)).isEqualTo(1);
        // the order was counted for the campaign when it was redeemed, so its rollback takes the amount back
        assertThat(totals.get(Counter.ORDERS_ROLLEDBACK_AMOUNT)).isEqualTo(4_000);
        // and a second redemption still sees the voucher as the rollback left it
        JsonNode again = ok(api.post("/v1/redemptions", body(code, 1_000))).get("redemptions").get(0);
        assertThat(again.get("voucher").get("redemption").get("redeemed_quantity").asInt()).isEqualTo(1);
    }

    @Test
    void aVoucherAnotherRequestUsedSinceTheLastBatchIsTakenAsItIsNow() {
        String limited = ok(api.post("/v1/vouchers", Map.of("type", "DISCOUNT_VOUCHER",
                "discount", Map.of("type", "AMOUNT", "amount_off", 100),
                "redemption", Map.of("quantity", 3)))).get("code").asString();
        JsonNode first = ok(api.post("/v1/redemptions", body(limited, 1_000))).get("redemptions").get(0);
        // a redemption for a customer takes the usual way, past the batches' own count of the voucher
        ok(api.post("/v1/redemptions", Map.of("redeemables", List.of(Map.of("object", "voucher", "id", limited)),
                "customer", Map.of("source_id", "other-way"), "order", Map.of("amount", 1_000))));

        JsonNode third = ok(api.post("/v1/redemptions", body(limited, 1_000))).get("redemptions").get(0);
        ApiResponse fourth = api.post("/v1/redemptions", body(limited, 1_000));

        assertThat(first.get("voucher").get("redemption").get("redeemed_quantity").asInt()).isEqualTo(1);
        assertThat(third.get("voucher").get("redemption").get("redeemed_quantity").asInt()).isEqualTo(3);
        assertThat(ok(api.get("/v1/redemptions/" + third.get("id").asString())).get("voucher").get("redemption")
                .get("redeemed_quantity").asInt()).isEqualTo(3);
        assertThat(fourth.status()).as(fourth.text()).isEqualTo(400);
        assertThat(fourth.body().get("key").asString()).isEqualTo("quantity_exceeded");
        assertThat(ok(api.get("/v1/vouchers/" + limited)).get("redemption").get("redeemed_quantity").asInt())
                .isEqualTo(3);
        assertThat(ok(api.get("/v1/orders?limit=100")).get("total").asLong()).isEqualTo(3);
    }
}
