package dev.voucheremulator.voucher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.ApiClient.ApiResponse;
import dev.voucheremulator.support.EmulatorTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A voucher after it was issued: updated, disabled and enabled, its card balance changed by hand. */
@EmulatorTest
class VoucherLifecycleApiTest {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void project() {
        api = ApiClient.forProject(port, "voucher-lifecycle-" + UUID.randomUUID());
    }

    @Test
    void updateSetsClearsAndLeavesEachPropertyAsSent() {
        ok(api.post("/v1/vouchers/SPRING-10", Map.of("type", "DISCOUNT_VOUCHER", "category", "Spring",
                "discount", Map.of("type", "PERCENT", "percent_off", 10),
                "start_date", "2025-01-01T00:00:00Z", "expiration_date", "2030-01-01T00:00:00Z",
                "validity_day_of_week", List.of(1, 2), "additional_info", "first",
                "metadata", Map.of("region", "EMEA"))));

        JsonNode updated = ok(api.put("/v1/vouchers/SPRING-10", Map.of("additional_info", "second",
                "discount", Map.of("type", "PERCENT", "percent_off", 20), "metadata", Map.of("region", "APAC"),
                "validity_timeframe", Map.of("interval", "P2D", "duration", "PT1H"))));
        assertThat(updated.get("additional_info").asString()).isEqualTo("second");
        assertThat(updated.get("discount").get("percent_off").asInt()).isEqualTo(20);
        assertThat(updated.get("metadata").get("region").asString()).isEqualTo("APAC");
        assertThat(updated.get("validity_timeframe").get("interval").asString()).isEqualTo("P2D");
        // what was not sent stays
        assertThat(updated.get("category").asString()).isEqualTo("Spring");
        assertThat(updated.get("expiration_date").asString()).isEqualTo("2030-01-01T00:00:00.000Z");
        assertThat(updated.get("validity_day_of_week").size()).isEqualTo(2);
        assertThat(updated.get("updated_at").asString()).isNotBlank();

        Map<String, Object> clear = new LinkedHashMap<>();
        clear.put("expiration_date", null);
        clear.put("category", null);
        clear.put("additional_info", null);
        clear.put("metadata", null);
        clear.put("validity_day_of_week", null);
        JsonNode cleared = ok(api.put("/v1/vouchers/SPRING-10", clear));
        assertThat(cleared.get("expiration_date").isNull()).isTrue();
        assertThat(cleared.get("category").isNull()).isTrue();
        assertThat(cleared.get("category_id").isNull()).isTrue();
        assertThat(cleared.get("additional_info").isNull()).isTrue();
        assertThat(cleared.get("metadata").size()).isZero();
        assertThat(cleared.has("validity_day_of_week")).isFalse();
        assertThat(cleared.get("start_date").asString()).isEqualTo("2025-01-01T00:00:00.000Z");
        assertThat(cleared.get("discount").get("percent_off").asInt()).isEqualTo(20);

        // and it is stored so
        JsonNode read = ok(api.get("/v1/vouchers/" + cleared.get("id").asString()));
        assertThat(read.get("expiration_date").isNull()).isTrue();
        assertThat(read.get("additional_info").isNull()).isTrue();
    }

    @Test
    void updateAcceptsTheTypeItCannotChangeAndRefusesWhatDoesNotFit() {
        String card = ok(api.post("/v1/vouchers/GIFT-1", Map.of("type", "GIFT_VOUCHER",
                "gift", Map.of("amount", 5000)))).get("id").asString();
        // the official SDK sends this to a loyalty card and expects 200: type is not a change
        JsonNode dated = ok(api.put("/v1/vouchers/" + card, Map.of("type", "DISCOUNT_VOUCHER",
                "expiration_date", "2031-01-01T00:00:00Z")));
        assertThat(dated.get("type").asString()).isEqualTo("GIFT_VOUCHER");
        assertThat(dated.get("expiration_date").asString()).isEqualTo("2031-01-01T00:00:00.000Z");

        JsonNode effect = ok(api.put("/v1/vouchers/GIFT-1", Map.of("gift", Map.of("effect", "APPLY_TO_ITEMS"))));
        assertThat(effect.get("gift").get("effect").asString()).isEqualTo("APPLY_TO_ITEMS");
        assertThat(effect.get("gift").get("balance").asLong()).isEqualTo(5000);

        error(api.put("/v1/vouchers/GIFT-1", Map.of("discount", Map.of("type", "AMOUNT", "amount_off", 100))),
                400, "invalid_voucher");
        error(api.put("/v1/vouchers/GIFT-1", Map.of("gift", Map.of("amount", 9000))), 400, "invalid_voucher");
        error(api.put("/v1/vouchers/GIFT-1", Map.of("start_date", "2032-01-01T00:00:00Z")), 400, "invalid_payload");
        error(api.put("/v1/vouchers/GIFT-1", Map.of("active", "maybe")), 400, "invalid_payload");
        error(api.put("/v1/vouchers/NOPE", Map.of("active", false)), 404, "not_found");
        // a refused update changed nothing
        JsonNode after = ok(api.get("/v1/vouchers/GIFT-1"));
        assertThat(after.get("gift").get("amount").asLong()).isEqualTo(5000);
        assertThat(after.get("expiration_date").asString()).isEqualTo("2031-01-01T00:00:00.000Z");
    }

