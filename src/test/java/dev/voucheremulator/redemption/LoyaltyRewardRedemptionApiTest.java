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

/** A loyalty card pays for a reward of its program with points; a rollback gives them back. */
@EmulatorTest
class LoyaltyRewardRedemptionApiTest {

    @LocalServerPort
    int port;

    ApiClient api;
    String programId;
    String rewardId;
    String code;

    @BeforeEach
    void programWithRewardAndMember() {
        api = ApiClient.forProject(port, "rewards-" + UUID.randomUUID());
        programId = ok(api.post("/v1/loyalties", Map.of("name", "Points", "type", "AUTO_UPDATE",
                "voucher", Map.of("type", "LOYALTY_CARD", "loyalty_card", Map.of("points", 10))))).get("id")
                .asString();
        rewardId = ok(api.post("/v1/rewards", Map.of("name", "Mug",
                "parameters", Map.of("product", Map.of("id", "prod_mug"))))).get("id").asString();
        ok(api.post("/v1/loyalties/" + programId + "/rewards",
                List.of(Map.of("reward", rewardId, "parameters", Map.of("loyalty", Map.of("points", 40))))));
        code = ok(api.post("/v1/loyalties/" + programId + "/members", Map.of("customer", "zoe"))).get("code")
                .asString();
        ok(api.post("/v1/loyalties/members/" + code + "/balance", Map.of("points", 50)));
    }

    @Test
    void validationShowsThePointsTheRewardWouldTake() {
        JsonNode valid = ok(api.post("/v1/validations", body(Map.of("id", rewardId))));
        assertThat(valid.get("valid").asBoolean()).isTrue();
        JsonNode result = valid.get("redeemables").get(0).get("result");
        assertThat(result.get("loyalty_card").get("points").asLong()).isEqualTo(40);
        assertThat(result.get("reward").get("id").asString()).isEqualTo(rewardId);
        assertThat(result.get("reward").get("name").asString()).isEqualTo("Mug");

        String other = ok(api.post("/v1/rewards", Map.of("name", "Cap",
                "parameters", Map.of("product", Map.of("id", "prod_cap"))))).get("id").asString();
        JsonNode unassigned = ok(api.post("/v1/validations", body(Map.of("id", other))));
        assertThat(unassigned.get("valid").asBoolean()).isFalse();
        JsonNode error = unassigned.get("redeemables").get(0).get("result").get("error");
        assertThat(error.get("key").asString()).isEqualTo("not_found");
        assertThat(error.get("resource_type").asString()).isEqualTo("reward");

        JsonNode tooMuch = ok(api.post("/v1/validations", body(Map.of("id", rewardId, "points", 70))));
        assertThat(tooMuch.get("redeemables").get(0).get("result").get("error").get("key").asString())
                .isEqualTo("loyalty_card_points_exceeded");
        assertThat(balance()).isEqualTo(60);
    }

    @Test
    void redemptionTakesThePointsAndARollbackGivesThemBack() {
        ApiResponse cheap = api.post("/v1/redemptions", body(Map.of("id", rewardId, "points", 30)));
        assertThat(cheap.status()).as(cheap.text()).isEqualTo(400);
        assertThat(cheap.body().get("key").asString()).isEqualTo("missing_reward");
        assertThat(balance()).isEqualTo(60);

        JsonNode redeemed = ok(api.post("/v1/redemptions", body(Map.of("id", rewardId))));
        JsonNode redemption = redeemed.get("redemptions").get(0);
        String redemptionId = redemption.get("id").asString();
        assertThat(redemption.get("amount").asLong()).isEqualTo(40);
        assertThat(redemption.get("loyalty_card").get("points").asLong()).isEqualTo(40);
        assertThat(redemption.get("reward").get("id").asString()).isEqualTo(rewardId);
        assertThat(redemption.get("reward").get("object").asString()).isEqualTo("reward");
        assertThat(balance()).isEqualTo(20);
        assertThat(ok(api.get("/v1/redemptions/" + redemptionId)).get("loyalty_card").get("points").asLong())
                .isEqualTo(40);

        JsonNode transactions = ok(api.get("/v1/loyalties/" + programId + "/members/" + code + "/transactions"));
        JsonNode spent = transactions.get("data").get(0);
        assertThat(spent.get("type").asString()).isEqualTo("POINTS_REDEMPTION");
        assertThat(spent.get("details").get("balance").get("points").asLong()).isEqualTo(-40);

        ApiResponse broke = api.post("/v1/redemptions", body(Map.of("id", rewardId)));
        assertThat(broke.status()).as(broke.text()).isEqualTo(400);
        assertThat(broke.body().get("key").asString()).isEqualTo("loyalty_card_points_exceeded");
        assertThat(balance()).isEqualTo(20);
        assertThat(ok(api.get("/v1/loyalties/" + programId + "/members/" + code + "/transactions")).get("data")
                .size()).isEqualTo(transactions.get("data").size());

        JsonNode summary = ok(api.get("/v1/campaigns/" + programId + "/summary"));
        assertThat(summary.get("points_redeemed").asLong()).isEqualTo(40);
        assertThat(summary.get("redemptions_succeeded").asLong()).isEqualTo(1);

        JsonNode rollback = ok(api.post("/v1/redemptions/" + redemptionId + "/rollback", Map.of()));
        assertThat(rollback.get("amount").asLong()).isEqualTo(-40);
        assertThat(rollback.get("loyalty_card").get("points").asLong()).isEqualTo(-40);
        assertThat(rollback.get("reward").get("id").asString()).isEqualTo(rewardId);
        assertThat(balance()).isEqualTo(60);
        assertThat(ok(api.get("/v1/loyalties/" + programId + "/members/" + code + "/transactions")).get("data")
                .get(0).get("type").asString()).isEqualTo("POINTS_REFUND");

        summary = ok(api.get("/v1/campaigns/" + programId + "/summary"));
        assertThat(summary.get("points_redeemed").asLong()).isEqualTo(40);
        assertThat(summary.get("points_rolledback").asLong()).isEqualTo(40);
    }

    private Map<String, Object> body(Map<String, Object> reward) {
        return Map.of("redeemables", List.of(Map.of("object", "voucher", "id", code, "reward", reward)));
    }

    private long balance() {
        return ok(api.get("/v1/loyalties/members/" + code)).get("loyalty_card").get("balance").asLong();
    }

    private static JsonNode ok(ApiResponse response) {
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.body();
    }
}
