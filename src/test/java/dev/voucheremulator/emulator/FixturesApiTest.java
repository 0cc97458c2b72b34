package dev.voucheremulator.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.ApiClient.ApiResponse;
import dev.voucheremulator.support.EmulatorTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A fixture directory loaded at start-up and by resets. Its own emulator (and database), because a
 * reset of everything must not reach into the other test classes' projects.
 */
@EmulatorTest
class FixturesApiTest {

    static final String SHOP = """
            {"format_version": 1,
             "customers": [{"source_id": "fixture-alice", "name": "Alice"}],
             "campaigns": [{"name": "Fixture Summer", "vouchers_count": 2,
                            "voucher": {"type": "DISCOUNT_VOUCHER",
                                        "discount": {"type": "PERCENT", "percent_off": 20},
                                        "code_config": {"pattern": "FS-####"}}}],
             "vouchers": [{"code": "FIX-1", "type": "GIFT_VOUCHER", "gift": {"amount": 2500}},
                          {"code": "FIX-SUMMER", "campaign": "Fixture Summer", "metadata": {"hand": "written"}}]}
            """;
    // Written by hand: the ids are names the later entries point at.
    static final String CLUB = """
            {"customers": [{"id": "cust_alice", "source_id": "club-alice", "name": "Alice"}],
             "products": [{"id": "prod_shoe", "source_id": "club-shoe", "name": "Shoe", "price": 5000,
                           "skus": [{"id": "sku_42", "source_id": "club-shoe-42", "sku": "Shoe 42", "price": 5200}]}],
             "validation_rules": [{"id": "val_big", "name": "Big orders",
                                   "rules": {"1": {"name": "order.amount", "conditions": {"$more_than": [10000]}},
                                             "logic": "1"}}],
             "campaigns": [{"name": "Generic", "type": "STANDALONE", "validation_rules": ["val_big"],
                            "voucher": {"type": "DISCOUNT_VOUCHER", "discount": {"type": "PERCENT", "percent_off": 10}}},
                           {"id": "camp_club", "name": "Club", "campaign_type": "LOYALTY_PROGRAM",
                            "voucher": {"type": "LOYALTY_CARD", "loyalty_card": {"points": 0}}}],
             "vouchers": [{"code": "GENERIC-10", "campaign": "Generic"}],
             "rewards": [{"id": "rew_coins", "name": "Coins", "parameters": {"coin": {"exchange_ratio": 1}}}],
             "reward_assignments": [{"campaign_id": "camp_club", "reward": "rew_coins",
                                     "parameters": {"loyalty": {"points": 40}}}],
             "earning_rules": [{"campaign_id": "camp_club", "event": "order.paid", "validation_rule_id": "val_big",
                                "loyalty": {"type": "FIXED", "points": 10}}],
             "orders": [{"source_id": "club-order", "status": "CREATED", "customer_id": "cust_alice",
                         "items": [{"product_id": "prod_shoe", "sku_id": "sku_42", "quantity": 1, "price": 5200}]}]}
            """;
    // The second voucher's discount type is not one Voucherify knows: the API would answer 400.
    static final String BROKEN = """
            {"project": "fixture-broken",
             "vouchers": [{"code": "OK-1", "type": "GIFT_VOUCHER", "gift": {"amount": 100}},
                          {"code": "BAD-1", "type": "DISCOUNT_VOUCHER", "discount": {"type": "HALF"}}]}
            """;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void fixtureDirectory(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("fixtures");
        Files.writeString(dir.resolve("fixture-shop.json"), SHOP);
        Files.writeString(dir.resolve("broken-file-name.json"), BROKEN);
        Files.writeString(dir.resolve("fixture-club.json"), CLUB);
        registry.add("emulator.fixtures.dir", dir::toString);
        registry.add("emulator.snapshots.dir", () -> dir.resolve("snapshots").toString());
    }

