package dev.voucheremulator.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.ApiClient.ApiResponse;
import dev.voucheremulator.support.MutableClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A storefront's test run over two days, played through the HTTP API: what the dashboard tests
 * expect to see. Day 1: a coupon campaign with 5 vouchers, 3 publications, 2 valid validations.
 * Day 2: 3 redemptions (orders 50.00, 60.00, 70.00, 20.00 off each), one refused validation and one
 * refused redemption while the campaign is disabled, one rollback. Also a scheduled gift campaign.
 */
final class DashboardStory {

    static final Instant DAY_1 = Instant.parse("2026-03-02T10:00:00Z");
    static final Instant DAY_2 = Instant.parse("2026-03-03T15:00:00Z");
    static final LocalDate FIRST_DAY = LocalDate.ofInstant(DAY_1, ZoneOffset.UTC);
    static final LocalDate LAST_DAY = LocalDate.ofInstant(DAY_2, ZoneOffset.UTC);
    static final String COUPONS = "Dash Coupons";
    static final String GIFTS = "Dash Gift Cards";

    /** The summary of the coupon campaign over both days, counter by counter. */
    static final Map<String, Long> EXPECTED_TOTALS = Map.ofEntries(
            Map.entry("validations", 3L), Map.entry("validations_succeeded", 2L), Map.entry("validations_failed", 1L),
            Map.entry("redemptions", 4L), Map.entry("redemptions_succeeded", 3L), Map.entry("redemptions_failed", 1L),
            Map.entry("rollbacks", 1L), Map.entry("rollbacks_succeeded", 1L), Map.entry("rollbacks_failed", 0L),
            Map.entry("publications", 3L), Map.entry("publications_succeeded", 3L),
            Map.entry("publications_failed", 0L), Map.entry("vouchers_created", 5L), Map.entry("vouchers_deleted", 0L),
            Map.entry("orders_amount", 18_000L), Map.entry("orders_rolledback_amount", 5_000L),
            Map.entry("discounted_amount", 6_000L), Map.entry("rolledback_discounted_amount", 2_000L));

    final String couponsId;
    final String giftsId;

    private DashboardStory(String couponsId, String giftsId) {
        this.couponsId = couponsId;
        this.giftsId = giftsId;
    }

    static DashboardStory play(ApiClient api, MutableClock clock) {
        clock.set(DAY_1);
        String coupons = ok(api.post("/v1/campaigns", Map.of("name", COUPONS, "campaign_type", "DISCOUNT_COUPONS",
                "vouchers_count", 5, "metadata", Map.of("channel", "storefront-test"),
                "voucher", Map.of("type", "DISCOUNT_VOUCHER",
                        "discount", Map.of("type", "AMOUNT", "amount_off", 2000, "effect", "APPLY_TO_ORDER")))))
                .get("id").asString();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            codes.add(ok(api.post("/v1/publications", Map.of("campaign", COUPONS,
                    "customer", Map.of("source_id", "shopper-" + i)))).get("voucher").get("code").asString());
        }
        for (int i = 0; i < 2; i++) {
            assertThat(ok(api.post("/v1/validations", order(codes.get(i), 5000))).get("valid").asBoolean()).isTrue();
        }

        clock.set(DAY_2);
        List<String> redemptionIds = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            JsonNode redeemed = ok(api.post("/v1/redemptions", order(codes.get(i), 5000 + i * 1000)));
            redemptionIds.add(redeemed.get("redemptions").get(0).get("id").asString());
        }
        ok(api.post("/v1/campaigns/" + coupons + "/disable", Map.of()));
        assertThat(ok(api.post("/v1/validations", order(codes.get(0), 4000))).get("valid").asBoolean()).isFalse();
        assertThat(api.post("/v1/redemptions", order(codes.get(0), 4000)).status()).isEqualTo(400);
        ok(api.post("/v1/campaigns/" + coupons + "/enable", Map.of()));
        ok(api.post("/v1/redemptions/" + redemptionIds.get(0) + "/rollback?reason=returned", Map.of()));

        String gifts = ok(api.post("/v1/campaigns", Map.of("name", GIFTS, "campaign_type", "GIFT_VOUCHERS",
                "vouchers_count", 2, "start_date", "2026-03-10T00:00:00Z", "expiration_date", "2026-04-30T00:00:00Z",
                "voucher", Map.of("type", "GIFT_VOUCHER", "gift", Map.of("amount", 5000))))).get("id").asString();
        return new DashboardStory(coupons, gifts);
    }

    static Map<String, Object> order(String code, long amount) {
        return Map.of("redeemables", List.of(Map.of("object", "voucher", "id", code)),
                "order", Map.of("amount", amount, "items", List.of(Map.of("product_id", "prod_1", "quantity", 1,
                        "price", amount))));
    }

    static JsonNode ok(ApiResponse response) {
        assertThat(response.status()).as(response.text()).isBetween(200, 299);
        return response.body();
    }
}
