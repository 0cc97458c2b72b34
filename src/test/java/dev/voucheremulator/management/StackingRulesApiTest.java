package dev.voucheremulator.management;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.EmulatorTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A project's stacking rules change what its validations and redemptions apply, skip or refuse. */
@EmulatorTest
class StackingRulesApiTest {

    @LocalServerPort
    int port;

    private ApiClient management;
    private String rulesBase;
    private ApiClient api;

    private void projectWithRules(Map<String, Object> rules) {
        management = Management.account(port);
        JsonNode project = Management.createProject(management);
        rulesBase = "/management/v1/projects/" + project.get("id").asString() + "/stacking-rules";
        api = Management.keysOf(port, project);
        if (rules != null) {
            ApiClient.ApiResponse created = management.post(rulesBase, rules);
            assertThat(created.status()).as(created.text()).isEqualTo(200);
        }
    }

    private void voucher(String code, String categoryId) {
        Map<String, Object> body = new HashMap<>(Map.of("type", "DISCOUNT_VOUCHER",
                "discount", Map.of("type", "AMOUNT", "amount_off", 100)));
        if (categoryId != null) {
            body.put("category_id", categoryId);
        }
        ApiClient.ApiResponse created = api.post("/v1/vouchers/" + code, body);
        assertThat(created.status()).as(created.text()).isEqualTo(200);
    }

    private String category(String name, int hierarchy) {
        ApiClient.ApiResponse created = api.post("/v1/categories", Map.of("name", name, "hierarchy", hierarchy));
        assertThat(created.status()).as(created.text()).isEqualTo(200);
        return created.body().get("id").asString();
    }

    private static Map<String, Object> request(String... codes) {
        List<Map<String, Object>> redeemables = new ArrayList<>();
        for (String code : codes) {
            redeemables.add(Map.of("object", "voucher", "id", code));
        }
        return Map.of("redeemables", redeemables, "order", Map.of("amount", 10_000));
    }

    private long redeemedQuantity(String code) {
        return api.get("/v1/vouchers/" + code).body().get("redemption").get("redeemed_quantity").asLong();
    }

    private static ApiClient.ApiResponse ok(ApiClient.ApiResponse response) {
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response;
    }

    @Test
    void anApplicableLimitOfOneSkipsTheSecondRedeemableInValidationAndRedemption() {
        projectWithRules(Map.of("applicable_redeemables_limit", 1));
        voucher("FIRST", null);
        voucher("SECOND", null);

        JsonNode validation = ok(api.post("/v1/validations", request("FIRST", "SECOND"))).body();
        assertThat(validation.get("valid").asBoolean()).isTrue();
        assertThat(validation.get("redeemables").get(0).get("status").asString()).isEqualTo("APPLICABLE");
        JsonNode skipped = validation.get("redeemables").get(1);
        assertThat(skipped.get("status").asString()).isEqualTo("SKIPPED");
        assertThat(skipped.get("result").get("details").get("key").asString())
                .isEqualTo("applicable_redeemables_limit_exceeded");
        assertThat(validation.get("skipped_redeemables").get(0).get("id").asString()).isEqualTo("SECOND");
        assertThat(validation.get("order").get("total_discount_amount").asLong()).isEqualTo(100);
        assertThat(validation.get("stacking_rules").get("applicable_redeemables_limit").asInt()).isEqualTo(1);

        JsonNode redeemed = ok(api.post("/v1/redemptions", request("FIRST", "SECOND"))).body();
        assertThat(redeemed.get("redemptions")).hasSize(1);
        assertThat(redeemed.get("redemptions").get(0).get("voucher").get("code").asString()).isEqualTo("FIRST");
        assertThat(redeemed.get("skipped_redeemables").get(0).get("result").get("details").get("key").asString())
                .isEqualTo("applicable_redeemables_limit_exceeded");
        assertThat(redeemed.get("order").get("total_discount_amount").asLong()).isEqualTo(100);
        assertThat(redeemedQuantity("FIRST")).isEqualTo(1);
        assertThat(redeemedQuantity("SECOND")).as("a skipped voucher is not redeemed").isZero();
        assertThat(api.get("/v1/vouchers/SECOND/redemption").body().get("redemption_entries")).isEmpty();
    }

