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
                Map.of("name", "Silver", "points", Map.of("from", 100, "to", 499), "metadata", Map.of("color", "grey")),
                Map.of("name", "Gold", "points", Map.of("from", 500)))));
        assertThat(created).hasSize(3);
        String silver = created.get(1).get("id").asString();
        assertThat(silver).matches("ltr_[0-9A-Za-z]{24}");
        assertThat(created.get(1).get("object").asString()).isEqualTo("loyalty_tier");

        JsonNode list = ok(api.get("/v1/loyalties/" + programId + "/tiers"));
        assertThat(list.get("total").asInt()).isEqualTo(3);
        assertThat(list.get("data").get(0).get("name").asString()).isEqualTo("Bronze");
        assertThat(ok(api.get("/v1/loyalties/" + programId + "/tiers/" + silver)).get("points").get("to").asLong())
                .isEqualTo(499);
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

    private List<String> tierNames(String code) {
        JsonNode tiers = ok(api.get("/v1/loyalties/members/" + code + "/tiers"));
        return tiers.get("data").valueStream().map(t -> t.get("name").asString()).toList();
    }

    private static JsonNode ok(ApiResponse response) {
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.body();
    }
}
