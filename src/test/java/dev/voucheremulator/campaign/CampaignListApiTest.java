package dev.voucheremulator.campaign;

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

/**
 * The six campaigns of the official "List Campaigns" page, created through the API, come back
 * from GET /v1/campaigns in that page's shape and order; every parameter narrows them as it should.
 */
@EmulatorTest
class CampaignListApiTest {

    // The official page, oldest first (the list answers newest first).
    private static final List<String> SEED_NAMES_OLDEST_FIRST = List.of("3% OFF Entire Order",
            "$20 OFF Entire Order", "Dynamic Discounts", "Loyalty Program Fall 2022", "Static Campaign",
            "Voucher Metadata");

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void createSeedCampaigns() {
        api = ApiClient.forProject(port, "list-" + UUID.randomUUID());
        for (Map<String, Object> body : seedCampaignsOldestFirst()) {
            ApiResponse created = api.post("/v1/campaigns", body);
            assertThat(created.status()).as(created.text()).isEqualTo(200);
        }
    }

    @Test
    void listsTheSeedCampaignsNewestFirstInTheOfficialShape() {
        ApiResponse list = api.get("/v1/campaigns");

        assertThat(list.status()).isEqualTo(200);
        JsonNode body = list.body();
        assertThat(body.get("object").asString()).isEqualTo("list");
        assertThat(body.get("data_ref").asString()).isEqualTo("campaigns");
        assertThat(body.get("total").asInt()).isEqualTo(6);
        assertThat(names(body)).containsExactlyElementsOf(reversed(SEED_NAMES_OLDEST_FIRST));

        JsonNode first = body.get("campaigns").get(0);
        assertThat(first.get("id").asString()).matches("camp_[0-9A-Za-z]{24}");
        assertThat(first.get("campaign_type").asString()).isEqualTo("DISCOUNT_COUPONS");
        assertThat(first.get("type").asString()).isEqualTo("AUTO_UPDATE");
        JsonNode voucher = first.get("voucher");
        assertThat(voucher.get("type").asString()).isEqualTo("DISCOUNT_VOUCHER");
        assertThat(voucher.get("discount").get("type").asString()).isEqualTo("PERCENT");
        assertThat(voucher.get("discount").get("amount_limit").asLong()).isEqualTo(4400);
        assertThat(voucher.get("discount").get("percent_off").isIntegralNumber()).isTrue();
        assertThat(voucher.get("discount").get("percent_off").asInt()).isEqualTo(30);
        assertThat(voucher.get("discount").get("effect").asString()).isEqualTo("APPLY_TO_ORDER");
        assertThat(voucher.get("redemption").has("quantity")).isTrue();
        assertThat(voucher.get("redemption").get("quantity").isNull()).isTrue();
        assertThat(voucher.get("code_config").get("length").asInt()).isEqualTo(9);
        assertThat(voucher.get("code_config").get("pattern").asString()).isEqualTo("#########");
        assertThat(voucher.get("code_config").get("prefix").asString()).isEqualTo("Discount-");
        assertThat(voucher.get("code_config").get("postfix").asString()).isEqualTo("YY");
        assertThat(voucher.get("is_referral_code").asBoolean()).isFalse();
        assertThat(voucher.get("start_date").asString()).isEqualTo("2022-09-20T00:00:00.000Z");
        assertThat(voucher.get("expiration_date").asString()).isEqualTo("2022-09-30T00:00:00.000Z");
        assertThat(voucher.get("validity_timeframe").get("interval").asString()).isEqualTo("P3D");
        assertThat(first.get("validity_day_of_week").toString()).isEqualTo("[1,2,3,4]");
        assertThat(first.get("activity_duration_after_publishing").asString()).isEqualTo("P24D");
        assertThat(first.get("vouchers_count").asInt()).isEqualTo(1);
        assertThat(first.get("active").asBoolean()).isTrue();
        assertThat(first.get("metadata").get("region").asString()).isEqualTo("AMER");
        assertThat(first.get("created_at").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(first.has("updated_at")).isFalse();
        assertThat(first.get("creation_status").asString()).isEqualTo("DONE");
        assertThat(first.get("vouchers_generation_status").asString()).isEqualTo("DONE");
        assertThat(first.get("protected").asBoolean()).isFalse();
        assertThat(first.has("category_id")).isTrue();
        assertThat(first.get("category_id").isNull()).isTrue();
        assertThat(first.get("object").asString()).isEqualTo("campaign");
        // list items carry neither tiers nor rule assignments
        assertThat(first.has("promotion")).isFalse();
        assertThat(first.has("validation_rules_assignments")).isFalse();

        for (JsonNode campaign : body.get("campaigns")) {
            assertThat(campaign.get("voucher").get("code_config").get("charset").asString()).hasSize(62);
            assertThat(campaign.get("auto_join").isBoolean()).isTrue();
            assertThat(campaign.get("join_once").isBoolean()).isTrue();
            assertThat(campaign.get("use_voucher_metadata_schema").isBoolean()).isTrue();
            assertThat(campaign.get("categories").isArray()).isTrue();
            assertThat(campaign.get("categories")).isEmpty();
        }
        JsonNode staticCampaign = byName(body, "Static Campaign");
        assertThat(staticCampaign.get("type").asString()).isEqualTo("STATIC");
        assertThat(staticCampaign.get("join_once").asBoolean()).isTrue();
        assertThat(staticCampaign.get("voucher").get("redemption").get("quantity").asInt()).isEqualTo(1);
        assertThat(staticCampaign.has("metadata")).as("created without metadata: null, as recorded").isFalse();

        JsonNode loyalty = byName(body, "Loyalty Program Fall 2022");
        assertThat(loyalty.get("voucher").get("loyalty_card").get("points").asInt()).isZero();
        assertThat(loyalty.get("voucher").get("loyalty_card").get("expiration_rules").get("period_type").asString())
                .isEqualTo("MONTH");
        assertThat(loyalty.get("auto_join").asBoolean()).isTrue();
        assertThat(loyalty.get("join_once").asBoolean()).isTrue();
        assertThat(loyalty.get("category_id").asString()).matches("cat_[0-9a-f]{18}");

        JsonNode dynamic = byName(body, "Dynamic Discounts");
        assertThat(dynamic.get("category").asString()).isEqualTo("test");
        assertThat(dynamic.get("voucher").get("discount").get("percent_off_formula").asString())
                .isEqualTo("IF(ORDER_AMOUNT > 300;15;5)");
    }

    @Test
    void pagesThroughTheListWithoutOverlap() {
        List<String> seen = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            JsonNode body = api.get("/v1/campaigns?limit=2&page=" + page).body();
            assertThat(body.get("total").asInt()).isEqualTo(6);
            assertThat(body.get("campaigns")).hasSize(2);
            seen.addAll(names(body));
        }
        assertThat(seen).containsExactlyElementsOf(reversed(SEED_NAMES_OLDEST_FIRST));
        JsonNode pastTheEnd = api.get("/v1/campaigns?limit=2&page=4").body();
        assertThat(pastTheEnd.get("campaigns")).isEmpty();
        assertThat(pastTheEnd.get("total").asInt()).isEqualTo(6);
    }

