package dev.voucheremulator.redemption;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.ApiClient.ApiResponse;
import dev.voucheremulator.support.EmulatorTest;
import dev.voucheremulator.support.MutableClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The storefront's side: validate, redeem, roll back, and what the campaign summary makes of it. */
@EmulatorTest
class RedemptionApiTest {

    private static final Instant DAY_1 = Instant.parse("2025-06-17T10:15:00Z");
    private static final Instant DAY_2 = Instant.parse("2025-06-18T10:15:00Z");
    private static final Instant DAY_3 = Instant.parse("2025-06-19T10:15:00Z");

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    ApiClient api;

    @BeforeEach
    void newProject() {
        api = ApiClient.forProject(port, "redemptions-" + UUID.randomUUID());
    }

    @AfterEach
    void releaseClock() {
        clock.reset();
    }

    /**
     * The seed page's story: a standalone AMOUNT 2000 campaign with one code; 10 validations of
     * which 2 fail, 10 redemptions of which 2 fail, 1 rollback.
     */
    @Test
    void playsTheSeedStoryIntoTheCampaignSummary() {
        clock.set(DAY_1);
        JsonNode campaign = ok(api.post("/v1/campaigns", Map.of("name", "Seed", "campaign_type", "DISCOUNT_COUPONS",
                "type", "STANDALONE", "voucher", Map.of("type", "DISCOUNT_VOUCHER",
                        "discount", Map.of("type", "AMOUNT", "amount_off", 2000, "effect", "APPLY_TO_ORDER")))));
        String code = ok(api.get("/v1/vouchers?campaign=Seed")).get("vouchers").get(0).get("code").asString();

        for (int i = 0; i < 8; i++) {
            JsonNode validation = ok(api.post("/v1/validations", body(code, 5000 + i * 100)));
            assertThat(validation.get("valid").asBoolean()).isTrue();
        }
        ok(api.post("/v1/campaigns/Seed/disable", Map.of()));
        for (int i = 0; i < 2; i++) {
            JsonNode validation = ok(api.post("/v1/validations", body(code, 5000)));
            assertThat(validation.get("valid").asBoolean()).isFalse();
            assertThat(validation.get("inapplicable_redeemables").get(0).get("result").get("error").get("key")
                    .asString()).isEqualTo("voucher_disabled");
            assertThat(validation.has("skipped_redeemables")).isFalse();
        }
        ok(api.post("/v1/campaigns/Seed/enable", Map.of()));

        clock.set(DAY_2);
        List<String> redemptionIds = new ArrayList<>();
        long ordersAmount = 0;
        for (int i = 0; i < 8; i++) {
            long amount = 10_000 + i * 1_000;
            JsonNode redeemed = ok(api.post("/v1/redemptions", body(code, amount)));
            JsonNode redemption = redeemed.get("redemptions").get(0);
            assertThat(redemption.get("result").asString()).isEqualTo("SUCCESS");
            assertThat(redemption.get("order").get("total_amount").asLong()).isEqualTo(amount - 2000);
            redemptionIds.add(redemption.get("id").asString());
            ordersAmount += amount;
        }
        ok(api.post("/v1/campaigns/Seed/disable", Map.of()));
        for (int i = 0; i < 2; i++) {
            ApiResponse refused = api.post("/v1/redemptions", body(code, 7000));
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.body().get("key").asString()).isEqualTo("voucher_disabled");
            assertThat(refused.body().get("resource_id").asString()).startsWith("rf_");
        }
        ok(api.post("/v1/campaigns/Seed/enable", Map.of()));

        clock.set(DAY_3);
        JsonNode rollback = ok(api.post("/v1/redemptions/" + redemptionIds.get(0) + "/rollback?reason=cancelled",
                Map.of()));
        assertThat(rollback.get("result").asString()).isEqualTo("SUCCESS");

        JsonNode summary = ok(api.get("/v1/campaigns/" + campaign.get("id").asString() + "/summary"));
        assertThat(counts(summary, "validations")).containsExactly(10L, 8L, 2L);
        assertThat(counts(summary, "redemptions")).containsExactly(10L, 8L, 2L);
        assertThat(counts(summary, "rollbacks")).containsExactly(1L, 1L, 0L);
        assertThat(summary.get("vouchers_created").asLong()).isEqualTo(1);
        assertThat(summary.get("orders_amount").asLong()).isEqualTo(ordersAmount);
        assertThat(summary.get("discounted_amount").asLong()).isEqualTo(8 * 2000);
        assertThat(summary.get("orders_rolledback_amount").asLong()).isEqualTo(10_000);
        assertThat(summary.get("rolledback_discounted_amount").asLong()).isEqualTo(2000);

