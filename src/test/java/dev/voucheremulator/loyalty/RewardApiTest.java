package dev.voucheremulator.loyalty;

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

/** Rewards as recorded from the real API, their partial updates and deletion. */
@EmulatorTest
class RewardApiTest {

    @LocalServerPort
    int port;

    ApiClient api;
    String campaignId;

    @BeforeEach
    void campaign() {
        api = ApiClient.forProject(port, "rewards-" + UUID.randomUUID());
        campaignId = ok(api.post("/v1/campaigns", Map.of("name", "Given", "campaign_type", "DISCOUNT_COUPONS",
                "voucher", Map.of("type", "DISCOUNT_VOUCHER", "discount", Map.of("type", "AMOUNT", "amount_off", 1)))))
                .get("id").asString();
    }

    @Test
    void answersADigitalRewardAsRecorded() {
        JsonNode reward = ok(api.post("/v1/rewards", Map.of("name", "Coupon",
                "parameters", Map.of("campaign", Map.of("id", campaignId)))));

        assertThat(reward.get("type").asString()).isEqualTo("CAMPAIGN");
        assertThat(reward.get("parameters").get("campaign").get("id").asString()).isEqualTo(campaignId);
        assertThat(reward.get("parameters").get("campaign").get("type").asString()).isEqualTo("DISCOUNT_COUPONS");
        assertThat(reward.has("attributes")).isFalse();
        assertThat(reward.get("metadata").isEmpty()).isTrue();
    }

    @Test
    void updateKeepsAbsentFieldsClearsNullOnesAndSetsTheRest() {
        String id = ok(api.post("/v1/rewards", Map.of("name", "Mug", "stock", 10,
                "attributes", Map.of("image_url", "https://example.com/mug.png", "description", "A mug"),
                "metadata", Map.of("size", "L"), "parameters", Map.of("product", Map.of("id", "prod_mug")))))
                .get("id").asString();
        String path = "/v1/rewards/" + id;

        JsonNode kept = ok(api.put(path, Map.of("name", "Big mug")));
        assertThat(kept.get("name").asString()).isEqualTo("Big mug");
        assertThat(kept.get("stock").asInt()).isEqualTo(10);
        assertThat(kept.get("attributes").get("description").asString()).isEqualTo("A mug");
        assertThat(kept.get("metadata").get("size").asString()).isEqualTo("L");
        assertThat(kept.has("updated_at")).isTrue();

        JsonNode cleared = ok(api.send("PUT", path, "{\"stock\": null, \"attributes\": null}", "application/json"));
        assertThat(cleared.has("stock")).isFalse();
        assertThat(cleared.has("attributes")).isFalse();
        assertThat(cleared.get("name").asString()).isEqualTo("Big mug");
        assertThat(cleared.get("metadata").get("size").asString()).isEqualTo("L");

        JsonNode set = ok(api.put(path, Map.of("stock", 3, "metadata", Map.of("size", "XL"))));
        assertThat(set.get("stock").asInt()).isEqualTo(3);
        assertThat(set.get("metadata").get("size").asString()).isEqualTo("XL");
        assertThat(ok(api.get(path)).get("stock").asInt()).isEqualTo(3);
    }

    @Test
    void aRewardKeepsItsType() {
        String id = ok(api.post("/v1/rewards", Map.of("name", "Coupon",
                "parameters", Map.of("campaign", Map.of("id", campaignId))))).get("id").asString();

        ApiClient.ApiResponse refused = api.put("/v1/rewards/" + id,
                Map.of("name", "Changed", "parameters", Map.of("product", Map.of("id", "prod_1"))));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(ok(api.get("/v1/rewards/" + id)).get("name").asString()).isEqualTo("Coupon");
        assertThat(api.put("/v1/rewards/rew_unknown", Map.of("name", "x")).status()).isEqualTo(404);
    }

    @Test
    void deletesARewardWithItsAssignments() {
        String program = ok(api.post("/v1/loyalties", Map.of("name", "Points", "type", "AUTO_UPDATE",
                "voucher", Map.of("type", "LOYALTY_CARD", "loyalty_card", Map.of("points", 0))))).get("id").asString();
        String id = ok(api.post("/v1/rewards", Map.of("name", "Coupon",
                "parameters", Map.of("campaign", Map.of("id", campaignId))))).get("id").asString();
        ok(api.post("/v1/loyalties/" + program + "/rewards", List.of(Map.of("reward", id,
                "parameters", Map.of("loyalty", Map.of("points", 5))))));

        assertThat(api.delete("/v1/rewards/" + id).status()).isEqualTo(204);

        assertThat(api.get("/v1/rewards/" + id).status()).isEqualTo(404);
        assertThat(ok(api.get("/v1/loyalties/" + program + "/rewards")).get("total").asInt()).isZero();
        assertThat(api.delete("/v1/rewards/" + id).status()).isEqualTo(404);
    }

    private static JsonNode ok(ApiClient.ApiResponse response) {
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.body();
    }
}
