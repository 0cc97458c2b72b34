package dev.voucheremulator.publication;

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
 * The calls of the official Java SDK's LoyaltiesTest and PublicationsTest, in their order, answered
 * as the recordings of the real API show: a loyalty card published again to its holder, and a loyalty
 * program asked for a card by a member, publish the card the customer holds.
 */
@EmulatorTest
class LoyaltyCardPublicationApiTest {

    @LocalServerPort
    int port;

    ApiClient api;
    String customerId;
    String programId;
    String programName;
    String cardId;

    @BeforeEach
    void sdkSetUp() {
        api = ApiClient.forProject(port, "sdk-flow-" + UUID.randomUUID());
        customerId = ok(api.post("/v1/customers", Map.of())).get("id").asString();
        programName = "Loyalty" + UUID.randomUUID().toString().substring(0, 8);
        programId = ok(api.post("/v1/campaigns", Map.of("campaign_type", "LOYALTY_PROGRAM", "type", "AUTO_UPDATE",
                "name", programName, "voucher", Map.of("type", "LOYALTY_CARD", "loyalty_card", Map.of("points", 500)))))
                .get("id").asString();
        cardId = ok(api.post("/v1/campaigns/" + programId + "/vouchers?vouchers_count=1", Map.of())).get("id")
                .asString();
        ok(api.post("/v1/campaigns/" + programId + "/vouchers?vouchers_count=1", Map.of()));
    }

    @Test
    void aHolderGetsTheirCardAgainAsTheRecordingsShow() {
        publishCard();
        JsonNode first = ok(api.post("/v1/loyalties/members/" + cardId + "/balance", Map.of("points", 1000)));
        assertThat(first.get("points").asLong()).isEqualTo(1000);
        assertThat(first.get("total").asLong()).isEqualTo(1500);
        assertThat(first.get("balance").asLong()).isEqualTo(1500);
        assertThat(first.get("type").asString()).isEqualTo("loyalty_card");
        assertThat(first.get("object").asString()).isEqualTo("balance");
        assertThat(first.get("related_object").get("type").asString()).isEqualTo("voucher");
        assertThat(first.get("operation_type").asString()).isEqualTo("MANUAL");
        ok(api.post("/v1/loyalties/" + programId + "/members/" + cardId + "/balance", Map.of("points", 1000)));
        assertThat(ok(api.get("/v1/loyalties/members/" + cardId + "/transactions?limit=10")).get("data").size())
                .isEqualTo(2);
        assertThat(api.post("/v1/loyalties/" + programId + "/tiers", List.of()).body().isArray()).isTrue();

        JsonNode again = publishCard();
        assertThat(again.get("result").asString()).isEqualTo("SUCCESS");
        assertThat(again.get("metadata").isObject()).isTrue();
        assertThat(again.get("channel").asString()).isEqualTo("API");
        assertThat(again.get("tracking_id").isNull()).isTrue();
        assertThat(again.get("source_id").isNull()).isTrue();
        JsonNode customer = again.get("customer");
        assertThat(customer.get("id").asString()).isEqualTo(customerId);
        assertThat(customer.get("metadata") == null || customer.get("metadata").isNull())
                .as("no metadata: null, not {}").isTrue();
        JsonNode voucher = again.get("voucher");
        assertThat(voucher.get("id").asString()).isEqualTo(cardId);
        assertThat(voucher.has("validation_rules_assignments")).isFalse();
        assertThat(voucher.get("loyalty_card").get("points").asLong()).isEqualTo(2500);
        assertThat(voucher.get("loyalty_card").get("balance").asLong()).isEqualTo(2500);
        assertThat(voucher.get("publish").get("count").asInt()).as("the same holder: still one").isEqualTo(1);
        assertThat(voucher.get("redemption").get("redeemed_points").asLong()).isZero();
        assertThat(voucher.get("categories").size()).isZero();
        assertThat(voucher.get("holder_id").asString()).isEqualTo(customerId);

        JsonNode fromProgram = ok(api.post("/v1/publications?join_once=false", Map.of("customer",
                Map.of("id", customerId), "campaign", Map.of("name", programName, "count", 1))));
        assertThat(fromProgram.get("result").asString()).isEqualTo("SUCCESS");
        assertThat(fromProgram.get("voucher").get("id").asString()).as("a member keeps their one card")
                .isEqualTo(cardId);
        assertThat(ok(api.get("/v1/publications?limit=10")).get("total").asInt()).isEqualTo(3);
    }

    @Test
    void anotherCustomerCannotTakeAHeldCard() {
        publishCard();
        ApiResponse refused = api.post("/v1/publications", Map.of("customer", Map.of("source_id", "other"),
                "voucher", cardId));
        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.body().get("key").asString()).isEqualTo("voucher_already_published");
    }

    @Test
    void aCustomerNamedByEmailInTheQueryString() {
        ok(api.put("/v1/customers/" + customerId, Map.of("email", "member@example.com")));
        JsonNode published = ok(api.get("/v1/publications/create?voucher=" + cardId
                + "&customer%5Bemail%5D=member%40example.com"));
        assertThat(published.get("customer").get("id").asString()).isEqualTo(customerId);
    }

    private JsonNode publishCard() {
        return ok(api.post("/v1/publications?join_once=false", Map.of("customer", Map.of("id", customerId),
                "voucher", cardId)));
    }

    private static JsonNode ok(ApiResponse response) {
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.body();
    }
}