    @Test
    void aDisabledVoucherIsRefusedUntilEnabledAgain() {
        ok(api.post("/v1/vouchers/OFF-5", Map.of("type", "DISCOUNT_VOUCHER",
                "discount", Map.of("type", "AMOUNT", "amount_off", 500))));
        JsonNode disabled = ok(api.post("/v1/vouchers/OFF-5/disable", null));
        assertThat(disabled.get("active").asBoolean()).isFalse();
        assertThat(disabled.get("object").asString()).isEqualTo("voucher");

        Map<String, Object> validation = Map.of("redeemables", List.of(Map.of("object", "voucher", "id", "OFF-5")),
                "order", Map.of("amount", 2000));
        JsonNode refused = ok(api.post("/v1/validations", validation));
        assertThat(refused.get("valid").asBoolean()).isFalse();
        assertThat(refused.get("inapplicable_redeemables").get(0).get("result").get("error").get("key").asString())
                .isEqualTo("voucher_disabled");

        assertThat(ok(api.post("/v1/vouchers/OFF-5/enable", null)).get("active").asBoolean()).isTrue();
        assertThat(ok(api.post("/v1/validations", validation)).get("valid").asBoolean()).isTrue();
        error(api.post("/v1/vouchers/NOPE/enable", null), 404, "not_found");
    }

    @Test
    void giftCreditsAddedAndRemovedAreTransactions() {
        String id = ok(api.post("/v1/vouchers/GIFT-2", Map.of("type", "GIFT_VOUCHER",
                "gift", Map.of("amount", 10000)))).get("id").asString();

        JsonNode added = ok(api.post("/v1/vouchers/GIFT-2/balance",
                Map.of("amount", 2500, "source_id", "crm-1", "reason", "goodwill")));
        assertThat(added.get("amount").asLong()).isEqualTo(2500);
        assertThat(added.get("total").asLong()).isEqualTo(12500);
        assertThat(added.get("balance").asLong()).isEqualTo(12500);
        assertThat(added.get("type").asString()).isEqualTo("gift_voucher");
        assertThat(added.get("operation_type").asString()).isEqualTo("MANUAL");
        assertThat(added.get("object").asString()).isEqualTo("balance");
        assertThat(added.get("related_object").get("id").asString()).isEqualTo(id);

        JsonNode removed = ok(api.post("/v1/vouchers/GIFT-2/balance", Map.of("amount", -500)));
        assertThat(removed.get("total").asLong()).isEqualTo(12000);
        assertThat(removed.get("balance").asLong()).isEqualTo(12000);
        error(api.post("/v1/vouchers/GIFT-2/balance", Map.of("amount", -12001)), 400, "gift_amount_exceeded");
        error(api.post("/v1/vouchers/GIFT-2/balance", Map.of("amount", 0)), 400, "invalid_amount");
        error(api.post("/v1/vouchers/GIFT-2/balance", Map.of("amount", Long.MAX_VALUE)), 400, "invalid_payload");
        error(api.post("/v1/vouchers/GIFT-2/balance", Map.of("reason", "no amount")), 400, "invalid_payload");

        JsonNode gift = ok(api.get("/v1/vouchers/GIFT-2")).get("gift");
        assertThat(gift.get("amount").asLong()).isEqualTo(12500);
        assertThat(gift.get("subtracted_amount").asLong()).isEqualTo(500);
        assertThat(gift.get("balance").asLong()).isEqualTo(12000);

        JsonNode list = ok(api.get("/v1/vouchers/GIFT-2/transactions"));
        assertThat(list.get("object").asString()).isEqualTo("list");
        assertThat(list.get("data_ref").asString()).isEqualTo("data");
        assertThat(list.get("has_more").asBoolean()).isFalse();
        JsonNode newest = list.get("data").get(0);
        assertThat(newest.get("id").asString()).startsWith("vtx_");
        assertThat(newest.get("type").asString()).isEqualTo("CREDITS_REMOVAL");
        assertThat(newest.get("details").get("balance").get("amount").asLong()).isEqualTo(-500);
        JsonNode first = list.get("data").get(1);
        assertThat(first.get("type").asString()).isEqualTo("CREDITS_ADDITION");
        assertThat(first.get("source_id").asString()).isEqualTo("crm-1");
        assertThat(first.get("reason").asString()).isEqualTo("goodwill");
        assertThat(first.get("source").asString()).isEqualTo("API");

        JsonNode oldestFirst = ok(api.get("/v1/vouchers/GIFT-2/transactions?order=id&limit=1"));
        assertThat(oldestFirst.get("data").get(0).get("type").asString()).isEqualTo("CREDITS_ADDITION");
        assertThat(oldestFirst.get("has_more").asBoolean()).isTrue();
        JsonNode next = ok(api.get("/v1/vouchers/GIFT-2/transactions?order=id&limit=1&starting_after_id="
                + oldestFirst.get("more_starting_after").asString()));
        assertThat(next.get("data").get(0).get("type").asString()).isEqualTo("CREDITS_REMOVAL");
        error(api.get("/v1/vouchers/GIFT-2/transactions?order=amount"), 400, "invalid_query_params");
    }