    @Test
    void answersTheFixturesCampaignsFromTheStart() {
        ApiClient shop = ApiClient.forProject(port, "fixture-shop");

        JsonNode campaign = shop.get("/v1/campaigns/Fixture%20Summer").body();
        assertThat(campaign.get("vouchers_count").asInt()).isEqualTo(3);
        assertThat(shop.get("/v1/vouchers/FIX-1").body().get("gift").get("balance").asLong()).isEqualTo(2500);
        JsonNode coded = shop.get("/v1/vouchers/FIX-SUMMER").body();
        assertThat(coded.get("campaign").asString()).isEqualTo("Fixture Summer");
        assertThat(coded.get("discount").get("percent_off").asInt()).isEqualTo(20);
        assertThat(shop.get("/v1/customers/fixture-alice").body().get("name").asString()).isEqualTo("Alice");

        // The broken file loaded nothing, and the health control says why.
        assertThat(ApiClient.forProject(port, "fixture-broken").get("/v1/vouchers/OK-1").status()).isEqualTo(404);
        JsonNode health = ApiClient.anonymous(port).get("/_emulator/health").body();
        assertThat(health.get("fixtures").findValuesAsString("status")).contains("loaded", "failed");
        for (JsonNode fixture : health.get("fixtures")) {
            if (fixture.get("project").asString().equals("fixture-broken")) {
                assertThat(fixture.get("error").asString()).startsWith("vouchers[1]");
            }
        }
    }

    @Test
    void aHandWrittenFixtureLinksItsEntriesByTheIdsItNames() {
        ApiClient club = ApiClient.forProject(port, "fixture-club");

        JsonNode generic = club.get("/v1/vouchers/GENERIC-10").body();
        assertThat(generic.get("campaign").asString()).isEqualTo("Generic");
        assertThat(club.get("/v1/campaigns/Generic").body().get("vouchers_count").asInt()).isEqualTo(1);
        String rule = club.get("/v1/validation-rules").body().get("data").get(0).get("id").asString();
        assertThat(rule).startsWith("val_").isNotEqualTo("val_big");
        assertThat(club.get("/v1/campaigns/Generic").body().get("validation_rules_assignments").get("data").get(0)
                .get("rule_id").asString()).isEqualTo(rule);
        JsonNode earning = club.get("/v1/loyalties/Club/earning-rules").body().get("data").get(0);
        assertThat(earning.get("validation_rule_id").asString()).isEqualTo(rule);
        JsonNode assignment = club.get("/v1/loyalties/Club/rewards").body().get("data").get(0);
        assertThat(assignment.get("reward_id").asString())
                .isEqualTo(club.get("/v1/rewards").body().get("data").get(0).get("id").asString());
        assertThat(assignment.get("parameters").get("loyalty").get("points").asInt()).isEqualTo(40);
        JsonNode product = club.get("/v1/products/club-shoe").body();
        assertThat(club.get("/v1/products/club-shoe/skus").body().get("skus").get(0).get("sku").asString())
                .isEqualTo("Shoe 42");
        JsonNode order = club.get("/v1/orders").body().get("orders").get(0);
        assertThat(order.get("customer_id").asString())
                .isEqualTo(club.get("/v1/customers/club-alice").body().get("id").asString());
        assertThat(order.get("items").get(0).get("product_id").asString()).isEqualTo(product.get("id").asString());
        assertThat(order.get("items").get(0).get("sku_id").asString())
                .isEqualTo(club.get("/v1/skus/club-shoe-42").body().get("id").asString());
    }

    @Test
    void resetsToEmptyOrToTheFixtures() {
        ApiClient shop = ApiClient.forProject(port, "fixture-shop");
        ApiClient other = ApiClient.forProject(port, "fixture-other");
        other.post("/v1/vouchers/OTHER-1", Map.of("type", "GIFT_VOUCHER", "gift", Map.of("amount", 100)));
        shop.delete("/v1/vouchers/FIX-1?force=true");

        assertThat(shop.post("/_emulator/projects/fixture-shop/reset?to=fixtures", null).status()).isEqualTo(204);
        assertThat(shop.get("/v1/vouchers/FIX-1").status()).isEqualTo(200);
        assertThat(shop.get("/v1/campaigns").body().get("total").asInt()).isEqualTo(1);

        // Everything, back to the fixtures: refused while one of them is broken, and nothing changes.
        ApiResponse refused = ApiClient.anonymous(port).post("/_emulator/reset?to=fixtures", null);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("key").asString()).isEqualTo("invalid_fixture");
        assertThat(other.get("/v1/vouchers/OTHER-1").status()).isEqualTo(200);

        assertThat(ApiClient.anonymous(port).post("/_emulator/reset", null).status()).isEqualTo(204);
        assertThat(other.get("/v1/vouchers/OTHER-1").status()).isEqualTo(404);
        assertThat(shop.get("/v1/vouchers/FIX-1").status()).isEqualTo(404);
        assertThat(shop.get("/v1/customers").body().get("total").asInt()).isZero();

        assertThat(shop.post("/_emulator/projects/fixture-shop/reset?to=fixtures", null).status()).isEqualTo(204);
        assertThat(shop.get("/v1/vouchers/FIX-SUMMER").status()).isEqualTo(200);
    }
}