    @Test
    void ordersByCreationAndUpdate() {
        assertThat(names(api.get("/v1/campaigns?order=created_at").body()))
                .containsExactlyElementsOf(SEED_NAMES_OLDEST_FIRST);
        assertThat(names(api.get("/v1/campaigns?order=-created_at").body()))
                .containsExactlyElementsOf(reversed(SEED_NAMES_OLDEST_FIRST));

        assertThat(api.put("/v1/campaigns/Static Campaign".replace(" ", "%20"),
                Map.of("description", "touched")).status()).isEqualTo(200);
        List<String> byUpdateDesc = names(api.get("/v1/campaigns?order=-updated_at").body());
        assertThat(byUpdateDesc.get(0)).isEqualTo("Static Campaign");
    }

    @Test
    void filtersByTypeStatusAndReferral() {
        JsonNode loyalty = api.get("/v1/campaigns?campaign_type=LOYALTY_PROGRAM").body();
        assertThat(names(loyalty)).containsExactly("Loyalty Program Fall 2022");
        assertThat(loyalty.get("total").asInt()).isEqualTo(1);

        assertThat(api.get("/v1/campaigns?campaign_type=DISCOUNT_COUPONS").body().get("total").asInt()).isEqualTo(5);
        assertThat(api.get("/v1/campaigns?campaign_status=DONE").body().get("total").asInt()).isEqualTo(6);
        assertThat(api.get("/v1/campaigns?campaign_status=IN_PROGRESS").body().get("total").asInt()).isZero();
        assertThat(api.get("/v1/campaigns?is_referral_code=true").body().get("total").asInt()).isZero();
        assertThat(api.get("/v1/campaigns?is_referral_code=false").body().get("total").asInt()).isEqualTo(6);
        JsonNode secondPage = api.get("/v1/campaigns?campaign_type=DISCOUNT_COUPONS&limit=3&page=2&order=created_at").body();
        assertThat(names(secondPage)).containsExactly("Static Campaign", "Voucher Metadata");
    }

