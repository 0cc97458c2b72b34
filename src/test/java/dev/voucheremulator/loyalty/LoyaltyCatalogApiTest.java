package dev.voucheremulator.loyalty;

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

/** Tiers, earning rules, rewards and reward assignments of a loyalty program. */
@EmulatorTest
class LoyaltyCatalogApiTest {

    @LocalServerPort
    int port;

    ApiClient api;
    String programId;

    @BeforeEach
    void program() {
        api = ApiClient.forProject(port, "catalog-" + UUID.randomUUID());
        programId = ok(api.post("/v1/loyalties", Map.of("name", "Tiers", "type", "AUTO_UPDATE",
                "loyalty_tiers_expiration", Map.of("qualification_type", "BALANCE"),
                "voucher", Map.of("type", "LOYALTY_CARD", "loyalty_card", Map.of("points", 150))))).get("id")
                .asString();
    }

    @Test
    void tiersFollowTheMembersBalance() {
        JsonNode created = ok(api.post("/v1/loyalties/" + programId + "/tiers", List.of(
                Map.of("name", "Bronze", "points", Map.of("from", 0, "to", 99)),
                Map.of("name", "Silver", "points", Map.of("from", 100, "to", 499), "metadata", Map.of("color", "grey"),
                        "earning_rules", Map.of("ern_1", Map.of("type", "MULTIPLY", "multiplier", 1.5)),
                        "rewards", Map.of("rew_1", Map.of("type", "CUSTOM", "points", 10))),
                Map.of("name", "Gold", "points", Map.of("from", 500)))));
        assertThat(created).hasSize(3);
        String silver = created.get(1).get("id").asString();
        assertThat(silver).matches("ltr_[0-9A-Za-z]{24}");
        assertThat(created.get(1).get("object").asString()).isEqualTo("loyalty_tier");

        JsonNode list = ok(api.get("/v1/loyalties/" + programId + "/tiers"));
        assertThat(list.get("total").asInt()).isEqualTo(3);
        assertThat(list.get("data").get(0).get("name").asString()).isEqualTo("Bronze");
        JsonNode fetched = ok(api.get("/v1/loyalties/" + programId + "/tiers/" + silver));
        assertThat(fetched.get("points").get("to").asLong()).isEqualTo(499);
        assertThat(fetched.get("earning_rules").toString())
                .isEqualTo("{\"ern_1\":{\"type\":\"MULTIPLY\",\"multiplier\":1.5}}");
        assertThat(fetched.get("rewards").toString()).isEqualTo("{\"rew_1\":{\"type\":\"CUSTOM\",\"points\":10}}");
        assertThat(list.get("data").get(0).get("earning_rules").isEmpty()).isTrue();
        assertThat(api.get("/v1/loyalties/" + programId + "/tiers/ltr_nope").status()).isEqualTo(404);

        String code = ok(api.post("/v1/loyalties/" + programId + "/members", Map.of("customer", "zoe")))
                .get("code").asString();
        assertThat(tierNames(code)).containsExactly("Silver");
        ok(api.post("/v1/loyalties/members/" + code + "/balance", Map.of("points", 400)));
        assertThat(tierNames(code)).containsExactly("Gold");
    }

    @Test
    void earningRulesRewardsAndAssignmentsAreStoredAndReturned() {
        JsonNode rules = ok(api.post("/v1/loyalties/" + programId + "/earning-rules", List.of(Map.of(
                "event", "order.paid", "loyalty", Map.of("type", "FIXED", "points", 5),
                "source", Map.of("banner", "Order paid 5 points."), "active", true))));
        String ruleId = rules.get(0).get("id").asString();
        assertThat(ruleId).startsWith("ern_");
        assertThat(rules.get(0).get("source").get("object_id").asString()).isEqualTo(programId);
        assertThat(ok(api.get("/v1/loyalties/" + programId + "/earning-rules")).get("total").asInt()).isEqualTo(1);
        assertThat(ok(api.get("/v1/loyalties/" + programId + "/earning-rules/" + ruleId)).get("loyalty")
                .get("points").asInt()).isEqualTo(5);
        assertThat(api.post("/v1/loyalties/" + programId + "/earning-rules", List.of(Map.of("event", "order.paid")))
                .status()).isEqualTo(400);

        JsonNode reward = ok(api.post("/v1/rewards", Map.of("name", "Mug", "stock", 10,
                "parameters", Map.of("product", Map.of("id", "prod_mug")))));
        String rewardId = reward.get("id").asString();
        assertThat(rewardId).matches("rew_[0-9A-Za-z]{24}");
        assertThat(reward.get("type").asString()).isEqualTo("MATERIAL");
        assertThat(ok(api.get("/v1/rewards")).get("total").asInt()).isEqualTo(1);
        assertThat(ok(api.get("/v1/rewards/" + rewardId)).get("name").asString()).isEqualTo("Mug");

        JsonNode assigned = ok(api.post("/v1/loyalties/" + programId + "/rewards",
                List.of(Map.of("reward", rewardId, "parameters", Map.of("loyalty", Map.of("points", 40))))));
        String assignmentId = assigned.get("id").asString();
        assertThat(assignmentId).startsWith("rewa_");
        assertThat(ok(api.get("/v1/loyalties/" + programId + "/rewards")).get("total").asInt()).isEqualTo(1);
        assertThat(ok(api.get("/v1/loyalties/" + programId + "/rewards/" + assignmentId)).get("parameters")
                .get("loyalty").get("points").asInt()).isEqualTo(40);
        assertThat(api.post("/v1/loyalties/" + programId + "/rewards",
                List.of(Map.of("reward", rewardId, "parameters", Map.of("loyalty", Map.of("points", 40)))))
                .status()).isEqualTo(409);
    }