    @Test
    void giftCreditsChangedByHandAreCountedInTheCampaignSummary() {
        ok(api.post("/v1/campaigns", Map.of("name", "Gift cards", "campaign_type", "GIFT_VOUCHERS",
                "voucher", Map.of("type", "GIFT_VOUCHER", "gift", Map.of("amount", 5000)))));
        String code = ok(api.post("/v1/campaigns/Gift%20cards/vouchers", Map.of())).get("code").asString();
        ok(api.post("/v1/vouchers/" + code + "/balance", Map.of("amount", 2500)));
        ok(api.post("/v1/vouchers/" + code + "/balance", Map.of("amount", -500)));

        JsonNode summary = ok(api.get("/v1/campaigns/Gift%20cards/summary"));
        assertThat(summary.get("amount_added").asLong()).isEqualTo(2500);
        assertThat(summary.get("amount_subtracted").asLong()).isEqualTo(500);
        assertThat(ok(api.get("/v1/vouchers/" + code + "/transactions")).get("data").get(0).get("campaign_id")
                .asString()).startsWith("camp_");
    }

    @Test
    void aCampaignsNewGiftAmountLeavesCardsWithCreditsAddedByHand() {
        ok(api.post("/v1/campaigns", Map.of("name", "Cards", "campaign_type", "GIFT_VOUCHERS",
                "voucher", Map.of("type", "GIFT_VOUCHER", "gift", Map.of("amount", 5000)))));
        ok(api.post("/v1/campaigns/Cards/vouchers/CREDITED", Map.of()));
        ok(api.post("/v1/campaigns/Cards/vouchers/UNTOUCHED", Map.of()));
        ok(api.post("/v1/vouchers/CREDITED/balance", Map.of("amount", 2500)));

        ok(api.put("/v1/campaigns/Cards", Map.of("gift", Map.of("amount", 8000))));

        assertThat(ok(api.get("/v1/vouchers/UNTOUCHED")).get("gift").get("balance").asLong()).isEqualTo(8000);
        JsonNode credited = ok(api.get("/v1/vouchers/CREDITED")).get("gift");
        assertThat(credited.get("amount").asLong()).isEqualTo(7500);
        assertThat(credited.get("balance").asLong()).isEqualTo(7500);
    }

