package dev.voucheremulator.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.EmulatorTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The promotion tier endpoints under /v1/promotions, as the SDK calls them. */
@EmulatorTest
class PromotionTierApiTest {

    @LocalServerPort
    int port;

    ApiClient api;
    String campaignId;

    @BeforeEach
    void newPromotion() {
        api = ApiClient.forProject(port, "tiers-" + UUID.randomUUID());
        campaignId = ok(api.post("/v1/campaigns", Map.of("name", "Promo", "campaign_type", "PROMOTION"))).get("id")
                .asString();
    }

    @Test
    void addsATierAsRecorded() {
        JsonNode tier = ok(api.post("/v1/promotions/" + campaignId + "/tiers", Map.of("name", "One off",
                "active", true, "action", Map.of("discount", Map.of("type", "AMOUNT", "amount_off", 1)))));

        assertThat(tier.get("object").asString()).isEqualTo("promotion_tier");
        assertThat(tier.get("id").asString()).startsWith("promo_");
        assertThat(tier.get("campaign_id").asString()).isEqualTo(campaignId);
        assertThat(tier.get("campaign").get("id").asString()).isEqualTo(campaignId);
        assertThat(tier.get("hierarchy").asInt()).isEqualTo(1);
        assertThat(tier.get("action").get("discount").has("effect")).as("echoed as sent").isFalse();
        assertThat(tier.has("promotion_id")).isFalse();
        assertThat(tier.has("validation_rule_assignments")).isFalse();
        assertThat(tier.get("metadata").isEmpty()).isTrue();

        JsonNode list = ok(api.get("/v1/promotions/" + campaignId + "/tiers"));
        assertThat(list.get("data_ref").asString()).isEqualTo("tiers");
        assertThat(list.get("total").asInt()).isEqualTo(1);
        assertThat(list.get("tiers").get(0).get("id")).isEqualTo(tier.get("id"));
        assertThat(ok(api.get("/v1/campaigns/" + campaignId)).get("promotion").get("total").asInt()).isEqualTo(1);
        assertThat(ok(api.get("/v1/promotions/tiers/" + tier.get("id").asString())).get("name").asString())
                .isEqualTo("One off");
    }

    @Test
    void updateKeepsAbsentFieldsClearsNullOnesAndSetsTheRest() {
        String tierId = ok(api.post("/v1/promotions/" + campaignId + "/tiers", Map.of("name", "Tier",
                "banner", "Big sale", "metadata", Map.of("k", "v"), "expiration_date", "2030-01-01T00:00:00.000Z",
                "action", Map.of("discount", Map.of("type", "PERCENT", "percent_off", 10))))).get("id").asString();
        String path = "/v1/promotions/tiers/" + tierId;

        JsonNode kept = ok(api.put(path, Map.of("hierarchy", 3)));
        assertThat(kept.get("banner").asString()).isEqualTo("Big sale");
        assertThat(kept.get("expiration_date").asString()).isEqualTo("2030-01-01T00:00:00.000Z");
        assertThat(kept.get("hierarchy").asInt()).isEqualTo(3);
        assertThat(kept.has("updated_at")).isTrue();

        JsonNode cleared = ok(api.send("PUT", path, "{\"banner\": null, \"expiration_date\": null}",
                "application/json"));
        assertThat(cleared.has("banner")).isFalse();
        assertThat(cleared.has("expiration_date")).isFalse();
        assertThat(cleared.get("metadata").get("k").asString()).isEqualTo("v");
        assertThat(cleared.get("action").get("discount").get("percent_off").asInt()).isEqualTo(10);

        JsonNode set = ok(api.put(path, Map.of("banner", "Bigger sale",
                "action", Map.of("discount", Map.of("type", "AMOUNT", "amount_off", 500)))));
        assertThat(set.get("banner").asString()).isEqualTo("Bigger sale");
        assertThat(set.get("action").get("discount").get("amount_off").asInt()).isEqualTo(500);
        assertThat(ok(api.get(path)).get("banner").asString()).isEqualTo("Bigger sale");
    }