    @Test
    void echoesEveryKindOfRewardAndEarningRuleAsSent() {
        String coin = """
                {"name":"Pay with points","parameters":{"coin":{"exchange_ratio":"0.5","points_ratio":"2"}}}""";
        JsonNode reward = ok(api.send("POST", "/v1/rewards", coin, "application/json"));
        assertThat(reward.get("type").asString()).isEqualTo("COIN");
        // the create request's schema types the ratios as strings, the Reward schema as numbers
        assertThat(reward.get("parameters")).isEqualTo(ApiClient.json("""
                {"coin":{"exchange_ratio":0.5,"points_ratio":2}}"""));
        assertThat(reward.has("attributes")).as("none sent: null, as recorded").isFalse();
        assertThat(reward.has("stock")).isFalse();
        String giftCampaignId = ok(api.post("/v1/campaigns", Map.of("name", "Gift cards for points",
                "campaign_type", "GIFT_VOUCHERS", "voucher", Map.of("type", "GIFT_VOUCHER",
                        "gift", Map.of("amount", 1000))))).get("id").asString();
        String campaign = """
                {"name":"Gift","stock":3,
                 "parameters":{"campaign":{"id":"%s","balance":1000,"type":"GIFT_VOUCHERS"}},
                 "attributes":{"image_url":"https://example.com/gift.png"},"metadata":{"tier":"gold"}}"""
                .formatted(giftCampaignId);
        reward = ok(api.send("POST", "/v1/rewards", campaign, "application/json"));
        assertThat(reward.get("type").asString()).isEqualTo("CAMPAIGN");
        assertThat(reward.get("parameters")).isEqualTo(ApiClient.json(campaign).get("parameters"));
        assertThat(reward.get("stock").asInt()).isEqualTo(3);
        assertThat(reward.get("redeemed").asInt()).isZero();
        assertThat(reward.get("attributes").get("image_url").asString()).isEqualTo("https://example.com/gift.png");
        assertThat(api.post("/v1/rewards", Map.of("name", "Nothing", "parameters", Map.of())).body().get("details")
                .asString()).isEqualTo("Property 'parameters' should have one of 'campaign', 'coin', 'product'");

        JsonNode assigned = ok(api.send("POST", "/v1/loyalties/" + programId + "/rewards", "[{\"reward\":\""
                + reward.get("id").asString() + "\",\"parameters\":{\"loyalty\":{\"points\":25.0}}}]",
                "application/json"));
        assertThat(assigned.get("parameters").get("loyalty").get("points").asInt()).isEqualTo(25);

        String rule = """
                {"event":"order.paid","validation_rule_id":"val_1","active":false,
                 "loyalty":{"type":"PROPORTIONAL","calculation_type":"ORDER_ITEMS_AMOUNT",
                  "order_items":{"amount":{"every":100,"points":1,"object":"product","id":"prod_1"}}},
                 "source":{"banner":"1 point per $1","object_id":"ignored"},
                 "start_date":"2025-01-01T00:00:00Z","validity_day_of_week":[1,2],
                 "expiration_rules":{"period_type":"MONTH","period_value":2,"rounding_type":"END_OF_MONTH"},
                 "pending_points":{"period_type":"DAY","period_value":3},"metadata":{"m":true}}""";
        JsonNode created = ok(api.send("POST", "/v1/loyalties/" + programId + "/earning-rules", "[" + rule + "]",
                "application/json")).get(0);
        JsonNode sent = ApiClient.json(rule);
        for (String field : List.of("event", "validation_rule_id", "loyalty", "start_date", "validity_day_of_week",
                "expiration_rules", "pending_points", "metadata")) {
            assertThat(created.get(field)).as(field).isEqualTo(sent.get(field));
        }
        assertThat(created.get("active").asBoolean()).isFalse();
        assertThat(created.get("source").get("banner").asString()).isEqualTo("1 point per $1");
        assertThat(created.get("source").get("object_id").asString()).isEqualTo(programId);
        assertThat(ok(api.get("/v1/loyalties/" + programId + "/earning-rules/" + created.get("id").asString())))
                .isEqualTo(created);
    }

    private List<String> tierNames(String code) {
        JsonNode tiers = ok(api.get("/v1/loyalties/members/" + code + "/tiers"));
        return tiers.get("data").valueStream().map(t -> t.get("name").asString()).toList();
    }

    private static JsonNode ok(ApiResponse response) {
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.body();
    }
}
