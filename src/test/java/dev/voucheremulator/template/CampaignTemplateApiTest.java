package dev.voucheremulator.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.ApiClient.ApiResponse;
import dev.voucheremulator.support.EmulatorTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The official campaign-setup story: a discount campaign saved as a template and stamped out again. */
@EmulatorTest
class CampaignTemplateApiTest {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void newProject() {
        api = ApiClient.forProject(port, "templates-" + UUID.randomUUID());
    }

    @Test
    void setsUpACampaignFromATemplateAsTheOfficialExampleShows() {
        String ruleId = ok(api.post("/v1/validation-rules", Map.of("name", "Basket over $100",
                "rules", Map.of("1", Map.of("name", "order.amount", "conditions", Map.of("$more_than", List.of(10000)),
                        "rules", Map.of()), "logic", "1")))).get("id").asString();
        Map<String, Object> source = new HashMap<>(Map.of("name", "Winter 2024-25 source",
                "description", "Winter 2024-25", "campaign_type", "DISCOUNT_COUPONS", "type", "AUTO_UPDATE",
                "use_voucher_metadata_schema", true, "validation_rules", List.of(ruleId),
                "voucher", Map.of("type", "DISCOUNT_VOUCHER",
                        "discount", Map.of("type", "AMOUNT", "amount_off", 2500, "aggregated_amount_limit", 25000,
                                "effect", "APPLY_TO_ITEMS"),
                        "redemption", Map.of("quantity", 4),
                        "code_config", Map.of("pattern", "##", "charset", "xD", "prefix", "U-", "postfix", "-WOT"))));
        String campaignId = ok(api.post("/v1/campaigns", source)).get("id").asString();
        JsonNode template = ok(api.post("/v1/templates/campaigns", Map.of("name", "Winter template",
                "description", "Stamp out winter campaigns", "campaign_id", campaignId)));
        assertThat(template.get("id").asString()).matches("camp_tpl_[0-9A-Za-z]{24}");
        assertThat(template.get("campaign_type").asString()).isEqualTo("DISCOUNT_COUPONS");
        assertThat(template.get("object").asString()).isEqualTo("campaign_template");

        JsonNode setup = ok(api.post("/v1/templates/campaigns/" + template.get("id").asString() + "/campaign-setup",
                Map.of("name", "Campaign-out-of-template", "description", "Created out of a template",
                        "auto_join", true, "join_once", true)));

        assertThat(setup.get("object").asString()).isEqualTo("campaign_setup");
        JsonNode created = setup.get("created_resources");
        assertThat(created).hasSize(1);
        String newRuleId = created.get(0).get("id").asString();
        assertThat(newRuleId).matches("val_[0-9A-Za-z]{12}").isNotEqualTo(ruleId);
        assertThat(created.get(0).get("object").asString()).isEqualTo("validation_rules");

        JsonNode campaign = setup.get("campaign");
        assertThat(campaign.get("id").asString()).matches("camp_[0-9A-Za-z]{24}").isNotEqualTo(campaignId);
        assertThat(campaign.get("name").asString()).isEqualTo("Campaign-out-of-template");
        // overrides applied
        assertThat(campaign.get("description").asString()).isEqualTo("Created out of a template");
        assertThat(campaign.get("auto_join").asBoolean()).isTrue();
        assertThat(campaign.get("join_once").asBoolean()).isTrue();
        // the rest copied
        assertThat(campaign.get("campaign_type").asString()).isEqualTo("DISCOUNT_COUPONS");
        assertThat(campaign.get("type").asString()).isEqualTo("AUTO_UPDATE");
        assertThat(campaign.get("use_voucher_metadata_schema").asBoolean()).isTrue();
        JsonNode discount = campaign.get("voucher").get("discount");
        assertThat(discount.get("type").asString()).isEqualTo("AMOUNT");
        assertThat(discount.get("amount_off").asLong()).isEqualTo(2500);
        assertThat(discount.get("aggregated_amount_limit").asLong()).isEqualTo(25000);
        assertThat(discount.get("effect").asString()).isEqualTo("APPLY_TO_ITEMS");
        assertThat(campaign.get("voucher").get("redemption").get("quantity").asInt()).isEqualTo(4);
        JsonNode codeConfig = campaign.get("voucher").get("code_config");
        assertThat(codeConfig.get("pattern").asString()).isEqualTo("##");
        assertThat(codeConfig.get("length").asInt()).isEqualTo(2);
        assertThat(codeConfig.get("charset").asString()).isEqualTo("xD");
        assertThat(codeConfig.get("prefix").asString()).isEqualTo("U-");
        assertThat(codeConfig.get("postfix").asString()).isEqualTo("-WOT");
        // templates keep neither category nor code count
        assertThat(campaign.get("vouchers_count").asInt()).isZero();
        assertThat(campaign.get("category").isNull()).isTrue();
        assertThat(campaign.get("category_id").isNull()).isTrue();
        // the fields of the official example, with their types
        assertThat(campaign.get("is_referral_code").isBoolean()).isTrue();
        assertThat(campaign.get("active").asBoolean()).isTrue();
        assertThat(campaign.get("creation_status").asString()).isEqualTo("DONE");
        assertThat(campaign.get("protected").asBoolean()).isFalse();
        assertThat(campaign.get("deleted").asBoolean()).isFalse();
        assertThat(campaign.has("deleted_at")).isTrue();
        assertThat(campaign.get("voucher_type").asString()).isEqualTo("DISCOUNT_VOUCHER");
        assertThat(campaign.get("discount")).isEqualTo(discount);
        assertThat(campaign.has("gift")).isTrue();
        assertThat(campaign.has("loyalty_card")).isTrue();
        assertThat(campaign.get("voucher_code_config")).isEqualTo(codeConfig);
        assertThat(campaign.get("default_voucher_redemption").get("quantity").asInt()).isEqualTo(4);
        for (String field : List.of("start_date", "expiration_date", "validity_timeframe", "validity_hours",
                "validity_day_of_week", "activity_duration_after_publishing", "updated_at", "created_at",
                "metadata", "object")) {
            assertThat(campaign.has(field)).as(field).isTrue();
        }
        JsonNode assignments = campaign.get("validation_rules_assignments");
        assertThat(assignments.get("total").asInt()).isEqualTo(1);
        JsonNode assignment = assignments.get("data").get(0);
        assertThat(assignment.get("id").asString()).matches("asgm_[0-9A-Za-z]{16}");
        assertThat(assignment.get("rule_id").asString()).isEqualTo(newRuleId);
        assertThat(assignment.get("related_object_id").asString()).isEqualTo(campaign.get("id").asString());
        assertThat(assignment.get("related_object_type").asString()).isEqualTo("campaign");
        assertThat(assignment.get("object").asString()).isEqualTo("validation_rules_assignment");

        // the new campaign is an ordinary one: listed and fetched
        String newId = campaign.get("id").asString();
        assertThat(names(api.get("/v1/campaigns").body())).contains("Campaign-out-of-template");
        JsonNode fetched = ok(api.get("/v1/campaigns/" + newId));
        assertThat(fetched.get("validation_rules_assignments").get("data").get(0).get("rule_id").asString())
                .isEqualTo(newRuleId);
        assertThat(ok(api.get("/v1/campaigns/Campaign-out-of-template")).get("id").asString()).isEqualTo(newId);
        // the template's own rule is untouched and still assigned to the source campaign only
        JsonNode sourceRules = ok(api.get("/v1/validation-rules/" + ruleId + "/assignments"));
        assertThat(sourceRules.get("total").asInt()).isEqualTo(1);
    }