    @Test
    void loyaltyCardPointsChangeThroughTheVoucherAsThroughTheProgram() {
        String program = ok(api.post("/v1/loyalties", Map.of("name", "Points", "voucher",
                Map.of("type", "LOYALTY_CARD", "loyalty_card", Map.of("points", 2500))))).get("id").asString();
        JsonNode card = ok(api.post("/v1/loyalties/" + program + "/members", Map.of("customer", "alice")));
        String code = card.get("code").asString();

        JsonNode balance = ok(api.post("/v1/vouchers/" + code + "/balance",
                Map.of("amount", 10000, "reason", "Regular customer", "source_id", "crm-7")));
        assertThat(balance.get("amount").asLong()).isEqualTo(10000);
        assertThat(balance.get("total").asLong()).isEqualTo(12500);
        assertThat(balance.get("balance").asLong()).isEqualTo(12500);
        assertThat(balance.get("type").asString()).isEqualTo("loyalty_card");
        assertThat(balance.get("operation_type").asString()).isEqualTo("MANUAL");
        assertThat(balance.get("related_object").get("type").asString()).isEqualTo("voucher");
        error(api.post("/v1/vouchers/" + code + "/balance", Map.of("amount", -20000)), 400,
                "loyalty_card_points_exceeded");
        error(api.post("/v1/vouchers/" + code + "/balance", Map.of("amount", Long.MAX_VALUE)), 400,
                "invalid_payload");

        assertThat(ok(api.get("/v1/vouchers/" + code)).get("loyalty_card").get("balance").asLong()).isEqualTo(12500);
        JsonNode tx = ok(api.get("/v1/vouchers/" + code + "/transactions")).get("data").get(0);
        assertThat(tx.get("type").asString()).isEqualTo("POINTS_ADDITION");
        assertThat(tx.get("source_id").asString()).isEqualTo("crm-7");
        assertThat(tx.get("details").get("balance").get("points").asLong()).isEqualTo(10000);
        assertThat(tx.get("details").get("balance").get("type").asString()).isEqualTo("loyalty_card");
        // the program's own view of the card agrees
        assertThat(ok(api.get("/v1/loyalties/members/" + code + "/transactions")).get("data").get(0).get("id")
                .asString()).isEqualTo(tx.get("id").asString());
    }

    @Test
    void aDiscountVoucherHasNoBalance() {
        ok(api.post("/v1/vouchers/PLAIN", Map.of("type", "DISCOUNT_VOUCHER",
                "discount", Map.of("type", "AMOUNT", "amount_off", 500))));
        error(api.post("/v1/vouchers/PLAIN/balance", Map.of("amount", 100)), 400, "invalid_voucher");
        assertThat(ok(api.get("/v1/vouchers/PLAIN/transactions")).get("data").size()).isZero();
        error(api.get("/v1/vouchers/NOPE/transactions"), 404, "not_found");
    }

    @Test
    void concurrentRemovalsAndRedemptionsNeverOverdrawAGiftCard() throws Exception {
        ok(api.post("/v1/vouchers/GIFT-RUSH", Map.of("type", "GIFT_VOUCHER", "gift", Map.of("amount", 10000))));
        int clients = 16;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<ApiResponse>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                boolean redeem = i % 2 == 0;
                futures.add(pool.submit(() -> redeem
                        ? api.post("/v1/redemptions", Map.of("redeemables", List.of(Map.of("object", "voucher",
                                "id", "GIFT-RUSH", "gift", Map.of("credits", 1000))), "order", Map.of("amount", 1000)))
                        : api.post("/v1/vouchers/GIFT-RUSH/balance", Map.of("amount", -1000))));
            }
            List<ApiResponse> responses = new ArrayList<>();
            for (Future<ApiResponse> f : futures) {
                responses.add(f.get());
            }
            assertThat(responses).allSatisfy(r -> assertThat(r.status()).as(r.text()).isIn(200, 400));
            assertThat(responses.stream().filter(r -> r.status() == 200).count()).isEqualTo(10);
        } finally {
            pool.shutdownNow();
        }
        JsonNode gift = ok(api.get("/v1/vouchers/GIFT-RUSH")).get("gift");
        assertThat(gift.get("balance").asLong()).isZero();
        JsonNode transactions = ok(api.get("/v1/vouchers/GIFT-RUSH/transactions?limit=100")).get("data");
        assertThat(transactions.size()).isEqualTo(10);
        // each transaction saw the balance the one before it left
        List<Long> balances = new ArrayList<>();
        transactions.forEach(t -> balances.add(t.get("details").get("balance").get("balance").asLong()));
        assertThat(balances).containsExactly(0L, 1000L, 2000L, 3000L, 4000L, 5000L, 6000L, 7000L, 8000L, 9000L);
    }

    private static JsonNode ok(ApiResponse response) {
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.body();
    }

    private static void error(ApiResponse response, int status, String key) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.body().get("key").asString()).as(response.text()).isEqualTo(key);
    }
}
