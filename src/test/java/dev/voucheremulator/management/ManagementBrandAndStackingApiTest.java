package dev.voucheremulator.management;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.EmulatorTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Brands and stacking rules of a project: stored with the documented defaults, updated in part. */
@EmulatorTest
class ManagementBrandAndStackingApiTest {

    @LocalServerPort
    int port;

    @Test
    void brandLifecycle() {
        ApiClient management = Management.account(port);
        String base = "/management/v1/projects/" + Management.createProject(management).get("id").asString()
                + "/branding";

        ApiClient.ApiResponse created = management.post(base, Map.of("brand", Map.of("name", "Test Brand"),
                "address", Map.of("city", "Katowice", "country", "Poland"), "contact", Map.of("email", "a@example.com")));
        assertThat(created.status()).as(created.text()).isEqualTo(200);
        JsonNode brand = created.body();
        String id = brand.get("id").asString();
        assertThat(id).matches("brd_0[0-9a-f]{17}");
        assertThat(brand.get("brand").get("name").asString()).isEqualTo("Test Brand");
        assertThat(brand.get("brand").get("permission_reminder").asString())
                .isEqualTo("You are receiving this email because you opted in at our website.");
        assertThat(brand.get("brand").get("website_url").isNull()).isTrue();
        assertThat(brand.get("address").get("state").isNull()).isTrue();
        assertThat(brand.get("contact").get("phone").isNull()).isTrue();

        ApiClient.ApiResponse updated = management.put(base + "/" + id, Map.of("address", Map.of("city", "Paris",
                "country", "France")));
        assertThat(updated.status()).as(updated.text()).isEqualTo(200);
        assertThat(updated.body().get("address").get("city").asString()).isEqualTo("Paris");
        assertThat(updated.body().get("brand").get("name").asString()).isEqualTo("Test Brand");
        assertThat(updated.body().get("contact").get("email").asString()).isEqualTo("a@example.com");

        assertThat(management.get(base).body().get("total").asInt()).isEqualTo(1);
        assertThat(management.get(base + "/" + id).body()).isEqualTo(updated.body());
        assertThat(management.delete(base + "/" + id).status()).isEqualTo(204);
        ApiClient.ApiResponse gone = management.get(base + "/" + id);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.body().get("key").asString()).isEqualTo("not_found");
    }

    @Test
    void refusesABrandWithABadEmail() {
        ApiClient management = Management.account(port);
        String base = "/management/v1/projects/" + Management.createProject(management).get("id").asString()
                + "/branding";
        ApiClient.ApiResponse refused = management.post(base, Map.of("contact", Map.of("email", "nope")));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("key").asString()).isEqualTo("invalid_payload");
        assertThat(management.get(base).body().get("total").asInt()).isZero();
    }

    @Test
    void stackingRulesLifecycle() {
        ApiClient management = Management.account(port);
        String base = "/management/v1/projects/" + Management.createProject(management).get("id").asString()
                + "/stacking-rules";

        ApiClient.ApiResponse created = management.post(base, Map.of("redeemables_limit", 25,
                "applicable_redeemables_limit", 10, "exclusive_categories", List.of("cat_0a"),
                "applicable_redeemables_category_limits", Map.of("cat_0b", 2)));
        assertThat(created.status()).as(created.text()).isEqualTo(200);
        JsonNode rules = created.body();
        String id = rules.get("id").asString();
        assertThat(id).matches("stk_0[0-9a-f]{17}");
        assertThat(rules.get("redeemables_limit").asInt()).isEqualTo(25);
        assertThat(rules.get("applicable_redeemables_limit").asInt()).isEqualTo(10);
        assertThat(rules.get("exclusive_categories").get(0).asString()).isEqualTo("cat_0a");
        assertThat(rules.get("joint_categories")).isEmpty();
        assertThat(rules.get("applicable_redeemables_category_limits").get("cat_0b").asInt()).isEqualTo(2);
        assertThat(rules.get("redeemables_application_mode").asString()).isEqualTo("ALL");
        assertThat(rules.get("redeemables_rollback_order_mode").asString()).isEqualTo("WITH_ORDER");
        assertThat(rules.get("created_at").asString()).isNotBlank();

        ApiClient.ApiResponse second = management.post(base, Map.of());
        assertThat(second.status()).as("one set of rules per project").isEqualTo(409);
        assertThat(second.body().get("key").asString()).isEqualTo("duplicate_found");

        ApiClient.ApiResponse updated = management.put(base + "/" + id, Map.of("redeemables_application_mode",
                "PARTIAL", "redeemables_no_effect_rule", "SKIP"));
        assertThat(updated.status()).as(updated.text()).isEqualTo(200);
        assertThat(updated.body().get("redeemables_application_mode").asString()).isEqualTo("PARTIAL");
        assertThat(updated.body().get("redeemables_limit").asInt()).isEqualTo(25);
        ApiClient.ApiResponse tooMany = management.put(base + "/" + id, Map.of("applicable_redeemables_limit", 26));
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(management.get(base + "/" + id).body().get("applicable_redeemables_limit").asInt()).isEqualTo(10);

        assertThat(management.get(base).body().get("data").get(0).get("id").asString()).isEqualTo(id);
        assertThat(management.delete(base + "/" + id).status()).isEqualTo(204);
        assertThat(management.get(base + "/" + id).status()).isEqualTo(404);
        assertThat(management.post(base, Map.of()).status()).as("created again after deletion").isEqualTo(200);
    }
}