        JsonNode day2 = ok(api.get("/v1/campaigns/Seed/summary?start_date=2025-06-18&end_date=2025-06-18"));
        assertThat(counts(day2, "validations")).containsExactly(0L, 0L, 0L);
        assertThat(counts(day2, "redemptions")).containsExactly(10L, 8L, 2L);
        assertThat(counts(day2, "rollbacks")).containsExactly(0L, 0L, 0L);
        JsonNode fromDay3 = ok(api.get("/v1/campaigns/Seed/summary?start_date=2025-06-19T00:00:00Z"));
        assertThat(counts(fromDay3, "rollbacks")).containsExactly(1L, 1L, 0L);
        assertThat(fromDay3.get("orders_amount").asLong()).isZero();
        JsonNode untilDay1 = ok(api.get("/v1/campaigns/Seed/summary?end_date=2025-06-17T23:59:59.999Z"));
        assertThat(counts(untilDay1, "validations")).containsExactly(10L, 8L, 2L);
        assertThat(counts(untilDay1, "redemptions")).containsExactly(0L, 0L, 0L);

        JsonNode voucher = ok(api.get("/v1/vouchers/" + code));
        assertThat(voucher.get("redemption").get("redeemed_quantity").asInt()).isEqualTo(7);
    }

    @Test
    void redeemsAndRollsBackOneVoucher() {
        ok(api.post("/v1/vouchers/TEN-OFF", Map.of("type", "DISCOUNT_VOUCHER",
                "discount", Map.of("type", "PERCENT", "percent_off", 10), "redemption", Map.of("quantity", 2),
                "metadata", Map.of("shop", "berlin"))));

        JsonNode validation = ok(api.post("/v1/validations", Map.of(
                "redeemables", List.of(Map.of("object", "voucher", "id", "TEN-OFF")),
                "order", order(25_000),
                "customer", Map.of("source_id", "bob@example.com", "name", "Bob"),
                "options", Map.of("expand", List.of("redeemable")))));
        assertThat(validation.get("id").asString()).matches("valid_0[0-9a-f]{17}");
        assertThat(validation.get("valid").asBoolean()).isTrue();
        JsonNode applicable = validation.get("redeemables").get(0);
        assertThat(applicable.get("status").asString()).isEqualTo("APPLICABLE");
        assertThat(applicable.get("result").get("discount").get("percent_off").asInt()).isEqualTo(10);
        assertThat(applicable.get("order").get("total_discount_amount").asLong()).isEqualTo(2500);
        assertThat(applicable.get("metadata").get("shop").asString()).isEqualTo("berlin");
        assertThat(validation.get("order").get("total_amount").asLong()).isEqualTo(22_500);
        assertThat(validation.get("tracking_id").asString()).startsWith("track_");
        assertThat(validation.get("stacking_rules").get("redeemables_application_mode").asString()).isEqualTo("ALL");
        // as recorded from the real API: a fully applicable validation leaves both lists out
        assertThat(validation.has("skipped_redeemables")).isFalse();
        assertThat(validation.has("inapplicable_redeemables")).isFalse();

        JsonNode redeemed = ok(api.post("/v1/redemptions", Map.of(
                "redeemables", List.of(Map.of("object", "voucher", "id", "TEN-OFF")),
                "order", Map.of("source_id", "ORDER-1", "amount", 25_000, "items", List.of(
                        Map.of("product_id", "prod_shoe", "quantity", 1, "price", 25_000))),
                "customer", Map.of("source_id", "bob@example.com"),
                "metadata", Map.of("channel", "web"))));
        assertThat(redeemed.has("parent_redemption")).isFalse();
        // a redemption, by contrast, answers both as empty lists
        assertThat(redeemed.get("skipped_redeemables").isArray()).isTrue();
        assertThat(redeemed.get("skipped_redeemables")).isEmpty();
        assertThat(redeemed.get("inapplicable_redeemables").isArray()).isTrue();
        assertThat(redeemed.get("inapplicable_redeemables")).isEmpty();
        JsonNode redemption = redeemed.get("redemptions").get(0);
        String redemptionId = redemption.get("id").asString();
        assertThat(redemptionId).matches("r_0[0-9a-f]{17}");
        assertThat(redemption.get("object").asString()).isEqualTo("redemption");
        assertThat(redemption.get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(redemption.get("customer_id").asString()).startsWith("cust_");
        assertThat(redemption.get("customer").get("name").asString()).isEqualTo("Bob");
        assertThat(redemption.get("metadata").get("channel").asString()).isEqualTo("web");
        assertThat(redemption.get("related_object_type").asString()).isEqualTo("voucher");
        assertThat(redemption.get("voucher").get("code").asString()).isEqualTo("TEN-OFF");
        assertThat(redemption.get("voucher").get("redemption").get("redeemed_quantity").asInt()).isEqualTo(1);
        JsonNode order = redemption.get("order");
        assertThat(order.get("id").asString()).startsWith("ord_");
        assertThat(order.get("source_id").asString()).isEqualTo("ORDER-1");
        assertThat(order.get("status").asString()).isEqualTo("PAID");
        assertThat(order.get("amount").asLong()).isEqualTo(25_000);
        assertThat(order.get("discount_amount").asLong()).isEqualTo(2_500);
        assertThat(order.get("total_amount").asLong()).isEqualTo(22_500);
        assertThat(order.get("applied_discount_amount").asLong()).isEqualTo(2_500);
        assertThat(order.get("redemptions").get(redemptionId).get("related_object_type").asString())
                .isEqualTo("voucher");
        assertThat(redeemed.get("order").get("total_applied_discount_amount").asLong()).isEqualTo(2_500);

        JsonNode fetched = ok(api.get("/v1/redemptions/" + redemptionId));
        assertThat(fetched.get("id").asString()).isEqualTo(redemptionId);
        assertThat(fetched.get("order").get("total_amount").asLong()).isEqualTo(22_500);

        JsonNode rollback = ok(api.post("/v1/redemptions/" + redemptionId + "/rollback?reason=returned",
                Map.of("metadata", Map.of("by", "support"))));
        assertThat(rollback.get("id").asString()).matches("rr_0[0-9a-f]{17}");
        assertThat(rollback.get("object").asString()).isEqualTo("redemption_rollback");
        assertThat(rollback.get("redemption").asString()).isEqualTo(redemptionId);
        assertThat(rollback.get("reason").asString()).isEqualTo("returned");
        assertThat(rollback.get("result").asString()).isEqualTo("SUCCESS");
        assertThat(rollback.get("order").get("status").asString()).isEqualTo("CANCELED");
        assertThat(rollback.get("order").get("total_amount").asLong()).isEqualTo(25_000);
        assertThat(rollback.get("voucher").get("redemption").get("redeemed_quantity").asInt()).isZero();

        JsonNode rolledBack = ok(api.get("/v1/redemptions/" + redemptionId));
        assertThat(rolledBack.get("status").asString()).isEqualTo("ROLLED_BACK");
        assertThat(rolledBack.get("related_redemptions").get("rollbacks").get(0).get("id").asString())
                .isEqualTo(rollback.get("id").asString());
        assertThat(ok(api.get("/v1/redemptions/" + rollback.get("id").asString())).get("object").asString())
                .isEqualTo("redemption_rollback");

        ApiResponse again = api.post("/v1/redemptions/" + redemptionId + "/rollback", null);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body().get("key").asString()).isEqualTo("already_rolled_back");
        assertThat(again.body().get("resource_id").asString()).matches("rrf_0[0-9a-f]{17}");
        assertThat(again.body().get("resource_type").asString()).isEqualTo("redemption_rollback");
        JsonNode failedRollback = ok(api.get("/v1/redemptions/" + again.body().get("resource_id").asString()));
        assertThat(failedRollback.get("result").asString()).isEqualTo("FAILURE");
        assertThat(failedRollback.get("failure_code").asString()).isEqualTo("already_rolled_back");

        assertThat(ok(api.get("/v1/vouchers/TEN-OFF")).get("redemption").get("redeemed_quantity").asInt()).isZero();
    }

    @Test
    void redeemsAStackOfVouchersAndATierAndRollsThemBackTogether() {
        ok(api.post("/v1/vouchers/FIVE", Map.of("discount", Map.of("type", "AMOUNT", "amount_off", 500))));
        ok(api.post("/v1/vouchers/GIFT-50", Map.of("gift", Map.of("amount", 5_000))));
        JsonNode promotion = ok(api.post("/v1/campaigns", Map.of("name", "Spring sale",
                "campaign_type", "PROMOTION", "promotion", Map.of("tiers", List.of(Map.of("name", "10% off",
                        "action", Map.of("discount", Map.of("type", "PERCENT", "percent_off", 10))))))));
        String tierId = promotion.get("promotion").get("tiers").get(0).get("id").asString();

        JsonNode redeemed = ok(api.post("/v1/redemptions", Map.of(
                "redeemables", List.of(
                        Map.of("object", "voucher", "id", "FIVE"),
                        Map.of("object", "promotion_tier", "id", tierId),
                        Map.of("object", "voucher", "id", "GIFT-50", "gift", Map.of("credits", 1_000))),
                "order", order(10_000))));
        JsonNode parent = redeemed.get("parent_redemption");
        assertThat(parent.get("id").asString()).startsWith("r_");
        assertThat(parent.get("related_object_type").asString()).isEqualTo("redemption");
        JsonNode children = redeemed.get("redemptions");
        assertThat(children).hasSize(3);
        for (JsonNode child : children) {
            assertThat(child.get("redemption").asString()).isEqualTo(parent.get("id").asString());
        }
        // 500 off, then 10% of 9500, then 1000 of gift credits
        assertThat(children.get(0).get("order").get("applied_discount_amount").asLong()).isEqualTo(500);
        assertThat(children.get(1).get("order").get("applied_discount_amount").asLong()).isEqualTo(950);
        assertThat(children.get(1).get("order").get("discount_amount").asLong()).isEqualTo(1_450);
        assertThat(children.get(1).get("promotion_tier").get("id").asString()).isEqualTo(tierId);
        assertThat(children.get(2).get("gift").get("amount").asLong()).isEqualTo(1_000);
        assertThat(children.get(2).get("amount").asLong()).isEqualTo(1_000);
        assertThat(children.get(2).get("voucher").get("gift").get("balance").asLong()).isEqualTo(4_000);
        JsonNode total = redeemed.get("order");
        assertThat(total.get("total_applied_discount_amount").asLong()).isEqualTo(2_450);
        assertThat(total.get("total_amount").asLong()).isEqualTo(7_550);

        String childId = children.get(0).get("id").asString();
        ApiResponse childRollback = api.post("/v1/redemptions/" + childId + "/rollback", null);
        assertThat(childRollback.status()).isEqualTo(400);
        assertThat(childRollback.body().get("key").asString()).isEqualTo("invalid_redemption_parent");
        ApiResponse parentRollback = api.post("/v1/redemptions/" + parent.get("id").asString() + "/rollback", null);
        assertThat(parentRollback.body().get("key").asString()).isEqualTo("invalid_redemption");

        JsonNode rollbacks = ok(api.post("/v1/redemptions/" + parent.get("id").asString() + "/rollbacks",
                Map.of("reason", "order cancelled")));
        assertThat(rollbacks.get("parent_rollback").get("redemption").asString())
                .isEqualTo(parent.get("id").asString());
        assertThat(rollbacks.get("rollbacks")).hasSize(3);
        assertThat(rollbacks.get("rollbacks").get(2).get("gift").get("amount").asLong()).isEqualTo(-1_000);
        assertThat(rollbacks.get("rollbacks").get(2).get("amount").asLong()).isEqualTo(-1_000);
        assertThat(ok(api.get("/v1/vouchers/GIFT-50")).get("gift").get("balance").asLong()).isEqualTo(5_000);

        ApiResponse twice = api.post("/v1/redemptions/" + parent.get("id").asString() + "/rollbacks", null);
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.body().get("key").asString()).isEqualTo("already_rolled_back");
    }

    @Test
    void giftCardCampaignsCountCreditsRedeemedAndRolledBack() {
        JsonNode campaign = ok(api.post("/v1/campaigns", Map.of("name", "Gift cards", "campaign_type", "GIFT_VOUCHERS",
                "vouchers_count", 1, "voucher", Map.of("type", "GIFT_VOUCHER", "gift", Map.of("amount", 5_000)))));
        String code = ok(api.get("/v1/vouchers?campaign=Gift%20cards")).get("vouchers").get(0).get("code").asString();

        JsonNode redeemed = ok(api.post("/v1/redemptions", Map.of(
                "redeemables", List.of(Map.of("object", "voucher", "id", code, "gift", Map.of("credits", 1_500))),
                "order", order(4_000),
                "session", Map.of("type", "LOCK", "key", "ssn_checkout_1"))));
        JsonNode redemption = redeemed.get("redemptions").get(0);
        assertThat(redemption.get("amount").asLong()).isEqualTo(1_500);
        assertThat(redemption.get("voucher").get("gift").get("balance").asLong()).isEqualTo(3_500);
        assertThat(redemption.get("order").get("total_amount").asLong()).isEqualTo(2_500);
        String id = redemption.get("id").asString();
        assertThat(ok(api.get("/v1/redemptions/" + id)).get("session").get("key").asString())
                .isEqualTo("ssn_checkout_1");
        ok(api.post("/v1/redemptions/" + id + "/rollback", null));
        ApiResponse failed = api.post("/v1/redemptions", Map.of(
                "redeemables", List.of(Map.of("object", "voucher", "id", code, "gift", Map.of("credits", 9_000))),
                "order", order(10_000)));
        ApiResponse cannotRollBack = api.post("/v1/redemptions/" + failed.body().get("resource_id").asString()
                + "/rollback", null);
        assertThat(cannotRollBack.status()).isEqualTo(400);
        assertThat(cannotRollBack.body().get("key").asString()).isEqualTo("invalid_redemption");

        JsonNode summary = ok(api.get("/v1/campaigns/" + campaign.get("id").asString() + "/summary"));
        assertThat(summary.get("amount_redeemed").asLong()).isEqualTo(1_500);
        assertThat(summary.get("amount_rolledback").asLong()).isEqualTo(1_500);
        assertThat(counts(summary, "redemptions")).containsExactly(2L, 1L, 1L);
        assertThat(counts(summary, "rollbacks")).containsExactly(1L, 1L, 0L);
        assertThat(ok(api.get("/v1/vouchers/" + code)).get("gift").get("balance").asLong()).isEqualTo(5_000);
    }

    @Test
    void listsRedemptionsNewestFirstWithFilters() {
        ok(api.post("/v1/vouchers/LIST-ME", Map.of("discount", Map.of("type", "AMOUNT", "amount_off", 100),
                "redemption", Map.of("quantity", 2))));
        clock.set(DAY_1);
        String first = ok(api.post("/v1/redemptions", Map.of("redeemables", List.of(Map.of("id", "LIST-ME")),
                "customer", Map.of("source_id", "carol")))).get("redemptions").get(0).get("id").asString();
        clock.set(DAY_2);
        String second = ok(api.post("/v1/redemptions", body("LIST-ME", 1_000))).get("redemptions").get(0).get("id")
                .asString();
        clock.set(DAY_3);
        ApiResponse refused = api.post("/v1/redemptions", body("LIST-ME", 1_000));
        String failed = refused.body().get("resource_id").asString();

        JsonNode all = ok(api.get("/v1/redemptions"));
        assertThat(all.get("object").asString()).isEqualTo("list");
        assertThat(all.get("data_ref").asString()).isEqualTo("redemptions");
        assertThat(all.get("total").asInt()).isEqualTo(3);
        assertThat(ids(all)).containsExactly(failed, second, first);

        assertThat(ids(ok(api.get("/v1/redemptions?result=FAILURE")))).containsExactly(failed);
        assertThat(ids(ok(api.get("/v1/redemptions?customer=carol")))).containsExactly(first);
        assertThat(ids(ok(api.get("/v1/redemptions?created_at[before]=2025-06-18T00:00:00Z")))).containsExactly(first);
        assertThat(ids(ok(api.get("/v1/redemptions?created_at[after]=2025-06-18T00:00:00Z&order=created_at"))))
                .containsExactly(second, failed);
        assertThat(ids(ok(api.get("/v1/redemptions?limit=1&page=2")))).containsExactly(second);
        assertThat(api.get("/v1/redemptions?page=100").status()).isEqualTo(400);
        assertThat(api.get("/v1/redemptions?result=MAYBE").status()).isEqualTo(400);
        assertThat(api.get("/v1/redemptions/r_0000000000000000x").status()).isEqualTo(404);
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.get("redemptions").forEach(r -> ids.add(r.get("id").asString()));
        return ids;
    }

    static Map<String, Object> body(String code, long amount) {
        return Map.of("redeemables", List.of(Map.of("object", "voucher", "id", code)), "order", order(amount));
    }

    static Map<String, Object> order(long amount) {
        return Map.of("amount", amount, "items", List.of(Map.of("product_id", "prod_1", "quantity", 1,
                "price", amount)));
    }

    private static List<Long> counts(JsonNode summary, String counter) {
        return List.of(summary.get(counter).asLong(), summary.get(counter + "_succeeded").asLong(),
                summary.get(counter + "_failed").asLong());
    }

    static JsonNode ok(ApiResponse response) {
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.body();
    }
}