    @Test
    void overridesCodeConfigRedemptionAndGeneratesRequestedCodes() {
        String campaignId = ok(api.post("/v1/campaigns", Map.of("name", "Plain", "campaign_type", "GIFT_VOUCHERS",
                "voucher", Map.of("type", "GIFT_VOUCHER", "gift", Map.of("amount", 5000))))).get("id").asString();
        String templateId = ok(api.post("/v1/templates/campaigns", Map.of("name", "Gifts", "campaign_id",
                campaignId))).get("id").asString();

        JsonNode setup = ok(api.post("/v1/templates/campaigns/" + templateId + "/campaign-setup", Map.of(
                "name", "Gifts 2", "vouchers_count", 3, "category", "Seasonal", "metadata", Map.of("k", "v"),
                "voucher", Map.of("code_config", Map.of("prefix", "GIFT-", "length", 5),
                        "redemption", Map.of("quantity", 2)))));

        assertThat(setup.get("created_resources")).isEmpty();
        JsonNode campaign = setup.get("campaign");
        assertThat(campaign.get("vouchers_count").asInt()).isEqualTo(3);
        assertThat(campaign.get("category").asString()).isEqualTo("Seasonal");
        assertThat(campaign.get("voucher").get("gift").get("amount").asLong()).isEqualTo(5000);
        assertThat(campaign.get("voucher").get("redemption").get("quantity").asInt()).isEqualTo(2);
        JsonNode vouchers = api.get("/v1/vouchers?campaign=Gifts%202").body();
        assertThat(vouchers.get("total").asInt()).isEqualTo(3);
        vouchers.get("vouchers").forEach(v -> assertThat(v.get("code").asString()).matches("GIFT-[0-9A-Za-z]{5}"));
    }

