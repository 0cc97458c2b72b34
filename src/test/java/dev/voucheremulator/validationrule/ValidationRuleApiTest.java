package dev.voucheremulator.validationrule;

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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@EmulatorTest
class ValidationRuleApiTest {

    static final String ORDER_OVER_100 = """
            {"name": "Order over $100",
             "rules": {"1": {"name": "order.amount", "conditions": {"$more_than": [10000]}, "rules": {}},
                       "logic": "1"},
             "error": {"message": "Order too small"}}""";

    @LocalServerPort
    int port;

    @Autowired
    ValidationRuleService service;

    String appId;
    ApiClient api;

    @BeforeEach
    void newProject() {
        appId = "rules-" + UUID.randomUUID();
        api = ApiClient.forProject(port, appId);
    }

    @Test
    void createsARuleAndEchoesItsDefinitionExactly() {
        JsonNode sent = ApiClient.json(ORDER_OVER_100);
        JsonNode rule = ok(api.send("POST", "/v1/validation-rules", ORDER_OVER_100, "application/json"));

        assertThat(rule.get("id").asString()).matches("val_[0-9A-Za-z]{12}");
        assertThat(rule.get("object").asString()).isEqualTo("validation_rules");
        assertThat(rule.get("name").asString()).isEqualTo("Order over $100");
        assertThat(rule.get("rules")).isEqualTo(sent.get("rules"));
        assertThat(rule.get("error")).isEqualTo(sent.get("error"));
        assertThat(rule.get("type").asString()).isEqualTo("expression");
        assertThat(rule.get("context_type").asString()).isEqualTo("global");
        assertThat(rule.get("applicable_to").toString())
                .isEqualTo("{\"excluded\":[],\"included\":[],\"included_all\":false}");
        assertThat(rule.get("assignments_count").asInt()).isZero();
        assertThat(rule.has("updated_at")).isFalse();
        assertThat(rule.has("bundle_rules")).isFalse();

        JsonNode fetched = ok(api.get("/v1/validation-rules/" + rule.get("id").asString()));
        assertThat(fetched).isEqualTo(rule);
    }

    @Test
    void keepsApplicableToTypeAndContextType() {
        JsonNode rule = ok(api.post("/v1/validation-rules", Map.of("name", "Shoes only", "type", "advanced",
                "context_type", "campaign.discount_coupons.discount.apply_to_items",
                "rules", Map.of("logic", ""),
                "bundle_rules", Map.of("1", Map.of("name", "order.items.product", "rules", Map.of())),
                "applicable_to", Map.of("included", List.of(Map.of("object", "product", "id", "prod_0b72b00ffed198e344",
                        "effect", "APPLY_TO_MOST_EXPENSIVE", "quantity_limit", 1))))));

        assertThat(rule.get("type").asString()).isEqualTo("advanced");
        assertThat(rule.get("context_type").asString()).isEqualTo("campaign.discount_coupons.discount.apply_to_items");
        assertThat(rule.get("bundle_rules").get("1").get("name").asString()).isEqualTo("order.items.product");
        JsonNode included = rule.get("applicable_to").get("included").get(0);
        assertThat(included.get("effect").asString()).isEqualTo("APPLY_TO_MOST_EXPENSIVE");
        assertThat(included.get("quantity_limit").asInt()).isEqualTo(1);
        assertThat(rule.get("applicable_to").get("excluded")).isEmpty();
        assertThat(rule.get("applicable_to").get("included_all").asBoolean()).isFalse();
    }

    @Test
    void keepsExplicitNullsThroughTheDatabase() {
        String body = """
                {"name": "Less than $40",
                 "rules": {"1": {"name": "order.amount", "property": null, "conditions": {"$less_than": [4000]},
                                 "rules": {}}, "logic": "1"},
                 "applicable_to": {"included": [{"object": "product", "id": "prod_1", "source_id": null,
                                                 "effect": "APPLY_TO_EVERY"}]}}""";
        String id = ok(api.send("POST", "/v1/validation-rules", body, "application/json")).get("id").asString();

        JsonNode fetched = ok(api.get("/v1/validation-rules/" + id));
        assertThat(fetched.get("rules")).isEqualTo(ApiClient.json(body).get("rules"));
        assertThat(fetched.get("rules").get("1").get("property").isNull()).isTrue();
        assertThat(fetched.get("applicable_to").get("included").get(0).get("source_id").isNull()).isTrue();
    }

