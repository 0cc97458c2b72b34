package dev.voucheremulator.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.EmulatorTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** What the SDK snapshots, recorded from the real API, show of a new campaign and its partial updates. */
@EmulatorTest
class CampaignRecordedShapeApiTest {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void newProject() {
        api = ApiClient.forProject(port, "campaign-shape-" + UUID.randomUUID());
    }

    @Test
    void answersADiscountCampaignAsRecorded() {
        JsonNode campaign = ok(api.post("/v1/campaigns", Map.of("name", "Recorded", "campaign_type", "DISCOUNT_COUPONS",
                "type", "AUTO_UPDATE", "voucher", Map.of("type", "DISCOUNT_VOUCHER",
                        "discount", Map.of("type", "AMOUNT", "amount_off", 1)))));

        assertThat(campaign.has("metadata")).as("no metadata sent: null").isFalse();
        assertThat(campaign.get("voucher").get("discount").has("effect")).as("effect echoed as sent").isFalse();
        assertThat(campaign.get("use_voucher_metadata_schema").asBoolean()).isTrue();
        assertThat(campaign.get("vouchers_count").asInt()).isZero();
        assertThat(campaign.get("validation_rules_assignments").get("total").asInt()).isZero();
        assertThat(campaign.get("access_settings_assignments")).isEqualTo(ApiClient.json("""
                {"object":"list","data_ref":"data","data":[],"total":0}"""));
        assertThat(ok(api.get("/v1/campaigns/Recorded")).get("access_settings_assignments").get("total").asInt())
                .isZero();
    }

    @Test
    void createsAPromotionCampaignWithoutTiers() {
        JsonNode campaign = ok(api.post("/v1/campaigns", Map.of("name", "Bare", "campaign_type", "PROMOTION")));

        assertThat(campaign.get("type").asString()).isEqualTo("STATIC");
        assertThat(campaign.get("use_voucher_metadata_schema").asBoolean()).isFalse();
        assertThat(campaign.get("promotion")).isEqualTo(ApiClient.json("""
                {"object":"list","data_ref":"tiers","tiers":[],"total":0,"has_more":false}"""));
        assertThat(campaign.has("vouchers_count")).isFalse();
        assertThat(campaign.has("validation_rules_assignments")).isFalse();
        assertThat(campaign.has("voucher")).isFalse();
    }

    @Test
    void updateKeepsAbsentFieldsClearsNullOnesAndSetsTheRest() {
        ok(api.post("/v1/campaigns", Map.of("name", "Tri", "campaign_type", "PROMOTION",
                "description", "first", "expiration_date", "2030-01-01T00:00:00.000Z",
                "start_date", "2020-01-01T00:00:00.000Z", "metadata", Map.of("region", "EMEA"))));

        // absent: everything stays
        JsonNode kept = ok(api.put("/v1/campaigns/Tri", Map.of("auto_join", true)));
        assertThat(kept.get("description").asString()).isEqualTo("first");
        assertThat(kept.get("expiration_date").asString()).isEqualTo("2030-01-01T00:00:00.000Z");
        assertThat(kept.get("metadata").get("region").asString()).isEqualTo("EMEA");

        // null: cleared, and only what was sent as null
        JsonNode cleared = ok(api.send("PUT", "/v1/campaigns/Tri",
                "{\"expiration_date\": null, \"description\": null}", "application/json"));
        assertThat(cleared.has("expiration_date")).isFalse();
        assertThat(cleared.has("description")).isFalse();
        assertThat(cleared.get("start_date").asString()).isEqualTo("2020-01-01T00:00:00.000Z");
        assertThat(cleared.get("metadata").get("region").asString()).isEqualTo("EMEA");
        assertThat(ok(api.get("/v1/campaigns/Tri")).has("expiration_date")).isFalse();

        // value: set
        JsonNode set = ok(api.put("/v1/campaigns/Tri", Map.of("expiration_date", "2031-06-01T00:00:00.000Z",
                "description", "second")));
        assertThat(set.get("expiration_date").asString()).isEqualTo("2031-06-01T00:00:00.000Z");
        assertThat(set.get("description").asString()).isEqualTo("second");
    }

    @Test
    void aRejectedUpdateChangesNothing() {
        ok(api.post("/v1/campaigns", Map.of("name", "Firm", "campaign_type", "PROMOTION",
                "start_date", "2020-01-01T00:00:00.000Z", "expiration_date", "2030-01-01T00:00:00.000Z")));

        ApiClient.ApiResponse refused = api.send("PUT", "/v1/campaigns/Firm",
                "{\"description\": null, \"expiration_date\": \"2019-01-01T00:00:00.000Z\"}", "application/json");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(ok(api.get("/v1/campaigns/Firm")).get("expiration_date").asString())
                .isEqualTo("2030-01-01T00:00:00.000Z");
    }

    private static JsonNode ok(ApiClient.ApiResponse response) {
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.body();
    }
}