    @Test
    void managesTemplatesWithCursorPagingAndFilters() {
        String campaignId = ok(api.post("/v1/campaigns", Map.of("name", "Source", "campaign_type", "DISCOUNT_COUPONS",
                "voucher", Map.of("discount", Map.of("type", "PERCENT", "percent_off", 10))))).get("id").asString();
        List<String> ids = new ArrayList<>();
        for (String name : List.of("A", "B", "C")) {
            ids.add(ok(api.post("/v1/templates/campaigns", Map.of("name", name, "campaign_id", campaignId)))
                    .get("id").asString());
        }
        List<String> sorted = ids.stream().sorted().toList();

        JsonNode first = ok(api.get("/v1/templates/campaigns?limit=2&include_total=true"));
        assertThat(first.get("data_ref").asString()).isEqualTo("data");
        assertThat(first.get("total").asInt()).isEqualTo(3);
        assertThat(first.get("has_more").asBoolean()).isTrue();
        assertThat(idsOf(first)).containsExactly(sorted.get(0), sorted.get(1));
        JsonNode second = ok(api.get("/v1/templates/campaigns?limit=2&starting_after_id="
                + first.get("more_starting_after").asString()));
        assertThat(idsOf(second)).containsExactly(sorted.get(2));
        assertThat(second.get("has_more").asBoolean()).isFalse();
        assertThat(second.has("total")).as("total only with include_total").isFalse();
        assertThat(idsOf(ok(api.get("/v1/templates/campaigns?order=-id"))))
                .containsExactly(sorted.get(2), sorted.get(1), sorted.get(0));
        JsonNode named = ok(api.get("/v1/templates/campaigns?filters%5Bname%5D%5Bconditions%5D%5B%24is%5D=B"));
        assertThat(named.get("data")).hasSize(1);
        assertThat(named.get("data").get(0).get("name").asString()).isEqualTo("B");

        String id = ids.get(0);
        JsonNode updated = ok(api.put("/v1/templates/campaigns/" + id, Map.of("name", "A2", "description", "d")));
        assertThat(updated.get("name").asString()).isEqualTo("A2");
        assertThat(updated.get("updated_at").asString()).isNotBlank();
        assertThat(ok(api.get("/v1/templates/campaigns/" + id + "?expand=json_template")).get("json_template")
                .get("voucher").get("discount").get("percent_off").asInt()).isEqualTo(10);
        assertThat(api.put("/v1/templates/campaigns/" + id, Map.of("name", "B")).status()).isEqualTo(409);
        assertThat(api.post("/v1/templates/campaigns", Map.of("name", "B", "campaign_id", campaignId)).status())
                .isEqualTo(409);
        assertThat(api.delete("/v1/templates/campaigns/" + id).status()).isEqualTo(204);
        assertThat(api.get("/v1/templates/campaigns/" + id).status()).isEqualTo(404);
    }