    @Test
    void filtersWithDeepObjectConditions() {
        JsonNode byName = api.get("/v1/campaigns?filters%5Bcampaigns%5D%5Bconditions%5D%5B%24in%5D=Static%20Campaign"
                + "&filters%5Bcampaigns%5D%5Bconditions%5D%5B%24in%5D=Dynamic%20Discounts").body();
        assertThat(names(byName)).containsExactlyInAnyOrder("Static Campaign", "Dynamic Discounts");

        JsonNode byCategory = api.get("/v1/campaigns?filters%5Bcategories%5D%5Bconditions%5D%5B%24in%5D=test").body();
        assertThat(names(byCategory)).containsExactly("Dynamic Discounts");

        api.post("/v1/campaigns/Static%20Campaign/disable", Map.of());
        JsonNode disabled = api.get("/v1/campaigns?filters%5Bactive%5D%5Bconditions%5D%5B%24disabled%5D=").body();
        assertThat(names(disabled)).containsExactly("Static Campaign");

        JsonNode either = api.get("/v1/campaigns?filters%5Bjunction%5D=or"
                + "&filters%5Bcampaigns%5D%5Bconditions%5D%5B%24is%5D=Voucher%20Metadata"
                + "&filters%5Bvoucher_type%5D%5Bconditions%5D%5B%24is%5D=LOYALTY_CARD").body();
        assertThat(names(either)).containsExactlyInAnyOrder("Voucher Metadata", "Loyalty Program Fall 2022");
    }

    @Test
    void expandsCategories() {
        JsonNode body = api.get("/v1/campaigns?expand=category").body();
        JsonNode dynamic = byName(body, "Dynamic Discounts");
        assertThat(dynamic.get("categories")).hasSize(1);
        JsonNode category = dynamic.get("categories").get(0);
        assertThat(category.get("name").asString()).isEqualTo("test");
        assertThat(category.get("id").asString()).isEqualTo(dynamic.get("category_id").asString());
        assertThat(category.get("hierarchy").asInt()).isZero();
        assertThat(category.get("object").asString()).isEqualTo("category");
        assertThat(byName(body, "Static Campaign").get("categories")).isEmpty();
    }

