package dev.voucheremulator.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.ApiClient.ApiResponse;
import dev.voucheremulator.support.EmulatorTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The three programs of the official "List Loyalty Campaigns" page, through /v1/loyalties. */
@EmulatorTest
class LoyaltyProgramApiTest {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void createSeedPrograms() {
        api = ApiClient.forProject(port, "loyalty-" + UUID.randomUUID());
        ok(api.post("/v1/loyalties", Map.ofEntries(Map.entry("name", "Loyalty Campaign Example"),
                Map.entry("type", "STATIC"), Map.entry("auto_join", true), Map.entry("join_once", true),
                Map.entry("use_voucher_metadata_schema", true),
                Map.entry("start_date", "2021-12-15T00:00:00Z"), Map.entry("expiration_date", "2021-12-31T00:00:00Z"),
                Map.entry("validity_timeframe", Map.of("interval", "P1D", "duration", "PT1H")),
                Map.entry("validity_day_of_week", List.of(3, 4, 5, 6)),
                Map.entry("activity_duration_after_publishing", "P24D"),
                Map.entry("voucher", Map.of("type", "LOYALTY_CARD", "loyalty_card", Map.of("points", 0),
                        "code_config", Map.of("length", 8, "initial_count", 1))))));
        ok(api.post("/v1/loyalties", Map.of("name", "Loyalty Campaign - Tiers", "type", "AUTO_UPDATE",
                "use_voucher_metadata_schema", true, "start_date", "2022-11-01T00:00:00Z",
                "validity_day_of_week", List.of(1, 2, 3, 4, 5, 6), "vouchers_count", 3, "category", "Tiers",
                "loyalty_tiers_expiration", Map.of("qualification_type", "BALANCE",
                        "start_date", Map.of("type", "IMMEDIATE"),
                        "expiration_date", Map.of("type", "CUSTOM", "extend", "P3M",
                                "rounding", Map.of("type", "MONTH", "strategy", "END"))),
                "voucher", Map.of("type", "LOYALTY_CARD", "loyalty_card", Map.of("points", 0),
                        "code_config", Map.of("length", 8, "prefix", "LT1-", "initial_count", 1)))));
        // join_once false as in the official example: the API forces it to true
        ok(api.post("/v1/loyalties", Map.of("name", "Loyalty Campaign 1", "type", "AUTO_UPDATE",
                "auto_join", false, "join_once", false, "use_voucher_metadata_schema", true,
                "description", "This is a campaign description.", "vouchers_count", 6, "category", "Fall",
                "metadata", Map.of("Season", "Fall"),
                "voucher", Map.of("type", "LOYALTY_CARD", "loyalty_card", Map.of("points", 0)))));
        // not a loyalty program: never listed here
        ok(api.post("/v1/campaigns", Map.of("name", "Coupons", "campaign_type", "DISCOUNT_COUPONS",
                "voucher", Map.of("discount", Map.of("type", "AMOUNT", "amount_off", 100)))));
    }

    @Test
    void listsTheProgramsNewestFirstInTheOfficialShape() {
        JsonNode list = ok(api.get("/v1/loyalties"));

        assertThat(list.get("object").asString()).isEqualTo("list");
        assertThat(list.get("data_ref").asString()).isEqualTo("campaigns");
        assertThat(list.get("total").asInt()).isEqualTo(3);
        assertThat(names(list)).containsExactly("Loyalty Campaign 1", "Loyalty Campaign - Tiers",
                "Loyalty Campaign Example");
        for (JsonNode program : list.get("campaigns")) {
            assertThat(program.get("id").asString()).matches("camp_[0-9A-Za-z]{24}");
            assertThat(program.get("campaign_type").asString()).isEqualTo("LOYALTY_PROGRAM");
            assertThat(program.get("voucher").get("type").asString()).isEqualTo("LOYALTY_CARD");
            assertThat(program.get("voucher").get("loyalty_card").toString()).isEqualTo("{\"points\":0}");
            assertThat(program.get("voucher").get("redemption").get("quantity").isNull()).isTrue();
            assertThat(program.get("voucher").get("code_config").get("charset").asString()).hasSize(62);
            assertThat(program.get("voucher").get("is_referral_code").asBoolean()).isFalse();
            assertThat(program.get("join_once").asBoolean()).as("join_once is always true").isTrue();
            assertThat(program.get("use_voucher_metadata_schema").asBoolean()).isTrue();
            assertThat(program.get("categories").isArray()).isTrue();
            assertThat(program.get("categories")).isEmpty();
            assertThat(program.get("creation_status").asString()).isEqualTo("DONE");
            assertThat(program.get("protected").asBoolean()).isFalse();
            assertThat(program.has("category_id")).isTrue();
            assertThat(program.get("object").asString()).isEqualTo("campaign");
        }
        JsonNode first = list.get("campaigns").get(0);
        assertThat(first.get("description").asString()).isEqualTo("This is a campaign description.");
        assertThat(first.get("vouchers_count").asInt()).isEqualTo(6);
        assertThat(first.get("auto_join").asBoolean()).as("auto_join is kept as sent").isFalse();
        assertThat(first.get("metadata").get("Season").asString()).isEqualTo("Fall");
        JsonNode tiers = list.get("campaigns").get(1);
        assertThat(tiers.get("voucher").get("code_config").get("prefix").asString()).isEqualTo("LT1-");
        assertThat(tiers.get("voucher").get("code_config").get("initial_count").asInt()).isEqualTo(1);
        assertThat(tiers.get("voucher").get("start_date").asString()).isEqualTo("2022-11-01T00:00:00.000Z");
        assertThat(tiers.get("loyalty_tiers_expiration").get("expiration_date").get("extend").asString())
                .isEqualTo("P3M");
        JsonNode example = list.get("campaigns").get(2);
        assertThat(example.get("type").asString()).isEqualTo("STATIC");
        assertThat(example.get("auto_join").asBoolean()).isTrue();
        assertThat(example.get("validity_timeframe").get("duration").asString()).isEqualTo("PT1H");
        assertThat(example.get("activity_duration_after_publishing").asString()).isEqualTo("P24D");
        assertThat(example.get("category_id").isNull()).isTrue();
    }