    @Test
    void rejectsBadRuleBodies() {
        for (Object body : List.of(Map.of("rules", Map.of()), Map.of("name", " "), Map.of("name", 5),
                Map.of("name", "Typed", "type", "simple"), Map.of("name", "Context", "context_type", "everywhere"),
                Map.of("name", "Rules", "rules", "1 and 2"), "{\"name\":")) {
            ApiResponse response = api.post("/v1/validation-rules", body);
            assertThat(response.status()).as(body + " -> " + response.text()).isEqualTo(400);
            assertThat(response.body().get("key").asString()).isEqualTo("invalid_payload");
        }
        assertThat(api.post("/v1/validation-rules", Map.of()).body().get("details").asString())
                .isEqualTo("Payload should have required property 'name'");
        assertThat(ok(api.get("/v1/validation-rules")).get("total").asInt()).isZero();
    }

    @Test
    void rejectsApplicableItemsTheSpecDoesNotAllow() {
        for (Map<String, Object> item : List.of(Map.<String, Object>of("object", "product", "id", "prod_1"),
                Map.<String, Object>of("effect", "APPLY_TO_ALL"),
                Map.<String, Object>of("effect", "APPLY_TO_EVERY", "object", "service"),
                Map.<String, Object>of("effect", "APPLY_TO_EVERY", "quantity_limit", 1.5),
                Map.<String, Object>of("effect", "APPLY_TO_EVERY", "price", "cheap"))) {
            ApiResponse response = api.post("/v1/validation-rules", Map.of("name", "Items",
                    "applicable_to", Map.of("excluded", List.of(item))));
            assertThat(response.status()).as(item + " -> " + response.text()).isEqualTo(400);
            assertThat(response.body().get("details").asString()).startsWith("Property 'applicable_to.excluded[0]");
        }
        assertThat(ok(api.get("/v1/validation-rules")).get("total").asInt()).isZero();
    }

