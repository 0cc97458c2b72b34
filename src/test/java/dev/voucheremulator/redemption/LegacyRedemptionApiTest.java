package dev.voucheremulator.redemption;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.ApiClient.ApiResponse;
import dev.voucheremulator.support.EmulatorTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The single-redeemable validations and redemptions that came before stacking, as old SDKs call
 * them, and a voucher's redemption list.
 */
@EmulatorTest
class LegacyRedemptionApiTest {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void project() {
        api = ApiClient.forProject(port, "legacy-" + UUID.randomUUID());
    }

    @Test
    void validatesAndRedeemsAVoucherByItsCode() {
        ok(api.post("/v1/vouchers/OLD-10", Map.of("type", "DISCOUNT_VOUCHER", "redemption", Map.of("quantity", 1),
                "discount", Map.of("type", "AMOUNT", "amount_off", 1000), "metadata", Map.of("batch", "A"))));
        Map<String, Object> body = Map.of("customer", Map.of("source_id", "alice"), "order", Map.of("amount", 5000));

        JsonNode valid = ok(api.post("/v1/vouchers/OLD-10/validate", body));
        assertThat(valid.get("valid").asBoolean()).isTrue();
        assertThat(valid.get("code").asString()).isEqualTo("OLD-10");
        assertThat(valid.get("discount").get("amount_off").asLong()).isEqualTo(1000);
        assertThat(valid.get("order").get("total_discount_amount").asLong()).isEqualTo(1000);
        assertThat(valid.get("metadata").get("batch").asString()).isEqualTo("A");
        assertThat(valid.get("tracking_id").asString()).isNotBlank();

        JsonNode redemption = ok(api.post("/v1/vouchers/OLD-10/redemption", body));
        assertThat(redemption.get("id").asString()).startsWith("r_");
        assertThat(redemption.get("object").asString()).isEqualTo("redemption");
        assertThat(redemption.get("result").asString()).isEqualTo("SUCCESS");
        assertThat(redemption.get("voucher").get("code").asString()).isEqualTo("OLD-10");
        assertThat(redemption.get("order").get("total_amount").asLong()).isEqualTo(4000);

        // used up: the old validation says why, the old redemption is refused with the same key
        JsonNode invalid = ok(api.post("/v1/vouchers/OLD-10/validate", body));
        assertThat(invalid.get("valid").asBoolean()).isFalse();
        assertThat(invalid.get("error").get("key").asString()).isEqualTo("quantity_exceeded");
        assertThat(invalid.get("reason").asString()).isNotBlank();
        assertThat(invalid.has("order")).isFalse();
        assertThat(invalid.has("discount")).isFalse();
        assertThat(invalid.get("code").asString()).isEqualTo("OLD-10");
        error(api.post("/v1/vouchers/OLD-10/redemption", body), 400, "quantity_exceeded");
        error(api.post("/v1/vouchers/NOPE/validate", Map.of("customer", Map.of("source_id", "ghost"))), 404,
                "not_found");
        // the refused validation left no trace: the customer it named was not created
        error(api.get("/v1/customers/ghost"), 404, "not_found");
        error(api.post("/v1/vouchers/NOPE/redemption", body), 404, "not_found");

        JsonNode list = ok(api.get("/v1/vouchers/OLD-10/redemption"));
        assertThat(list.get("object").asString()).isEqualTo("list");
        assertThat(list.get("data_ref").asString()).isEqualTo("redemption_entries");
        assertThat(list.get("quantity").asInt()).isEqualTo(1);
        assertThat(list.get("redeemed_quantity").asInt()).isEqualTo(1);
        assertThat(list.get("url").asString()).isEqualTo("/v1/vouchers/OLD-10/redemptions?page=1&limit=10");
        // the refused redemption is listed too, newest first
        assertThat(list.get("total").asInt()).isEqualTo(2);
        assertThat(list.get("redemption_entries").get(0).get("result").asString()).isEqualTo("FAILURE");
        assertThat(list.get("redemption_entries").get(1).get("id").asString())
                .isEqualTo(redemption.get("id").asString());
        error(api.get("/v1/vouchers/NOPE/redemption"), 404, "not_found");
    }

    @Test
    void aDisabledVoucherIsInvalidTheOldWayToo() {
        ok(api.post("/v1/vouchers/OLD-OFF", Map.of("type", "DISCOUNT_VOUCHER", "active", false,
                "discount", Map.of("type", "PERCENT", "percent_off", 10))));
        JsonNode invalid = ok(api.post("/v1/vouchers/OLD-OFF/validate", Map.of("order", Map.of("amount", 1000))));
        assertThat(invalid.get("valid").asBoolean()).isFalse();
        assertThat(invalid.get("error").get("key").asString()).isEqualTo("voucher_disabled");
        error(api.post("/v1/vouchers/OLD-OFF/redemption", Map.of("order", Map.of("amount", 1000))), 400,
                "voucher_disabled");
    }

