package dev.voucheremulator.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.ApiClient.ApiResponse;
import dev.voucheremulator.support.EmulatorTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Earning rules and reward assignments after they were created: updated, switched, withdrawn. */
@EmulatorTest
class LoyaltyRuleLifecycleApiTest {

    @LocalServerPort
    int port;

    ApiClient api;
    String programId;

    @BeforeEach
    void program() {
        api = ApiClient.forProject(port, "rules-" + UUID.randomUUID());
        programId = ok(api.post("/v1/loyalties", Map.of("name", "Rules", "voucher", Map.of("type", "LOYALTY_CARD",
                "loyalty_card", Map.of("points", 0))))).get("id").asString();
    }

    @Test
    void anEarningRuleUpdateLeavesWhatIsAbsentClearsWhatIsNullAndSetsTheRest() {
        String rule = rule(Map.of("event", "order.paid", "loyalty", Map.of("type", "FIXED", "points", 10),
                "source", Map.of("banner", "Orders"), "metadata", Map.of("team", "crm"),
                "expiration_date", "2030-01-01T00:00:00Z", "validation_rule_id", "val_1"));

        // absent: kept
        JsonNode same = ok(api.put(rules() + "/" + rule, Map.of()));
        assertThat(same.get("metadata").get("team").asString()).isEqualTo("crm");
        assertThat(same.get("expiration_date").asString()).isEqualTo("2030-01-01T00:00:00Z");

        // null: cleared; value: set
        Map<String, Object> body = new HashMap<>();
        body.put("expiration_date", null);
        body.put("validation_rule_id", null);
        body.put("loyalty", Map.of("type", "FIXED", "points", 25));
        body.put("source", Map.of("banner", "Paid orders"));
        JsonNode updated = ok(api.put(rules() + "/" + rule, body));
        assertThat(updated.has("expiration_date") && !updated.get("expiration_date").isNull()).isFalse();
        assertThat(updated.has("validation_rule_id") && !updated.get("validation_rule_id").isNull()).isFalse();
        assertThat(updated.get("loyalty").get("points").asLong()).isEqualTo(25);
        assertThat(updated.get("source").get("banner").asString()).isEqualTo("Paid orders");
        assertThat(updated.get("source").get("object_id").asString()).isEqualTo(programId);
        assertThat(updated.get("metadata").get("team").asString()).as("absent, so kept").isEqualTo("crm");
        assertThat(updated.get("event").asString()).isEqualTo("order.paid");
        assertThat(updated.get("updated_at").isNull()).isFalse();

        JsonNode read = ok(api.get(rules() + "/" + rule));
        assertThat(read.get("loyalty").get("points").asLong()).isEqualTo(25);
        assertThat(read.has("expiration_date") && !read.get("expiration_date").isNull()).isFalse();

        ApiResponse noLoyalty = api.put(rules() + "/" + rule, nullOf("loyalty"));
        assertThat(noLoyalty.status()).as(noLoyalty.text()).isEqualTo(400);
        assertThat(ok(api.get(rules() + "/" + rule)).get("loyalty").get("points").asLong()).isEqualTo(25);
    }

    @Test
    void anEarningRuleIsDisabledEnabledAndDeleted() {
        String rule = rule(Map.of("event", "order.paid", "loyalty", Map.of("type", "FIXED", "points", 10)));
        assertThat(ok(api.post(rules() + "/" + rule + "/disable", null)).get("active").asBoolean()).isFalse();
        assertThat(ok(api.get(rules() + "/" + rule)).get("active").asBoolean()).isFalse();
        assertThat(ok(api.post(rules() + "/" + rule + "/enable", null)).get("active").asBoolean()).isTrue();
        assertThat(ok(api.put(rules() + "/" + rule, Map.of("active", false))).get("active").asBoolean()).isFalse();

        assertThat(api.delete(rules() + "/" + rule).status()).isEqualTo(204);
        assertThat(api.get(rules() + "/" + rule).status()).isEqualTo(404);
        assertThat(api.delete(rules() + "/" + rule).status()).isEqualTo(404);
        assertThat(ok(api.get(rules())).get("total").asInt()).isZero();
    }