    @Test
    void rejectsDuplicateNames() {
        ok(api.post("/v1/validation-rules", Map.of("name", "Unique")));
        String other = ok(api.post("/v1/validation-rules", Map.of("name", "Other"))).get("id").asString();

        ApiResponse duplicate = api.post("/v1/validation-rules", Map.of("name", "Unique"));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.body().get("key").asString()).isEqualTo("duplicate_found");
        assertThat(duplicate.body().get("resource_type").asString()).isEqualTo("validation_rules");
        assertThat(api.put("/v1/validation-rules/" + other, Map.of("name", "Unique")).status()).isEqualTo(409);
    }

    @Test
    void updatesPartiallyAndRefreshesUpdatedAt() {
        JsonNode rule = ok(api.send("POST", "/v1/validation-rules", ORDER_OVER_100, "application/json"));
        String id = rule.get("id").asString();
        ok(api.put("/v1/validation-rules/" + id, Map.of("bundle_rules", Map.of("logic", "1"))));

        Map<String, Object> body = new HashMap<>();
        body.put("name", "Order over $200");
        body.put("error", Map.of("message", "Spend more"));
        body.put("context_type", "voucher.discount_voucher");
        body.put("bundle_rules", null);
        JsonNode updated = ok(api.put("/v1/validation-rules/" + id, body));

        assertThat(updated.get("id").asString()).isEqualTo(id);
        assertThat(updated.get("name").asString()).isEqualTo("Order over $200");
        assertThat(updated.get("error").get("message").asString()).isEqualTo("Spend more");
        assertThat(updated.get("context_type").asString()).isEqualTo("voucher.discount_voucher");
        assertThat(updated.get("rules")).as("not sent, so kept").isEqualTo(rule.get("rules"));
        assertThat(updated.get("bundle_rules").toString()).as("null removes bundle rules").isEqualTo("{}");
        assertThat(updated.get("created_at")).isEqualTo(rule.get("created_at"));
        assertThat(updated.get("updated_at").asString()).isNotBlank();
        assertThat(ok(api.get("/v1/validation-rules/" + id))).isEqualTo(updated);
    }

    @Test
    void listsWithPagingOrderAndDates() {
        for (String name : List.of("B rule", "A rule", "C rule")) {
            ok(api.post("/v1/validation-rules", Map.of("name", name)));
        }
        JsonNode all = ok(api.get("/v1/validation-rules"));
        assertThat(all.get("object").asString()).isEqualTo("list");
        assertThat(all.get("data_ref").asString()).isEqualTo("data");
        assertThat(all.get("total").asInt()).isEqualTo(3);
        assertThat(names(all)).containsExactly("C rule", "A rule", "B rule");
        assertThat(names(ok(api.get("/v1/validation-rules?order=name")))).containsExactly("A rule", "B rule", "C rule");
        assertThat(names(ok(api.get("/v1/validation-rules?order=created_at&limit=2&page=2"))))
                .containsExactly("C rule");
        assertThat(ok(api.get("/v1/validation-rules?start_date=2000-01-01T00:00:00Z&end_date=2000-12-31"))
                .get("total").asInt()).isZero();
        assertThat(ok(api.get("/v1/validation-rules?start_date=2000-01-01")).get("total").asInt()).isEqualTo(3);

        for (String query : List.of("order=size", "limit=101", "page=0", "start_date=yesterday", "limit=ten")) {
            ApiResponse response = api.get("/v1/validation-rules?" + query);
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.body().get("key").asString()).isEqualTo("invalid_query_params");
        }
    }

    @Test
    void answersNotFoundForUnknownRules() {
        String unknown = "val_000000000000";
        for (ApiResponse response : List.of(api.get("/v1/validation-rules/" + unknown),
                api.put("/v1/validation-rules/" + unknown, Map.of("name", "X")),
                api.delete("/v1/validation-rules/" + unknown),
                api.post("/v1/validation-rules/" + unknown + "/assignments",
                        Map.of("related_object_type", "earning_rule", "related_object_id", "ern_1")))) {
            assertThat(response.status()).as(response.text()).isEqualTo(404);
            assertThat(response.body().get("key").asString()).isEqualTo("not_found");
            assertThat(response.body().get("resource_type").asString()).isEqualTo("validation_rules");
            assertThat(response.body().get("resource_id").asString()).isEqualTo(unknown);
        }
        JsonNode none = ok(api.get("/v1/validation-rules/" + unknown + "/assignments"));
        assertThat(none.get("total").asInt()).isZero();
        assertThat(none.get("data")).isEmpty();
    }

    @Test
    void assignsRulesToCampaignsVouchersAndTiers() {
        String ruleId = createRule("Order over $100");
        JsonNode campaign = ok(api.post("/v1/campaigns", discountCampaign("Summer")));
        String campaignId = campaign.get("id").asString();
        ok(api.post("/v1/vouchers/STANDALONE-1", Map.of("type", "DISCOUNT_VOUCHER",
                "discount", Map.of("type", "PERCENT", "percent_off", 5))));

        JsonNode toCampaign = ok(api.post("/v1/validation-rules/" + ruleId + "/assignments",
                Map.of("related_object_type", "campaign", "related_object_id", "Summer")));
        assertThat(toCampaign.get("id").asString()).matches("asgm_[0-9A-Za-z]{16}");
        assertThat(toCampaign.get("rule_id").asString()).isEqualTo(ruleId);
        assertThat(toCampaign.get("related_object_id").asString()).as("stored by id").isEqualTo(campaignId);
        assertThat(toCampaign.get("related_object_type").asString()).isEqualTo("campaign");
        assertThat(toCampaign.get("object").asString()).isEqualTo("validation_rules_assignment");
        assertThat(toCampaign.get("created_at").asString()).isNotBlank();

        // related_object_type defaults to voucher; a code names the voucher
        JsonNode toVoucher = ok(api.post("/v1/validation-rules/" + ruleId + "/assignments",
                Map.of("related_object_id", "STANDALONE-1")));
        assertThat(toVoucher.get("related_object_type").asString()).isEqualTo("voucher");
        assertThat(toVoucher.get("related_object_id").asString()).startsWith("v_");

        JsonNode shown = ok(api.get("/v1/campaigns/" + campaignId)).get("validation_rules_assignments");
        assertThat(shown.get("total").asInt()).isEqualTo(1);
        assertThat(shown.get("data").get(0)).isEqualTo(toCampaign);
        JsonNode campaignVoucher = ok(api.get("/v1/vouchers?campaign_id=" + campaignId)).get("vouchers").get(0);
        assertThat(campaignVoucher.get("validation_rules_assignments").get("data").get(0)).as("inherited")
                .isEqualTo(toCampaign);
        assertThat(ok(api.get("/v1/vouchers/STANDALONE-1")).get("validation_rules_assignments").get("data").get(0))
                .isEqualTo(toVoucher);

        JsonNode ofRule = ok(api.get("/v1/validation-rules/" + ruleId + "/assignments"));
        assertThat(ofRule.get("total").asInt()).isEqualTo(2);
        assertThat(ofRule.get("data").get(0)).as("newest first").isEqualTo(toVoucher);
        assertThat(ok(api.get("/v1/validation-rules/" + ruleId)).get("assignments_count").asInt()).isEqualTo(2);
        assertThat(ok(api.get("/v1/validation-rules")).get("data").get(0).get("assignments_count").asInt())
                .isEqualTo(2);
        JsonNode filtered = ok(api.get("/v1/validation-rules-assignments?related_object_id=" + campaignId));
        assertThat(filtered.get("total").asInt()).isEqualTo(1);
        assertThat(filtered.get("data").get(0)).isEqualTo(toCampaign);
        assertThat(ok(api.get("/v1/validation-rules-assignments?rule=" + ruleId + "&order=created_at"))
                .get("data").get(0)).isEqualTo(toCampaign);
        assertThat(ok(api.get("/v1/validation-rules-assignments?limit=1&page=2")).get("data")).hasSize(1);
    }

    @Test
    void refusesDuplicateAssignmentsUnlessForced() {
        String ruleId = createRule("Once per campaign");
        String campaignId = ok(api.post("/v1/campaigns", discountCampaign("Target"))).get("id").asString();
        Map<String, Object> body = Map.of("related_object_type", "campaign", "related_object_id", campaignId);
        JsonNode first = ok(api.post("/v1/validation-rules/" + ruleId + "/assignments", body));

        ApiResponse duplicate = api.post("/v1/validation-rules/" + ruleId + "/assignments", body);
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.body().get("key").asString()).isEqualTo("duplicate_found");

        JsonNode forced = ok(api.post("/v1/validation-rules/" + ruleId + "/assignments?force=true", body));
        assertThat(forced.get("id").asString()).isNotEqualTo(first.get("id").asString());
        JsonNode list = ok(api.get("/v1/validation-rules/" + ruleId + "/assignments"));
        assertThat(list.get("total").asInt()).isEqualTo(1);
        assertThat(list.get("data").get(0).get("id").asString()).isEqualTo(forced.get("id").asString());

        String assignmentId = forced.get("id").asString();
        ApiResponse deleted = api.delete("/v1/validation-rules/" + ruleId + "/assignments/" + assignmentId);
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.text()).isEmpty();
        assertThat(ok(api.get("/v1/campaigns/Target")).get("validation_rules_assignments").get("total").asInt())
                .isZero();
        ApiResponse again = api.delete("/v1/validation-rules/" + ruleId + "/assignments/" + assignmentId);
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.body().get("resource_type").asString()).isEqualTo("validation_rules_assignment");
    }

    @Test
    void checksTheRelatedObject() {
        String ruleId = createRule("Checked");
        String path = "/v1/validation-rules/" + ruleId + "/assignments";
        assertNotFound(api.post(path, Map.of("related_object_type", "campaign", "related_object_id", "camp_missing")),
                "campaign");
        assertNotFound(api.post(path, Map.of("related_object_id", "NO-SUCH-CODE")), "voucher");
        assertNotFound(api.post(path, Map.of("related_object_type", "promotion_tier", "related_object_id",
                "promo_missing")), "promotion_tier");
        for (Map<String, ?> body : List.of(Map.of("related_object_type", "customer", "related_object_id", "x"),
                Map.of("related_object_type", "campaign"))) {
            ApiResponse response = api.post(path, body);
            assertThat(response.status()).as(response.text()).isEqualTo(400);
            assertThat(response.body().get("key").asString()).isEqualTo("invalid_payload");
        }
        ok(api.post("/v1/campaigns", Map.of("name", "Points", "campaign_type", "LOYALTY_PROGRAM",
                "voucher", Map.of("type", "LOYALTY_CARD", "loyalty_card", Map.of("points", 10)))));
        ApiResponse loyalty = api.post(path, Map.of("related_object_type", "campaign", "related_object_id", "Points"));
        assertThat(loyalty.status()).isEqualTo(400);
        assertThat(loyalty.body().get("key").asString()).isEqualTo("invalid_campaign");
        // objects the emulator does not have yet are taken by id
        assertThat(ok(api.post(path, Map.of("related_object_type", "earning_rule", "related_object_id", "ern_1")))
                .get("related_object_type").asString()).isEqualTo("earning_rule");
        assertThat(ok(api.get(path)).get("total").asInt()).isEqualTo(1);
    }

    @Test
    void campaignsAndTiersCreatedWithRulesShowTheirAssignments() {
        String ruleId = createRule("Order over $100");
        Map<String, Object> body = new HashMap<>(discountCampaign("Ruled"));
        body.put("validation_rules", List.of(ruleId));
        JsonNode campaign = ok(api.post("/v1/campaigns", body));

        JsonNode assignments = campaign.get("validation_rules_assignments");
        assertThat(assignments.get("total").asInt()).isEqualTo(1);
        JsonNode assignment = assignments.get("data").get(0);
        assertThat(assignment.get("rule_id").asString()).isEqualTo(ruleId);
        assertThat(assignment.get("related_object_id").asString()).isEqualTo(campaign.get("id").asString());
        assertThat(assignment.get("related_object_type").asString()).isEqualTo("campaign");
        assertThat(ok(api.get("/v1/campaigns/Ruled")).get("validation_rules_assignments")).isEqualTo(assignments);
        assertThat(ok(api.put("/v1/campaigns/Ruled", Map.of("description", "x"))).get("validation_rules_assignments"))
                .isEqualTo(assignments);
        assertThat(ok(api.get("/v1/campaigns")).get("campaigns").get(0).has("validation_rules_assignments"))
                .as("list items have none").isFalse();

        JsonNode promotion = ok(api.post("/v1/campaigns", Map.of("name", "Promo", "campaign_type", "PROMOTION",
                "promotion", Map.of("tiers", List.of(
                        Map.of("name", "Big", "validation_rules", List.of(ruleId),
                                "action", Map.of("discount", Map.of("type", "PERCENT", "percent_off", 20))),
                        Map.of("name", "Small", "action",
                                Map.of("discount", Map.of("type", "PERCENT", "percent_off", 5))))))));
        JsonNode tiers = promotion.get("promotion").get("tiers");
        JsonNode tierAssignments = tiers.get(0).get("validation_rule_assignments");
        assertThat(tierAssignments.get("total").asInt()).isEqualTo(1);
        assertThat(tierAssignments.get("data").get(0).get("related_object_type").asString())
                .isEqualTo("promotion_tier");
        assertThat(tierAssignments.get("data").get(0).get("related_object_id").asString())
                .isEqualTo(tiers.get(0).get("id").asString());
        assertThat(tiers.get(1).has("validation_rule_assignments")).as("none: left out, as recorded").isFalse();
        assertThat(ok(api.get("/v1/validation-rules/" + ruleId)).get("assignments_count").asInt()).isEqualTo(2);

        // deleting the campaigns unassigns the rule from them and their tiers
        assertThat(api.delete("/v1/campaigns/Ruled").status()).isEqualTo(202);
        assertThat(api.delete("/v1/campaigns/Promo").status()).isEqualTo(202);
        assertThat(ok(api.get("/v1/validation-rules/" + ruleId + "/assignments")).get("total").asInt()).isZero();
    }

    @Test
    void unknownOrForbiddenRulesOnCampaignCreateChangeNothing() {
        Map<String, Object> body = new HashMap<>(discountCampaign("Ruled"));
        body.put("validation_rules", List.of("val_000000000000"));
        ApiResponse unknown = api.post("/v1/campaigns", body);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().get("resource_type").asString()).isEqualTo("validation_rules");
        assertThat(unknown.body().get("resource_id").asString()).isEqualTo("val_000000000000");

        ApiResponse unknownOnTier = api.post("/v1/campaigns", Map.of("name", "Promo", "campaign_type", "PROMOTION",
                "promotion", Map.of("tiers", List.of(Map.of("name", "Big", "validation_rules",
                        List.of("val_000000000000"), "action", Map.of("discount",
                                Map.of("type", "PERCENT", "percent_off", 20)))))));
        assertThat(unknownOnTier.status()).isEqualTo(404);

        String ruleId = createRule("Real");
        ApiResponse loyalty = api.post("/v1/campaigns", Map.of("name", "Points", "campaign_type", "LOYALTY_PROGRAM",
                "validation_rules", List.of(ruleId),
                "voucher", Map.of("type", "LOYALTY_CARD", "loyalty_card", Map.of("points", 10))));
        assertThat(loyalty.status()).isEqualTo(400);
        assertThat(loyalty.body().get("key").asString()).isEqualTo("invalid_campaign");

        ApiResponse voucher = api.post("/v1/vouchers/RULED", Map.of("type", "DISCOUNT_VOUCHER",
                "validation_rules", List.of("val_000000000000"),
                "discount", Map.of("type", "PERCENT", "percent_off", 5)));
        assertThat(voucher.status()).isEqualTo(404);

        assertThat(ok(api.get("/v1/campaigns")).get("total").asInt()).isZero();
        assertThat(ok(api.get("/v1/vouchers")).get("total").asInt()).isZero();
        assertThat(ok(api.get("/v1/validation-rules-assignments")).get("total").asInt()).isZero();
    }

    @Test
    void standaloneVouchersCreatedWithRulesGetTheirOwnAssignment() {
        String ruleId = createRule("Voucher rule");
        JsonNode voucher = ok(api.post("/v1/vouchers/RULED", Map.of("type", "DISCOUNT_VOUCHER",
                "validation_rules", List.of(ruleId), "discount", Map.of("type", "PERCENT", "percent_off", 5))));

        JsonNode assignment = voucher.get("validation_rules_assignments").get("data").get(0);
        assertThat(assignment.get("related_object_type").asString()).isEqualTo("voucher");
        assertThat(assignment.get("related_object_id").asString()).isEqualTo(voucher.get("id").asString());
        assertThat(ok(api.get("/v1/vouchers/RULED")).get("validation_rules_assignments"))
                .isEqualTo(voucher.get("validation_rules_assignments"));
    }

    @Test
    void deletingARuleDeletesItsAssignments() {
        String ruleId = createRule("Short-lived");
        Map<String, Object> body = new HashMap<>(discountCampaign("Kept"));
        body.put("validation_rules", List.of(ruleId));
        ok(api.post("/v1/campaigns", body));

        ApiResponse deleted = api.delete("/v1/validation-rules/" + ruleId);
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.text()).isEmpty();
        assertThat(api.get("/v1/validation-rules/" + ruleId).status()).isEqualTo(404);
        assertThat(ok(api.get("/v1/campaigns/Kept")).get("validation_rules_assignments").get("total").asInt())
                .isZero();
        assertThat(ok(api.get("/v1/validation-rules-assignments")).get("total").asInt()).isZero();
    }

    @Test
    void copiesARuleUnderAFreeName() {
        api.get("/v1/validation-rules"); // the project exists once it has been used
        String ruleId = createRule("Order over $100");
        ValidationRuleResponse original = service.get(appId, ruleId);

        ValidationRuleResponse first = service.copy(appId, ruleId);
        ValidationRuleResponse second = service.copy(appId, ruleId);

        assertThat(first.id()).matches("val_[0-9A-Za-z]{12}").isNotEqualTo(ruleId);
        assertThat(first.name()).isEqualTo("Order over $100 (copy)");
        assertThat(second.name()).isEqualTo("Order over $100 (copy 2)");
        assertThat(first.rules()).isEqualTo(original.rules());
        assertThat(first.error()).isEqualTo(original.error());
        assertThat(first.applicableTo()).isEqualTo(original.applicableTo());
        assertThat(first.type()).isEqualTo(original.type());
        assertThat(first.contextType()).isEqualTo(original.contextType());
        assertThat(first.assignmentsCount()).isZero();
        JsonNode overHttp = ok(api.get("/v1/validation-rules/" + first.id()));
        assertThat(overHttp.get("rules")).isEqualTo(ApiClient.json(ORDER_OVER_100).get("rules"));

        AssignmentResponse assigned = service.assign(appId, first.id(), "campaign", "camp_created_in_same_tx");
        assertThat(service.assignmentsOf(appId, "campaign", "camp_created_in_same_tx").data())
                .containsExactly(assigned);
        assertThat(service.assignmentsOf(appId, "campaign", List.of("camp_created_in_same_tx", "camp_other")))
                .containsOnlyKeys("camp_created_in_same_tx", "camp_other")
                .extractingByKey("camp_other").isEqualTo(ValidationRulesAssignmentList.EMPTY);
        service.deleteAssignmentsOf(appId, "camp_created_in_same_tx");
        assertThat(service.assignmentsOf(appId, "campaign", "camp_created_in_same_tx").total()).isZero();
    }

    @Test
    void keepsProjectsApart() {
        String ruleId = createRule("Mine");
        ApiClient other = ApiClient.forProject(port, "other-" + UUID.randomUUID());
        assertThat(other.get("/v1/validation-rules/" + ruleId).status()).isEqualTo(404);
        assertThat(ok(other.get("/v1/validation-rules")).get("total").asInt()).isZero();
        assertThat(ok(other.post("/v1/validation-rules", Map.of("name", "Mine"))).get("name").asString())
                .as("names are unique per project").isEqualTo("Mine");
    }

    private String createRule(String name) {
        String body = ORDER_OVER_100.replace("Order over $100", name);
        return ok(api.send("POST", "/v1/validation-rules", body, "application/json")).get("id").asString();
    }

    private static Map<String, Object> discountCampaign(String name) {
        return Map.of("name", name, "campaign_type", "DISCOUNT_COUPONS", "vouchers_count", 1,
                "voucher", Map.of("type", "DISCOUNT_VOUCHER", "discount", Map.of("type", "AMOUNT", "amount_off", 500)));
    }

    private static List<String> names(JsonNode list) {
        List<String> names = new ArrayList<>();
        list.get("data").forEach(r -> names.add(r.get("name").asString()));
        return names;
    }

    private static JsonNode ok(ApiResponse response) {
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.body();
    }

    private static void assertNotFound(ApiResponse response, String resourceType) {
        assertThat(response.status()).as(response.text()).isEqualTo(404);
        assertThat(response.body().get("key").asString()).isEqualTo("not_found");
        assertThat(response.body().get("resource_type").asString()).isEqualTo(resourceType);
    }
}