    @Test
    void redeemsAGiftCardWithCreditsAndTheTransactionsShowIt() {
        ok(api.post("/v1/vouchers/OLD-GIFT", Map.of("type", "GIFT_VOUCHER", "gift", Map.of("amount", 5000))));
        JsonNode valid = ok(api.post("/v1/vouchers/OLD-GIFT/validate",
                Map.of("gift", Map.of("credits", 2000), "order", Map.of("amount", 3000))));
        assertThat(valid.get("valid").asBoolean()).isTrue();
        // the old answer shows the card itself: every credit it received, its balance, its effect
        assertThat(valid.get("gift").get("amount").asLong()).isEqualTo(5000);
        assertThat(valid.get("gift").get("balance").asLong()).isEqualTo(5000);
        assertThat(valid.get("gift").get("effect").asString()).isEqualTo("APPLY_TO_ORDER");
        assertThat(valid.get("order").get("total_amount").asLong()).isEqualTo(1000);

        JsonNode redemption = ok(api.post("/v1/vouchers/OLD-GIFT/redemption?tracking_id=till-7",
                Map.of("gift", Map.of("credits", 2000), "order", Map.of("amount", 3000))));
        assertThat(redemption.get("gift").get("amount").asLong()).isEqualTo(2000);
        assertThat(redemption.get("tracking_id").asString()).isEqualTo("till-7");
        assertThat(ok(api.get("/v1/vouchers/OLD-GIFT")).get("gift").get("balance").asLong()).isEqualTo(3000);

        JsonNode taken = ok(api.get("/v1/vouchers/OLD-GIFT/transactions")).get("data").get(0);
        assertThat(taken.get("type").asString()).isEqualTo("CREDITS_REDEMPTION");
        assertThat(taken.get("details").get("balance").get("amount").asLong()).isEqualTo(-2000);
        assertThat(taken.get("details").get("balance").get("balance").asLong()).isEqualTo(3000);
        assertThat(taken.get("details").get("redemption").get("id").asString())
                .isEqualTo(redemption.get("id").asString());
        assertThat(taken.get("details").get("order").get("id").asString()).startsWith("ord_");

        JsonNode rollback = ok(api.post("/v1/redemptions/" + redemption.get("id").asString() + "/rollback", null));
        JsonNode refund = ok(api.get("/v1/vouchers/OLD-GIFT/transactions")).get("data").get(0);
        assertThat(refund.get("type").asString()).isEqualTo("CREDITS_REFUND");
        assertThat(refund.get("details").get("balance").get("amount").asLong()).isEqualTo(2000);
        assertThat(refund.get("details").get("balance").get("balance").asLong()).isEqualTo(5000);
        assertThat(refund.get("details").get("rollback").get("id").asString())
                .isEqualTo(rollback.get("id").asString());
    }

    @Test
    void validatesAndRedeemsAPromotionTier() {
        JsonNode promotion = ok(api.post("/v1/campaigns", Map.of("name", "Old sale", "campaign_type", "PROMOTION",
                "promotion", Map.of("tiers", List.of(Map.of("name", "10% off", "action",
                        Map.of("discount", Map.of("type", "PERCENT", "percent_off", 10))))))));
        String tierId = promotion.get("promotion").get("tiers").get(0).get("id").asString();
        Map<String, Object> body = Map.of("order", Map.of("amount", 10000));

        JsonNode valid = ok(api.post("/v1/promotions/tiers/" + tierId + "/validation", body));
        assertThat(valid.get("valid").asBoolean()).isTrue();
        assertThat(valid.get("id").asString()).isEqualTo(tierId);
        assertThat(valid.get("object").asString()).isEqualTo("promotion_tier");
        assertThat(valid.get("discount").get("percent_off").asInt()).isEqualTo(10);
        assertThat(valid.get("order").get("total_amount").asLong()).isEqualTo(9000);

        JsonNode redemption = ok(api.post("/v1/promotions/tiers/" + tierId + "/redemption", body));
        assertThat(redemption.get("result").asString()).isEqualTo("SUCCESS");
        assertThat(redemption.get("promotion_tier").get("id").asString()).isEqualTo(tierId);
        error(api.post("/v1/promotions/tiers/promo_nope/validation", body), 404, "not_found");
        error(api.post("/v1/promotions/tiers/promo_nope/redemption", body), 404, "not_found");
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