    @Test
    void disablesEnablesAndDeletesATier() {
        String tierId = ok(api.post("/v1/promotions/" + campaignId + "/tiers", Map.of("name", "Switch",
                "action", Map.of("discount", Map.of("type", "AMOUNT", "amount_off", 100))))).get("id").asString();

        assertThat(ok(api.post("/v1/promotions/tiers/" + tierId + "/disable", null)).get("active").asBoolean())
                .isFalse();
        assertThat(ok(api.get("/v1/promotions/tiers/" + tierId)).get("active").asBoolean()).isFalse();
        assertThat(ok(api.post("/v1/promotions/tiers/" + tierId + "/enable", null)).get("active").asBoolean())
                .isTrue();

        assertThat(api.delete("/v1/promotions/tiers/" + tierId).status()).isEqualTo(204);
        assertThat(api.get("/v1/promotions/tiers/" + tierId).status()).isEqualTo(404);
        assertThat(ok(api.get("/v1/promotions/" + campaignId + "/tiers")).get("total").asInt()).isZero();
    }

    @Test
    void listsTheTiersOfEveryPromotionAndTheAvailableOnes() {
        String first = ok(api.post("/v1/promotions/" + campaignId + "/tiers", Map.of("name", "First",
                "action", Map.of("discount", Map.of("type", "AMOUNT", "amount_off", 100))))).get("id").asString();
        String expired = ok(api.post("/v1/promotions/" + campaignId + "/tiers", Map.of("name", "Expired",
                "start_date", "2020-01-01T00:00:00.000Z", "expiration_date", "2020-02-01T00:00:00.000Z",
                "action", Map.of("discount", Map.of("type", "AMOUNT", "amount_off", 200))))).get("id").asString();
        String other = ok(api.post("/v1/campaigns", Map.of("name", "Other", "campaign_type", "PROMOTION",
                "promotion", Map.of("tiers", List.of(Map.of("name", "Off", "action",
                        Map.of("discount", Map.of("type", "PERCENT", "percent_off", 5)))))))).get("id").asString();
        ok(api.post("/v1/campaigns/" + other + "/disable", null));

        JsonNode all = ok(api.get("/v1/promotions/tiers?order=created_at"));
        assertThat(all.get("object").asString()).isEqualTo("list");
        assertThat(all.get("data_ref").asString()).isEqualTo("tiers");
        assertThat(all.get("total").asInt()).isEqualTo(3);
        assertThat(all.get("tiers").get(0).get("id").asString()).isEqualTo(first);
        assertThat(all.get("tiers").get(1).get("id").asString()).isEqualTo(expired);

        JsonNode available = ok(api.get("/v1/promotions/tiers?is_available=true"));
        assertThat(available.get("total").asInt()).as("not expired, campaign enabled").isEqualTo(1);
        assertThat(available.get("tiers").get(0).get("id").asString()).isEqualTo(first);

        JsonNode page = ok(api.get("/v1/promotions/tiers?limit=2&page=1"));
        assertThat(page.get("tiers")).hasSize(2);
        assertThat(page.get("has_more").asBoolean()).isTrue();
        assertThat(page.get("tiers").get(0).get("campaign").get("id").asString()).isEqualTo(other);
        assertThat(api.get("/v1/promotions/tiers?order=name").status()).isEqualTo(400);
    }

    @Test
    void refusesTiersForOtherCampaignsAndUnknownOnes() {
        String coupons = ok(api.post("/v1/campaigns", Map.of("name", "Coupons", "voucher", Map.of(
                "type", "DISCOUNT_VOUCHER", "discount", Map.of("type", "AMOUNT", "amount_off", 1))))).get("id")
                .asString();
        Map<String, Object> tier = Map.of("name", "T", "action",
                Map.of("discount", Map.of("type", "AMOUNT", "amount_off", 1)));

        ApiClient.ApiResponse notPromotion = api.post("/v1/promotions/" + coupons + "/tiers", tier);
        assertThat(notPromotion.status()).isEqualTo(400);
        assertThat(notPromotion.body().get("key").asString()).isEqualTo("invalid_campaign");
        assertThat(api.post("/v1/promotions/camp_unknown/tiers", tier).status()).isEqualTo(404);
        assertThat(api.post("/v1/promotions/" + campaignId + "/tiers", Map.of("name", "No action")).status())
                .isEqualTo(400);
        ApiClient.ApiResponse missing = api.put("/v1/promotions/tiers/promo_unknown", Map.of("banner", "x"));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body().get("key").asString()).isEqualTo("not_found");
        assertThat(ok(api.get("/v1/promotions/" + campaignId + "/tiers")).get("tiers")).isEqualTo(
                ApiClient.json("[]"));
        assertThat(List.of(api.delete("/v1/promotions/tiers/promo_unknown").status(),
                api.post("/v1/promotions/tiers/promo_unknown/enable", null).status())).containsOnly(404);
    }

    private static JsonNode ok(ApiClient.ApiResponse response) {
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.body();
    }
}