    @Test
    void aRedeemablesLimitOfOneRefusesTwoAndStoresNothing() {
        projectWithRules(Map.of("redeemables_limit", 1, "applicable_redeemables_limit", 1));
        voucher("ONE", null);
        voucher("TWO", null);

        for (String path : List.of("/v1/validations", "/v1/redemptions")) {
            ApiClient.ApiResponse refused = api.post(path, request("ONE", "TWO"));
            assertThat(refused.status()).as(path).isEqualTo(400);
            assertThat(refused.body().get("key").asString()).isEqualTo("invalid_payload");
        }
        assertThat(redeemedQuantity("ONE")).isZero();
        assertThat(redeemedQuantity("TWO")).isZero();
        assertThat(api.get("/v1/redemptions").body().get("total").asInt()).isZero();
        assertThat(ok(api.post("/v1/redemptions", request("TWO"))).body().get("redemptions")).hasSize(1);
    }

    @Test
    void theDefaultsApplyFiveRedeemablesAndOnePerCategory() {
        projectWithRules(null);
        String category = category("Seasonal", 1);
        for (int i = 1; i <= 6; i++) {
            voucher("FREE-" + i, null);
        }
        voucher("SEASON-1", category);
        voucher("SEASON-2", category);

        JsonNode six = ok(api.post("/v1/validations",
                request("FREE-1", "FREE-2", "FREE-3", "FREE-4", "FREE-5", "FREE-6"))).body();
        assertThat(six.get("redeemables").get(5).get("result").get("details").get("key").asString())
                .isEqualTo("applicable_redeemables_limit_exceeded");
        assertThat(six.get("stacking_rules").get("applicable_redeemables_limit").asInt()).isEqualTo(5);

        JsonNode sameCategory = ok(api.post("/v1/validations", request("SEASON-1", "SEASON-2"))).body();
        assertThat(sameCategory.get("redeemables").get(0).get("status").asString()).isEqualTo("APPLICABLE");
        assertThat(sameCategory.get("redeemables").get(1).get("result").get("details").get("key").asString())
                .isEqualTo("applicable_redeemables_per_category_limit_exceeded");
    }

    @Test
    void anExclusiveCategoryLeavesOutAllButJointRedeemables() {
        projectWithRules(null);
        String exclusive = category("Exclusive", 1);
        String joint = category("Joint", 2);
        voucher("PLAIN", null);
        voucher("ONLY", exclusive);
        voucher("ALWAYS", joint);
        String rulesId = ok(management.post(rulesBase, Map.of("exclusive_categories", List.of(exclusive),
                "joint_categories", List.of(joint)))).body().get("id").asString();

        JsonNode validation = ok(api.post("/v1/validations", request("PLAIN", "ONLY", "ALWAYS"))).body();
        JsonNode redeemables = validation.get("redeemables");
        assertThat(redeemables.get(0).get("status").asString()).isEqualTo("SKIPPED");
        assertThat(redeemables.get(0).get("result").get("details").get("key").asString())
                .isEqualTo("exclusion_rules_not_met");
        assertThat(redeemables.get(1).get("status").asString()).isEqualTo("APPLICABLE");
        assertThat(redeemables.get(2).get("status").asString()).isEqualTo("APPLICABLE");

        JsonNode redeemed = ok(api.post("/v1/redemptions", request("PLAIN", "ONLY", "ALWAYS"))).body();
        assertThat(redeemed.get("redemptions")).hasSize(2);
        assertThat(redeemedQuantity("PLAIN")).isZero();

        // a change of the rules is applied to the next request
        ok(management.put(rulesBase + "/" + rulesId, Map.of("exclusive_categories", List.of())));
        JsonNode after = ok(api.post("/v1/validations", request("PLAIN", "ONLY"))).body();
        assertThat(after.get("redeemables").get(0).get("status").asString()).isEqualTo("APPLICABLE");
        assertThat(after.get("redeemables").get(1).get("status").asString()).isEqualTo("APPLICABLE");
    }

    @Test
    void partialModeAppliesWhatIsApplicableAndListsTheRest() {
        projectWithRules(Map.of("redeemables_application_mode", "PARTIAL"));
        voucher("GOOD", null);

        JsonNode validation = ok(api.post("/v1/validations", request("MISSING", "GOOD"))).body();
        assertThat(validation.get("valid").asBoolean()).isTrue();
        assertThat(validation.get("redeemables")).hasSize(1);
        assertThat(validation.get("redeemables").get(0).get("status").asString()).isEqualTo("APPLICABLE");
        assertThat(validation.get("inapplicable_redeemables").get(0).get("id").asString()).isEqualTo("MISSING");

        JsonNode redeemed = ok(api.post("/v1/redemptions", request("MISSING", "GOOD"))).body();
        assertThat(redeemed.get("redemptions")).hasSize(1);
        assertThat(redeemed.get("inapplicable_redeemables").get(0).get("id").asString()).isEqualTo("MISSING");
        assertThat(redeemedQuantity("GOOD")).isEqualTo(1);
    }
}