    @Test
    void aRewardAssignmentChangesItsPriceAndIsWithdrawn() {
        String reward = ok(api.post("/v1/rewards", Map.of("name", "Coins", "parameters",
                Map.of("coin", Map.of("exchange_ratio", 1))))).get("id").asString();
        String assignment = ok(api.post("/v1/loyalties/" + programId + "/rewards", List.of(Map.of("reward", reward,
                "parameters", Map.of("loyalty", Map.of("points", 40)))))).get("id").asString();

        JsonNode kept = ok(api.put("/v1/loyalties/" + programId + "/rewards/" + assignment, Map.of()));
        assertThat(kept.get("parameters").get("loyalty").get("points").asLong()).isEqualTo(40);
        JsonNode updated = ok(api.put("/v1/loyalties/" + programId + "/rewards/" + assignment,
                Map.of("parameters", Map.of("loyalty", Map.of("points", 55)))));
        assertThat(updated.get("parameters").get("loyalty").get("points").asLong()).isEqualTo(55);
        assertThat(ok(api.get("/v1/loyalties/" + programId + "/reward-assignments/" + assignment))
                .get("parameters").get("loyalty").get("points").asLong()).isEqualTo(55);
        assertThat(ok(api.get("/v1/loyalties/" + programId + "/reward-assignments")).get("total").asInt())
                .isEqualTo(1);
        assertThat(ok(api.get("/v1/loyalties/" + programId + "/reward-assignments/" + assignment + "/reward"))
                .get("id").asString()).isEqualTo(reward);
        assertThat(api.put("/v1/loyalties/" + programId + "/rewards/" + assignment,
                Map.of("parameters", Map.of("loyalty", Map.of("points", 0)))).status()).isEqualTo(400);

        assertThat(api.delete("/v1/loyalties/" + programId + "/rewards/" + assignment).status()).isEqualTo(204);
        assertThat(api.get("/v1/loyalties/" + programId + "/rewards/" + assignment).status()).isEqualTo(404);
        assertThat(ok(api.get("/v1/loyalties/" + programId + "/rewards")).get("total").asInt()).isZero();
        assertThat(ok(api.get("/v1/rewards/" + reward)).get("id").asString()).as("the reward stays").isEqualTo(reward);
    }

    @Test
    void aMemberSeesTheRewardsTheirBalanceAffordsAndATierWhatItMaps() {
        String cheap = reward("Sticker");
        String dear = reward("Bike");
        String cheapAssignment = assign(cheap, 40);
        assign(dear, 500);
        String card = ok(api.post("/v1/loyalties/" + programId + "/members", Map.of("customer",
                Map.of("source_id", "member")))).get("code").asString();
        ok(api.post("/v1/loyalties/members/" + card + "/balance", Map.of("points", 100)));

        JsonNode all = ok(api.get("/v1/loyalties/members/" + card + "/rewards"));
        assertThat(all.get("total").asInt()).isEqualTo(2);
        JsonNode affordable = ok(api.get("/v1/loyalties/members/" + card + "/rewards?affordable_only=true"));
        assertThat(affordable.get("total").asInt()).isEqualTo(1);
        JsonNode item = affordable.get("data").get(0);
        assertThat(item.get("object").asString()).isEqualTo("loyalty_reward");
        assertThat(item.get("reward").get("id").asString()).isEqualTo(cheap);
        assertThat(item.get("assignment").get("id").asString()).isEqualTo(cheapAssignment);

        String rule = rule(Map.of("event", "order.paid", "loyalty", Map.of("type", "FIXED", "points", 10)));
        rule(Map.of("event", "order.paid", "loyalty", Map.of("type", "FIXED", "points", 1)));
        String tier = ok(api.post("/v1/loyalties/" + programId + "/tiers", List.of(Map.of("name", "Gold",
                "points", Map.of("from", 0), "earning_rules", Map.of(rule, Map.of("type", "MULTIPLY", "multiplier", 2)),
                "rewards", Map.of(cheap, Map.of("type", "CUSTOM", "points", 30)))))).get(0).get("id").asString();
        JsonNode tierRules = ok(api.get("/v1/loyalties/" + programId + "/tiers/" + tier + "/earning-rules"));
        assertThat(tierRules.get("total").asInt()).isEqualTo(1);
        assertThat(tierRules.get("data").get(0).get("id").asString()).isEqualTo(rule);
        JsonNode tierRewards = ok(api.get("/v1/loyalties/" + programId + "/tiers/" + tier + "/rewards"));
        assertThat(tierRewards.get("data").size()).isEqualTo(1);
        assertThat(tierRewards.get("data").get(0).get("object").asString()).isEqualTo("loyalty_tier_reward");
        assertThat(tierRewards.get("data").get(0).get("reward").get("id").asString()).isEqualTo(cheap);
    }

    private String reward(String name) {
        return ok(api.post("/v1/rewards", Map.of("name", name, "parameters",
                Map.of("coin", Map.of("exchange_ratio", 1))))).get("id").asString();
    }

    private String assign(String reward, int points) {
        return ok(api.post("/v1/loyalties/" + programId + "/rewards", List.of(Map.of("reward", reward,
                "parameters", Map.of("loyalty", Map.of("points", points)))))).get("id").asString();
    }

    private String rule(Map<String, Object> rule) {
        return ok(api.post(rules(), List.of(rule))).get(0).get("id").asString();
    }

    private String rules() {
        return "/v1/loyalties/" + programId + "/earning-rules";
    }

    private static Map<String, Object> nullOf(String key) {
        Map<String, Object> body = new HashMap<>();
        body.put(key, null);
        return body;
    }

    private static JsonNode ok(ApiResponse response) {
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.body();
    }
}