    @Test
    void rejectsOutOfRangeAndUnknownParameters() {
        for (String query : List.of("limit=0", "limit=101", "page=0", "page=101", "limit=abc",
                "campaign_type=COUPONS", "campaign_status=DONEISH", "order=name", "expand=vouchers",
                "is_referral_code=maybe", "filters%5Bnope%5D%5Bconditions%5D%5B%24is%5D=x")) {
            ApiResponse response = api.get("/v1/campaigns?" + query);
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.body().get("code").asInt()).isEqualTo(400);
            assertThat(response.body().get("key").asString()).as(query).isEqualTo("invalid_query_params");
            assertThat(response.body().get("request_id").asString()).startsWith("v-");
        }
    }

    private static List<Map<String, Object>> seedCampaignsOldestFirst() {
        String alphanumeric = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
        return List.of(
                Map.of("name", "3% OFF Entire Order", "campaign_type", "DISCOUNT_COUPONS", "type", "AUTO_UPDATE",
                        "vouchers_count", 1, "use_voucher_metadata_schema", true,
                        "voucher", Map.of("type", "DISCOUNT_VOUCHER",
                                "discount", Map.of("type", "PERCENT", "percent_off", 3, "effect", "APPLY_TO_ORDER"),
                                "code_config", Map.of("length", 8, "charset", alphanumeric, "prefix", "3%OFFORDER-"))),
                Map.of("name", "$20 OFF Entire Order", "campaign_type", "DISCOUNT_COUPONS", "type", "AUTO_UPDATE",
                        "vouchers_count", 1, "use_voucher_metadata_schema", true,
                        "voucher", Map.of("type", "DISCOUNT_VOUCHER",
                                "discount", Map.of("type", "AMOUNT", "amount_off", 2000, "effect", "APPLY_TO_ORDER"),
                                "code_config", Map.of("pattern", "########", "prefix", "$20OFFORDER-"))),
                Map.of("name", "Dynamic Discounts", "campaign_type", "DISCOUNT_COUPONS", "type", "AUTO_UPDATE",
                        "vouchers_count", 1, "use_voucher_metadata_schema", true, "category", "test",
                        "metadata", Map.of("marketing_text", "Purchases above $300 are eligible for a 15% discount."),
                        "voucher", Map.of("type", "DISCOUNT_VOUCHER",
                                "discount", Map.of("type", "PERCENT", "percent_off", 5,
                                        "percent_off_formula", "IF(ORDER_AMOUNT > 300;15;5)", "effect", "APPLY_TO_ORDER"),
                                "code_config", Map.of("length", 8, "prefix", "DYNAMIC-"))),
                Map.of("name", "Loyalty Program Fall 2022", "campaign_type", "LOYALTY_PROGRAM", "type", "AUTO_UPDATE",
                        "vouchers_count", 1, "use_voucher_metadata_schema", true, "auto_join", true,
                        "category", "Fall",
                        "voucher", Map.of("type", "LOYALTY_CARD",
                                "loyalty_card", Map.of("points", 0, "expiration_rules",
                                        Map.of("period_type", "MONTH", "period_value", 7, "rounding_type", "END_OF_YEAR")),
                                "code_config", Map.of("length", 8, "prefix", "LOYALTY-CARD-"))),
                Map.of("name", "Static Campaign", "campaign_type", "DISCOUNT_COUPONS", "type", "STATIC",
                        "vouchers_count", 1, "use_voucher_metadata_schema", true, "join_once", true,
                        "voucher", Map.of("type", "DISCOUNT_VOUCHER",
                                "discount", Map.of("type", "AMOUNT", "amount_off", 3000, "effect", "APPLY_TO_ORDER"),
                                "redemption", Map.of("quantity", 1))),
                Map.ofEntries(Map.entry("name", "Voucher Metadata"), Map.entry("campaign_type", "DISCOUNT_COUPONS"),
                        Map.entry("type", "AUTO_UPDATE"), Map.entry("vouchers_count", 1),
                        Map.entry("use_voucher_metadata_schema", false),
                        Map.entry("start_date", "2022-09-20T00:00:00Z"),
                        Map.entry("expiration_date", "2022-09-30T00:00:00.000Z"),
                        Map.entry("validity_timeframe", Map.of("interval", "P3D", "duration", "P1D")),
                        Map.entry("validity_day_of_week", List.of(1, 2, 3, 4)),
                        Map.entry("activity_duration_after_publishing", "P24D"),
                        Map.entry("metadata", Map.of("region", "AMER")),
                        Map.entry("voucher", Map.of("type", "DISCOUNT_VOUCHER",
                                "discount", Map.of("type", "PERCENT", "amount_limit", 4400, "percent_off", 30,
                                        "effect", "APPLY_TO_ORDER"),
                                "code_config", Map.of("length", 9, "prefix", "Discount-", "postfix", "YY")))));
    }

    private static List<String> names(JsonNode list) {
        List<String> names = new ArrayList<>();
        list.get("campaigns").forEach(c -> names.add(c.get("name").asString()));
        return names;
    }

    private static JsonNode byName(JsonNode list, String name) {
        for (JsonNode c : list.get("campaigns")) {
            if (c.get("name").asString().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no campaign named " + name);
    }

    private static List<String> reversed(List<String> names) {
        List<String> copy = new ArrayList<>(names);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