    @Test
    void pagesOrdersAndExpands() {
        JsonNode page1 = ok(api.get("/v1/loyalties?limit=2"));
        JsonNode page2 = ok(api.get("/v1/loyalties?limit=2&page=2"));
        assertThat(page1.get("total").asInt()).isEqualTo(3);
        assertThat(page2.get("total").asInt()).isEqualTo(3);
        assertThat(names(page1)).containsExactly("Loyalty Campaign 1", "Loyalty Campaign - Tiers");
        assertThat(names(page2)).containsExactly("Loyalty Campaign Example");
        assertThat(names(ok(api.get("/v1/loyalties?order=created_at")))).containsExactly(
                "Loyalty Campaign Example", "Loyalty Campaign - Tiers", "Loyalty Campaign 1");
        JsonNode expanded = ok(api.get("/v1/loyalties?expand=category"));
        assertThat(expanded.get("campaigns").get(0).get("categories").get(0).get("name").asString()).isEqualTo("Fall");
        for (String bad : List.of("limit=0", "limit=101", "page=0", "page=101", "order=name", "expand=x")) {
            ApiResponse response = api.get("/v1/loyalties?" + bad);
            assertThat(response.status()).as(bad).isEqualTo(400);
            assertThat(response.body().get("key").asString()).isEqualTo("invalid_query_params");
        }
        // the same programs through /v1/campaigns, and back
        assertThat(ok(api.get("/v1/campaigns?campaign_type=LOYALTY_PROGRAM")).get("total").asInt()).isEqualTo(3);
        ok(api.post("/v1/campaigns", Map.of("name", "Made elsewhere", "campaign_type", "LOYALTY_PROGRAM",
                "voucher", Map.of("loyalty_card", Map.of("points", 10)))));
        assertThat(names(ok(api.get("/v1/loyalties?limit=1")))).containsExactly("Made elsewhere");
    }

    @Test
    void getsUpdatesAndDeletesOnlyLoyaltyPrograms() {
        JsonNode program = ok(api.get("/v1/loyalties/Loyalty%20Campaign%201"));
        assertThat(program.get("validation_rules_assignments").get("total").asInt()).isZero();
        JsonNode updated = ok(api.put("/v1/loyalties/" + program.get("id").asString(),
                Map.of("join_once", false, "auto_join", true, "description", "changed")));
        assertThat(updated.get("join_once").asBoolean()).isTrue();
        assertThat(updated.get("auto_join").asBoolean()).isTrue();
        assertThat(updated.get("description").asString()).isEqualTo("changed");

        assertThat(api.get("/v1/loyalties/Coupons").status()).isEqualTo(404);
        assertThat(api.put("/v1/loyalties/Coupons", Map.of("description", "x")).status()).isEqualTo(404);
        assertThat(api.delete("/v1/loyalties/Coupons").status()).isEqualTo(404);

        ApiResponse deleted = api.delete("/v1/loyalties/Loyalty%20Campaign%201");
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.body().get("async_action_id").asString()).startsWith("aa_");
        assertThat(ok(api.get("/v1/loyalties")).get("total").asInt()).isEqualTo(2);
    }

    @Test
    void refusesWhatIsNotALoyaltyProgram() {
        ApiResponse standalone = api.post("/v1/loyalties", Map.of("name", "X", "type", "STANDALONE",
                "voucher", Map.of("loyalty_card", Map.of("points", 1))));
        assertThat(standalone.status()).isEqualTo(400);
        assertThat(standalone.body().get("key").asString()).isEqualTo("invalid_campaign");
        ApiResponse discount = api.post("/v1/loyalties", Map.of("name", "Y", "campaign_type", "DISCOUNT_COUPONS",
                "voucher", Map.of("discount", Map.of("type", "AMOUNT", "amount_off", 1))));
        assertThat(discount.status()).isEqualTo(400);
        ApiResponse noCard = api.post("/v1/loyalties", Map.of("name", "Z"));
        assertThat(noCard.status()).isEqualTo(400);
        assertThat(noCard.body().get("key").asString()).isEqualTo("invalid_campaign");
        assertThat(api.post("/v1/loyalties", Map.of("name", "Loyalty Campaign 1",
                "voucher", Map.of("loyalty_card", Map.of("points", 1)))).status()).isEqualTo(409);
        assertThat(ok(api.get("/v1/loyalties")).get("total").asInt()).isEqualTo(3);
    }

    private static JsonNode ok(ApiResponse response) {
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.body();
    }

    private static List<String> names(JsonNode list) {
        List<String> names = new ArrayList<>();
        list.get("campaigns").forEach(c -> names.add(c.get("name").asString()));
        return names;
    }
}