    @Test
    void refusesBadSetupsAndCreatesNothing() {
        String campaignId = ok(api.post("/v1/campaigns", Map.of("name", "Source", "campaign_type", "DISCOUNT_COUPONS",
                "voucher", Map.of("discount", Map.of("type", "AMOUNT", "amount_off", 100))))).get("id").asString();
        String templateId = ok(api.post("/v1/templates/campaigns", Map.of("name", "T", "campaign_id", campaignId)))
                .get("id").asString();
        String setup = "/v1/templates/campaigns/" + templateId + "/campaign-setup";

        expectError(api.post("/v1/templates/campaigns/camp_tpl_000000000000000000000000/campaign-setup",
                Map.of("name", "X")), 404, "not_found");
        expectError(api.post(setup, Map.of()), 400, "invalid_payload");
        expectError(api.post(setup, Map.of("name", "")), 400, "invalid_payload");
        expectError(api.post(setup, Map.of("name", 42)), 400, "invalid_payload");
        expectError(api.post(setup, Map.of("name", "X", "vouchers_count", "many")), 400, "invalid_payload");
        expectError(api.post(setup, Map.of("name", "X", "type", "BULKY")), 400, "invalid_payload");
        expectError(api.post(setup, Map.of("name", "X", "validation_rules", List.of("val_000000000000"))), 400,
                "invalid_payload");
        expectError(api.send("POST", setup, "{\"name\":", "application/json"), 400, "invalid_payload");
        expectError(api.post(setup, Map.of("name", "Source")), 409, "duplicate_found");

        assertThat(api.get("/v1/campaigns").body().get("total").asInt()).isEqualTo(1);
        assertThat(api.get("/v1/validation-rules").body().get("total").asInt()).isZero();

        String loyaltyId = ok(api.post("/v1/campaigns", Map.of("name", "L", "campaign_type", "LOYALTY_PROGRAM",
                "voucher", Map.of("loyalty_card", Map.of("points", 1))))).get("id").asString();
        expectError(api.post("/v1/templates/campaigns", Map.of("name", "Nope", "campaign_id", loyaltyId)), 400,
                "campaign_type_is_not_supported_by_campaign_template");
        expectError(api.post("/v1/templates/campaigns", Map.of("name", "Nope")), 400, "invalid_payload");
        expectError(api.post("/v1/templates/campaigns", Map.of("name", "Nope", "campaign_id", "camp_missing")), 404,
                "not_found");
    }

    @Test
    void addsAPromotionTierFromATemplate() {
        String ruleId = ok(api.post("/v1/validation-rules", Map.of("name", "Rule",
                "rules", Map.of("logic", "")))).get("id").asString();
        String sourceId = ok(api.post("/v1/campaigns", Map.of("name", "Source", "campaign_type", "DISCOUNT_COUPONS",
                "validation_rules", List.of(ruleId),
                "voucher", Map.of("discount", Map.of("type", "PERCENT", "percent_off", 20))))).get("id").asString();
        String templateId = ok(api.post("/v1/templates/campaigns", Map.of("name", "T", "campaign_id", sourceId)))
                .get("id").asString();
        String promoId = ok(api.post("/v1/campaigns", Map.of("name", "Promo", "campaign_type", "PROMOTION",
                "promotion", Map.of("tiers", List.of(Map.of("name", "Base",
                        "action", Map.of("discount", Map.of("type", "AMOUNT", "amount_off", 100))))))))
                .get("id").asString();

        JsonNode tierSetup = ok(api.post("/v1/templates/campaigns/" + templateId + "/tier-setup",
                Map.of("campaign_id", promoId, "name", "20% from template", "banner", "20% off")));

        assertThat(tierSetup.get("object").asString()).isEqualTo("promotion_tier_setup");
        JsonNode tier = tierSetup.get("promotion_tier");
        assertThat(tier.get("name").asString()).isEqualTo("20% from template");
        assertThat(tier.get("action").get("discount").get("percent_off").asInt()).isEqualTo(20);
        assertThat(tier.get("hierarchy").asInt()).isEqualTo(2);
        String newRule = tierSetup.get("created_resources").get(0).get("id").asString();
        assertThat(newRule).isNotEqualTo(ruleId);
        assertThat(tier.get("validation_rule_assignments").get("data").get(0).get("rule_id").asString())
                .isEqualTo(newRule);
        assertThat(ok(api.get("/v1/campaigns/Promo")).get("promotion").get("total").asInt()).isEqualTo(2);
        assertThat(tierSetup.get("campaign").get("id").asString()).isEqualTo(promoId);

        expectError(api.post("/v1/templates/campaigns/" + templateId + "/tier-setup",
                Map.of("campaign_id", sourceId, "name", "x")), 400, "invalid_campaign");
        expectError(api.post("/v1/templates/campaigns/" + templateId + "/tier-setup", Map.of("name", "x")), 400,
                "invalid_payload");
    }

    private static void expectError(ApiResponse response, int status, String key) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.body().get("code").asInt()).isEqualTo(status);
        assertThat(response.body().get("key").asString()).isEqualTo(key);
        assertThat(response.body().get("request_id").asString()).startsWith("v-");
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

    private static List<String> idsOf(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.get("data").forEach(t -> ids.add(t.get("id").asString()));
        return ids;
    }
}
