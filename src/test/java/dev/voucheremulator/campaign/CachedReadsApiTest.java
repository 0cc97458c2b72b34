package dev.voucheremulator.campaign;

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
 * Campaign lists, summaries and what validations read of a campaign are kept between requests:
 * every answer right after a write still shows the write, and projects never share what is kept.
 */
@EmulatorTest
class CachedReadsApiTest {

    @LocalServerPort
    int port;

    ApiClient api;
    String code;

    @BeforeEach
    void campaignWithOneCode() {
        api = ApiClient.forProject(port, "cached-" + UUID.randomUUID());
        ok(api.post("/v1/campaigns", Map.of("name", "Kept", "campaign_type", "DISCOUNT_COUPONS",
                "vouchers_count", 1, "voucher", Map.of("type", "DISCOUNT_VOUCHER",
                        "discount", Map.of("type", "AMOUNT", "amount_off", 500),
                        "redemption", Map.of("quantity", 2)))));
        code = ok(api.get("/v1/vouchers?campaign=Kept")).get("vouchers").get(0).get("code").asString();
    }

    @Test
    void aListReadAgainShowsEveryCampaignCreatedUpdatedOrDeletedInBetween() {
        assertThat(names(ok(api.get("/v1/campaigns?limit=10")))).containsExactly("Kept");
        ok(api.post("/v1/campaigns", Map.of("name", "Second", "campaign_type", "DISCOUNT_COUPONS",
                "voucher", Map.of("type", "DISCOUNT_VOUCHER", "discount", Map.of("type", "PERCENT", "percent_off", 5)))));
        assertThat(names(ok(api.get("/v1/campaigns?limit=10")))).containsExactly("Second", "Kept");

        ok(api.put("/v1/campaigns/Second", Map.of("description", "changed")));
        assertThat(ok(api.get("/v1/campaigns?limit=10")).get("campaigns").get(0).get("description").asString())
                .isEqualTo("changed");

        assertThat(api.delete("/v1/campaigns/Second").status()).isIn(200, 202, 204);
        assertThat(names(ok(api.get("/v1/campaigns?limit=10")))).containsExactly("Kept");
        // another project keeps its own
        assertThat(names(ok(ApiClient.forProject(port, "cached-other-" + UUID.randomUUID())
                .get("/v1/campaigns?limit=10")))).isEmpty();
    }

    @Test
    void aSummaryReadAgainCountsEveryValidationAndRedemptionInBetween() {
        assertThat(ok(api.get("/v1/campaigns/Kept/summary")).get("redemptions_succeeded").asLong()).isZero();
        ok(api.post("/v1/validations", request()));
        ok(api.post("/v1/redemptions", request()));
        JsonNode summary = ok(api.get("/v1/campaigns/Kept/summary"));
        assertThat(summary.get("validations_succeeded").asLong()).isEqualTo(1);
        assertThat(summary.get("redemptions_succeeded").asLong()).isEqualTo(1);
    }

    @Test
    void aValidationRightAfterTheCampaignIsDisabledFails() {
        assertThat(ok(api.post("/v1/validations", request())).get("valid").asBoolean()).isTrue();
        ok(api.post("/v1/campaigns/Kept/disable", Map.of()));
        assertThat(ok(api.post("/v1/validations", request())).get("valid").asBoolean()).isFalse();
        assertThat(api.post("/v1/redemptions", request()).status()).isEqualTo(400);
        ok(api.post("/v1/campaigns/Kept/enable", Map.of()));
        assertThat(ok(api.post("/v1/validations", request())).get("valid").asBoolean()).isTrue();
    }

    @Test
    void aVoucherUsedUpWhileOthersRedeemItIsRefusedAndCountedOnce() {
        ok(api.post("/v1/redemptions", request()));
        ok(api.post("/v1/redemptions", request()));
        ApiResponse third = api.post("/v1/redemptions", request());
        assertThat(third.status()).as(third.text()).isEqualTo(400);
        assertThat(third.body().get("key").asString()).isEqualTo("quantity_exceeded");
        JsonNode summary = ok(api.get("/v1/campaigns/Kept/summary"));
        assertThat(summary.get("redemptions_succeeded").asLong()).isEqualTo(2);
        assertThat(summary.get("redemptions_failed").asLong()).isEqualTo(1);
        assertThat(ok(api.get("/v1/vouchers/" + code)).get("redemption").get("redeemed_quantity").asInt())
                .isEqualTo(2);
    }

    @Test
    void aValidationReadAgainSeesEveryRedemptionAndChangeOfItsVoucherInBetween() {
        JsonNode first = ok(api.post("/v1/validations", request()));
        assertThat(first.get("valid").asBoolean()).isTrue();
        assertThat(first.get("redeemables").get(0).get("order").get("total_discount_amount").asLong()).isEqualTo(500);

        ok(api.put("/v1/vouchers/" + code, Map.of("discount", Map.of("type", "AMOUNT", "amount_off", 700))));
        assertThat(ok(api.post("/v1/validations", request())).get("redeemables").get(0).get("order")
                .get("total_discount_amount").asLong()).isEqualTo(700);

        ok(api.post("/v1/vouchers/" + code + "/disable", Map.of()));
        assertThat(ok(api.post("/v1/validations", request())).get("valid").asBoolean()).isFalse();
        ok(api.post("/v1/vouchers/" + code + "/enable", Map.of()));
        assertThat(ok(api.post("/v1/validations", request())).get("valid").asBoolean()).isTrue();

        ok(api.post("/v1/redemptions", request()));
        ok(api.post("/v1/redemptions", request()));
        JsonNode usedUp = ok(api.post("/v1/validations", request()));
        assertThat(usedUp.get("valid").asBoolean()).isFalse();
        assertThat(usedUp.get("inapplicable_redeemables").get(0).get("result").get("error").get("key").asString())
                .isEqualTo("quantity_exceeded");

        assertThat(api.delete("/v1/vouchers/" + code + "?force=true").status()).isIn(200, 204);
        JsonNode gone = ok(api.post("/v1/validations", request()));
        assertThat(gone.get("inapplicable_redeemables").get(0).get("result").get("error").get("key").asString())
                .isEqualTo("not_found");
    }

    private Map<String, Object> request() {
        return Map.of("redeemables", List.of(Map.of("object", "voucher", "id", code)),
                "order", Map.of("amount", 5_500));
    }

    private static List<String> names(JsonNode list) {
        return list.get("campaigns").valueStream().map(c -> c.get("name").asString()).toList();
    }

    private static JsonNode ok(ApiResponse response) {
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.body();
    }
}
