package dev.voucheremulator.redemption;

import static dev.voucheremulator.redemption.RedemptionApiTest.body;
import static dev.voucheremulator.redemption.RedemptionApiTest.ok;
import static dev.voucheremulator.redemption.RedemptionApiTest.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.ApiClient.ApiResponse;
import dev.voucheremulator.support.EmulatorTest;
import dev.voucheremulator.support.MutableClock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Every refusal rule, as a validation (200, the redeemable INAPPLICABLE with the key) and as a
 * redemption (the HTTP error with the key, the failed redemption stored).
 */
@EmulatorTest
class RedemptionRulesApiTest {

    // a Wednesday, 12:00 UTC
    private static final Instant NOW = Instant.parse("2025-03-05T12:00:00Z");

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    ApiClient api;

    @BeforeEach
    void newProject() {
        api = ApiClient.forProject(port, "rules-" + UUID.randomUUID());
        clock.set(NOW);
    }

    @AfterEach
    void releaseClock() {
        clock.reset();
    }

    @Test
    void unknownCodeIsNotFound() {
        assertThat(inapplicable(body("NOPE", 1000))).isEqualTo("not_found");
        JsonNode error = ok(api.post("/v1/validations", body("NOPE", 1000))).get("redeemables").get(0)
                .get("result").get("error");
        assertThat(error.get("code").asInt()).isEqualTo(404);
        assertThat(error.get("details").asString()).isEqualTo("Cannot find voucher with id NOPE");
        assertThat(error.get("resource_type").asString()).isEqualTo("voucher");

        ApiResponse refused = api.post("/v1/redemptions", body("NOPE", 1000));
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.body().get("key").asString()).isEqualTo("not_found");
        assertThat(refused.body().get("resource_id").asString()).isEqualTo("NOPE");
        JsonNode stored = ok(api.get("/v1/redemptions?result=FAILURE")).get("redemptions").get(0);
        assertThat(stored.get("id").asString()).startsWith("rf_");
        assertThat(stored.get("failure_code").asString()).isEqualTo("resource_not_found");
        assertThat(stored.get("related_object_type").asString()).isEqualTo("redemption");
    }

    @Test
    void disabledVoucherOrCampaignIsVoucherDisabled() {
        voucher("OFF", Map.of("active", false));
        assertRefused("OFF", "voucher_disabled");

        ok(api.post("/v1/campaigns", Map.of("name", "Paused", "campaign_type", "DISCOUNT_COUPONS",
                "vouchers_count", 1, "voucher", Map.of("discount", Map.of("type", "AMOUNT", "amount_off", 100)))));
        String code = ok(api.get("/v1/vouchers?campaign=Paused")).get("vouchers").get(0).get("code").asString();
        ok(api.post("/v1/campaigns/Paused/disable", Map.of()));
        assertRefused(code, "voucher_disabled");

        ApiResponse refused = api.post("/v1/redemptions", body(code, 1000));
        assertThat(refused.body().get("resource_type").asString()).isEqualTo("redemption");
        JsonNode stored = ok(api.get("/v1/redemptions/" + refused.body().get("resource_id").asString()));
        assertThat(stored.get("result").asString()).isEqualTo("FAILURE");
        assertThat(stored.get("status").asString()).isEqualTo("FAILED");
        assertThat(stored.get("failure_code").asString()).isEqualTo("voucher_disabled");
        assertThat(stored.get("failure_message").asString()).isEqualTo("voucher is disabled");
        assertThat(stored.get("voucher").get("code").asString()).isEqualTo(code);
    }

    @Test
    void datesOfTheVoucherAndItsCampaignBoundIt() {
        voucher("LATER", Map.of("start_date", "2025-03-06T00:00:00Z"));
        assertRefused("LATER", "voucher_not_active");
        voucher("OVER", Map.of("expiration_date", "2025-03-05T11:59:59Z"));
        assertRefused("OVER", "voucher_expired");

        ok(api.post("/v1/campaigns", Map.of("name", "Ended", "campaign_type", "DISCOUNT_COUPONS",
                "vouchers_count", 1, "start_date", "2025-01-01T00:00:00Z", "expiration_date", "2025-02-01T00:00:00Z",
                "voucher", Map.of("discount", Map.of("type", "AMOUNT", "amount_off", 100)))));
        String code = ok(api.get("/v1/vouchers?campaign=Ended")).get("vouchers").get(0).get("code").asString();
        assertRefused(code, "voucher_expired");
    }

    @Test
    void recurringWindowsMakeAVoucherNotActiveNow() {
        voucher("WEEKEND", Map.of("validity_day_of_week", List.of(0, 6)));
        assertRefused("WEEKEND", "voucher_not_active_now");
        voucher("MIDWEEK", Map.of("validity_day_of_week", List.of(3)));
        assertThat(ok(api.post("/v1/validations", body("MIDWEEK", 1000))).get("valid").asBoolean()).isTrue();

        voucher("MORNING", Map.of("validity_hours", Map.of("daily", List.of(
                Map.of("start_time", "08:00", "expiration_time", "11:00", "days_of_week", List.of(3))))));
        assertRefused("MORNING", "voucher_not_active_now");
        voucher("LUNCH", Map.of("validity_hours", Map.of("daily", List.of(
                Map.of("start_time", "11:30", "expiration_time", "13:00", "days_of_week", List.of(1, 2, 3))))));
        assertThat(ok(api.post("/v1/validations", body("LUNCH", 1000))).get("valid").asBoolean()).isTrue();

        // active one day in two from March 1st: the 5th is on, the 6th is off
        voucher("ODD-DAYS", Map.of("start_date", "2025-03-01T00:00:00Z",
                "validity_timeframe", Map.of("interval", "P2D", "duration", "P1D")));
        assertThat(ok(api.post("/v1/validations", body("ODD-DAYS", 1000))).get("valid").asBoolean()).isTrue();
        clock.set(Instant.parse("2025-03-06T12:00:00Z"));
        assertRefused("ODD-DAYS", "voucher_not_active_now");
    }

    @Test
    void promotionTiersHaveTheirOwnKeys() {
        JsonNode promotion = ok(api.post("/v1/campaigns", Map.of("name", "Weekend promo", "campaign_type", "PROMOTION",
                "promotion", Map.of("tiers", List.of(
                        Map.of("name", "weekend", "validity_day_of_week", List.of(0, 6),
                                "action", Map.of("discount", Map.of("type", "AMOUNT", "amount_off", 100))),
                        Map.of("name", "always",
                                "action", Map.of("discount", Map.of("type", "AMOUNT", "amount_off", 100))))))));
        String weekend = promotion.get("promotion").get("tiers").get(0).get("id").asString();
        String always = promotion.get("promotion").get("tiers").get(1).get("id").asString();
        assertThat(inapplicable(tier(weekend))).isEqualTo("promotion_not_active_now");
        ApiResponse refused = api.post("/v1/redemptions", tier(weekend));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("key").asString()).isEqualTo("promotion_not_active_now");

        ok(api.post("/v1/campaigns/Weekend promo/disable".replace(" ", "%20"), Map.of()));
        assertThat(inapplicable(tier(always))).isEqualTo("promotion_inactive");
        assertThat(api.post("/v1/redemptions", tier(always)).body().get("key").asString())
                .isEqualTo("promotion_inactive");
        assertThat(inapplicable(Map.of("redeemables", List.of(Map.of("object", "promotion_tier",
                "id", "promo_unknown"))))).isEqualTo("not_found");
    }

    @Test
    void usedUpVoucherIsQuantityExceeded() {
        voucher("ONCE", Map.of("redemption", Map.of("quantity", 1)));
        ok(api.post("/v1/redemptions", body("ONCE", 1000)));
        assertRefused("ONCE", "quantity_exceeded");
        assertThat(ok(api.get("/v1/vouchers/ONCE")).get("redemption").get("redeemed_quantity").asInt()).isEqualTo(1);
    }

    @Test
    void giftCardsNeedBalanceAndAnAmount() {
        ok(api.post("/v1/vouchers/CARD", Map.of("gift", Map.of("amount", 1000))));
        assertThat(inapplicable(gift("CARD", 1500, order(5000)))).isEqualTo("gift_amount_exceeded");
        ApiResponse exceeded = api.post("/v1/redemptions", gift("CARD", 1500, order(5000)));
        assertThat(exceeded.status()).isEqualTo(400);
        assertThat(exceeded.body().get("key").asString()).isEqualTo("gift_amount_exceeded");
        assertThat(inapplicable(gift("CARD", -5, order(5000)))).isEqualTo("invalid_amount");
        assertThat(inapplicable(Map.of("redeemables", List.of(Map.of("object", "voucher", "id", "CARD")))))
                .isEqualTo("missing_order_items_amount");

        ok(api.post("/v1/vouchers/ITEMS-CARD", Map.of("gift", Map.of("amount", 1000, "effect", "APPLY_TO_ITEMS"))));
        assertThat(inapplicable(gift("ITEMS-CARD", 500, Map.of("amount", 5000))))
                .isEqualTo("missing_order_items_amount");

        // without credits, the card pays what it can
        JsonNode applicable = ok(api.post("/v1/validations", Map.of("redeemables",
                List.of(Map.of("object", "voucher", "id", "CARD")), "order", order(700)))).get("redeemables").get(0);
        assertThat(applicable.get("result").get("gift").get("credits").asLong()).isEqualTo(700);
        assertThat(applicable.get("result").get("gift").get("balance").asLong()).isEqualTo(1000);
    }

    @Test
    void discountsThatNeedAnOrderSaySo() {
        ok(api.post("/v1/vouchers/PCT", Map.of("discount", Map.of("type", "PERCENT", "percent_off", 10))));
        assertThat(inapplicable(Map.of("redeemables", List.of(Map.of("id", "PCT"))))).isEqualTo("missing_order");
        assertThat(inapplicable(Map.of("redeemables", List.of(Map.of("id", "PCT")),
                "order", Map.of("metadata", Map.of("x", 1))))).isEqualTo("missing_amount");
        assertThat(inapplicable(Map.of("redeemables", List.of(Map.of("id", "PCT")),
                "order", Map.of("amount", -100)))).isEqualTo("invalid_amount");
        assertThat(inapplicable(Map.of("redeemables", List.of(Map.of("id", "PCT")),
                "order", Map.of("items", List.of(Map.of("product_id", "p", "quantity", -1, "price", 100))))))
                .isEqualTo("invalid_order");

        ok(api.post("/v1/vouchers/PER-ITEM", Map.of("discount", Map.of("type", "AMOUNT", "amount_off", 100,
                "effect", "APPLY_TO_ITEMS"))));
        assertThat(inapplicable(Map.of("redeemables", List.of(Map.of("id", "PER-ITEM")),
                "order", Map.of("amount", 1000)))).isEqualTo("missing_order_items");
        ApiResponse refused = api.post("/v1/redemptions", Map.of("redeemables", List.of(Map.of("id", "PER-ITEM")),
                "order", Map.of("amount", 1000)));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("key").asString()).isEqualTo("missing_order_items");

        // an AMOUNT off the order needs nothing
        ok(api.post("/v1/vouchers/FLAT", Map.of("discount", Map.of("type", "AMOUNT", "amount_off", 100))));
        assertThat(ok(api.post("/v1/redemptions", Map.of("redeemables", List.of(Map.of("id", "FLAT")))))
                .get("redemptions").get(0).get("result").asString()).isEqualTo("SUCCESS");
    }

    @Test
    void loyaltyCardsNeedAReward() {
        ok(api.post("/v1/campaigns", Map.of("name", "Points", "campaign_type", "LOYALTY_PROGRAM",
                "vouchers_count", 1, "voucher", Map.of("type", "LOYALTY_CARD", "loyalty_card", Map.of("points", 100)))));
        String card = ok(api.get("/v1/vouchers?campaign=Points")).get("vouchers").get(0).get("code").asString();
        assertRefused(card, "missing_reward");
    }

    @Test
    void referrerCannotRedeemTheirOwnCodeButTheirFriendConverts() {
        JsonNode campaign = ok(api.post("/v1/campaigns", Map.of("name", "Refer", "campaign_type", "REFERRAL_PROGRAM",
                "vouchers_count", 1, "voucher", Map.of("discount", Map.of("type", "AMOUNT", "amount_off", 100)))));
        JsonNode publication = ok(api.post("/v1/publications", Map.of("campaign", Map.of("name", "Refer"),
                "customer", Map.of("source_id", "referrer"))));
        String code = publication.get("voucher").get("code").asString();

        Map<String, Object> byReferrer = new HashMap<>(body(code, 1000));
        byReferrer.put("customer", Map.of("source_id", "referrer"));
        ApiResponse refused = api.post("/v1/redemptions", byReferrer);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("key").asString()).isEqualTo("referrer_not_permitted_to_redeem");

        Map<String, Object> byFriend = new HashMap<>(body(code, 1000));
        byFriend.put("customer", Map.of("source_id", "friend"));
        ok(api.post("/v1/redemptions", byFriend));
        JsonNode summary = ok(api.get("/v1/campaigns/" + campaign.get("id").asString() + "/summary"));
        assertThat(summary.get("referred_customers").asLong()).isEqualTo(1);
        assertThat(summary.get("redemptions_failed").asLong()).isEqualTo(1);
    }

    @Test
    void assignedValidationRulesMustHold() {
        String bigOrders = ok(api.post("/v1/validation-rules", Map.of("name", "Big orders",
                "rules", Map.of("1", Map.of("name", "order.amount", "conditions", Map.of("$more_than", List.of(5000)),
                        "error", Map.of("message", "Spend more than 50")), "logic", "1")))).get("id").asString();
        ok(api.post("/v1/campaigns", Map.of("name", "Big spenders", "campaign_type", "DISCOUNT_COUPONS",
                "vouchers_count", 1, "validation_rules", List.of(bigOrders),
                "voucher", Map.of("discount", Map.of("type", "AMOUNT", "amount_off", 100)))));
        String code = ok(api.get("/v1/vouchers?campaign=Big%20spenders")).get("vouchers").get(0).get("code")
                .asString();
        assertRefused(code, "order_rules_violated");
        assertThat(api.post("/v1/redemptions", body(code, 3000)).body().get("details").asString())
                .isEqualTo("Spend more than 50");
        assertThat(ok(api.post("/v1/validations", body(code, 6000))).get("valid").asBoolean()).isTrue();

        String vipsOnly = ok(api.post("/v1/validation-rules", Map.of("name", "VIPs only",
                "rules", Map.of("1", Map.of("name", "customer.metadata", "property", "vip",
                        "conditions", Map.of("$is", List.of(true))), "logic", "1")))).get("id").asString();
        voucher("VIP", Map.of());
        String voucherId = ok(api.get("/v1/vouchers/VIP")).get("id").asString();
        ok(api.post("/v1/validation-rules/" + vipsOnly + "/assignments",
                Map.of("related_object_type", "voucher", "related_object_id", voucherId)));
        Map<String, Object> anonymous = body("VIP", 1000);
        assertThat(inapplicable(anonymous)).isEqualTo("customer_rules_violated");
        Map<String, Object> vip = new HashMap<>(anonymous);
        vip.put("customer", Map.of("source_id", "vip-1", "metadata", Map.of("vip", true)));
        assertThat(ok(api.post("/v1/redemptions", vip)).get("redemptions").get(0).get("result").asString())
                .isEqualTo("SUCCESS");
    }

    @Test
    void oneInapplicableRedeemableFailsTheWholeStack() {
        voucher("GOOD", Map.of("redemption", Map.of("quantity", 5)));
        voucher("BAD", Map.of("active", false));
        Map<String, Object> stacked = Map.of("redeemables", List.of(Map.of("id", "GOOD"), Map.of("id", "BAD")),
                "order", order(5000));

        JsonNode validation = ok(api.post("/v1/validations", stacked));
        assertThat(validation.get("valid").asBoolean()).isFalse();
        assertThat(validation.get("redeemables").get(0).get("status").asString()).isEqualTo("SKIPPED");
        assertThat(validation.get("redeemables").get(0).get("result").get("details").get("key").asString())
                .isEqualTo("preceding_validation_failed");
        assertThat(validation.get("skipped_redeemables")).hasSize(1);
        assertThat(validation.get("inapplicable_redeemables").get(0).get("id").asString()).isEqualTo("BAD");
        assertThat(validation.get("order").get("total_discount_amount").asLong()).isZero();

        ApiResponse refused = api.post("/v1/redemptions", stacked);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("key").asString()).isEqualTo("voucher_disabled");
        String parentId = refused.body().get("resource_id").asString();
        assertThat(parentId).startsWith("rf_");
        JsonNode parent = ok(api.get("/v1/redemptions/" + parentId));
        assertThat(parent.get("failure_code").asString()).isEqualTo("voucher_disabled");
        assertThat(ok(api.get("/v1/vouchers/GOOD")).get("redemption").get("redeemed_quantity").asInt()).isZero();
        // the failed child and its parent; nothing for the skipped one
        assertThat(ok(api.get("/v1/redemptions")).get("total").asInt()).isEqualTo(2);
    }

    @Test
    void malformedRequestsAreRejectedAndRecordNothing() {
        voucher("ANY", Map.of());
        assertBadRequest(Map.of("order", order(100)), "invalid_payload");
        assertBadRequest(Map.of("redeemables", List.of()), "invalid_payload");
        assertBadRequest(Map.of("redeemables", List.of(Map.of("object", "voucher"))), "invalid_payload");
        assertBadRequest(Map.of("redeemables", List.of(Map.of("object", "coupon", "id", "ANY"))), "invalid_payload");
        assertBadRequest(Map.of("redeemables", List.of(Map.of("id", "ANY"), Map.of("object", "voucher", "id", "ANY"))),
                "duplicated_redeemables");
        assertBadRequest(Map.of("redeemables", List.of(Map.of("id", "ANY"),
                Map.of("object", "promotion_stack", "id", "stack_1"))), "invalid_redeemables");
        assertBadRequest(Map.of("redeemables", List.of(Map.of("id", "ANY")), "order", Map.of("amount", "lots")),
                "invalid_payload");
        for (String path : List.of("/v1/validations", "/v1/redemptions")) {
            ApiResponse broken = api.send("POST", path, "{\"redeemables\": [", "application/json");
            assertThat(broken.status()).isEqualTo(400);
            assertThat(broken.body().get("key").asString()).isEqualTo("invalid_payload");
        }
        assertThat(ok(api.get("/v1/redemptions")).get("total").asInt()).isZero();
    }

    @Test
    void rollbacksCheckTheCustomerAndTheOrder() {
        voucher("ROLL", Map.of());
        Map<String, Object> request = new HashMap<>(Map.of("redeemables", List.of(Map.of("id", "ROLL")),
                "order", Map.of("source_id", "ORD-7", "amount", 1000),
                "customer", Map.of("source_id", "dana")));
        String id = ok(api.post("/v1/redemptions", request)).get("redemptions").get(0).get("id").asString();

        ApiResponse wrongCustomer = api.post("/v1/redemptions/" + id + "/rollback",
                Map.of("customer", Map.of("source_id", "eve")));
        assertThat(wrongCustomer.status()).isEqualTo(400);
        assertThat(wrongCustomer.body().get("key").asString()).isEqualTo("invalid_customer");
        ApiResponse wrongOrder = api.post("/v1/redemptions/" + id + "/rollback",
                Map.of("order", Map.of("source_id", "ORD-8")));
        assertThat(wrongOrder.body().get("key").asString()).isEqualTo("invalid_order");
        assertThat(api.post("/v1/redemptions/r_0123456789abcdef01/rollback", null).status()).isEqualTo(404);

        JsonNode rollback = ok(api.post("/v1/redemptions/" + id + "/rollback?tracking_id=dana-tracking",
                Map.of("customer", Map.of("source_id", "dana"), "order", Map.of("source_id", "ORD-7"))));
        assertThat(rollback.get("tracking_id").asString()).isEqualTo("dana-tracking");
    }

    private void voucher(String code, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("type", "DISCOUNT_VOUCHER",
                "discount", Map.of("type", "AMOUNT", "amount_off", 100)));
        body.putAll(extra);
        ok(api.post("/v1/vouchers/" + code, body));
    }

    /** The key a validation reports, and a redemption answers with 400 and stores. */
    private void assertRefused(String code, String key) {
        assertThat(inapplicable(body(code, 1000))).isEqualTo(key);
        ApiResponse refused = api.post("/v1/redemptions", body(code, 1000));
        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.body().get("key").asString()).isEqualTo(key);
        assertThat(refused.body().get("resource_id").asString()).startsWith("rf_");
        assertThat(refused.body().get("resource_type").asString()).isEqualTo("redemption");
    }

    private String inapplicable(Map<String, Object> body) {
        JsonNode validation = ok(api.post("/v1/validations", body));
        assertThat(validation.get("valid").asBoolean()).isFalse();
        JsonNode redeemable = validation.get("inapplicable_redeemables").get(0);
        assertThat(redeemable.get("status").asString()).isEqualTo("INAPPLICABLE");
        return redeemable.get("result").get("error").get("key").asString();
    }

    private void assertBadRequest(Map<String, Object> body, String key) {
        for (String path : List.of("/v1/validations", "/v1/redemptions")) {
            ApiResponse response = api.post(path, body);
            assertThat(response.status()).as(path + " " + body).isEqualTo(400);
            assertThat(response.body().get("key").asString()).as(path + " " + body).isEqualTo(key);
        }
    }

    private static Map<String, Object> tier(String id) {
        return Map.of("redeemables", List.of(Map.of("object", "promotion_tier", "id", id)), "order", order(1000));
    }

    private static Map<String, Object> gift(String code, long credits, Map<String, Object> order) {
        return Map.of("redeemables", List.of(Map.of("object", "voucher", "id", code,
                "gift", Map.of("credits", credits))), "order", order);
    }
}
