package dev.voucheremulator.category;

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

@EmulatorTest
class CategoryApiTest {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void newProject() {
        api = ApiClient.forProject(port, "categories-" + UUID.randomUUID());
    }

    @Test
    void createsGetsUpdatesAndDeletesACategory() {
        JsonNode created = ok(api.post("/v1/categories", Map.of("name", "Eighth", "hierarchy", 8)));
        String id = created.get("id").asString();
        assertThat(id).matches("cat_0[0-9a-f]{17}");
        assertThat(created.get("name").asString()).isEqualTo("Eighth");
        assertThat(created.get("hierarchy").asInt()).isEqualTo(8);
        assertThat(created.get("object").asString()).isEqualTo("category");
        assertThat(created.get("created_at").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(created.has("updated_at")).as("a new category has no updated_at").isFalse();

        assertThat(ok(api.get("/v1/categories/" + id))).isEqualTo(created);

        JsonNode updated = ok(api.put("/v1/categories/" + id, Map.of("name", "Summer", "hierarchy", 1)));
        assertThat(updated.get("id").asString()).isEqualTo(id);
        assertThat(updated.get("name").asString()).isEqualTo("Summer");
        assertThat(updated.get("hierarchy").asInt()).isEqualTo(1);
        assertThat(updated.get("created_at")).isEqualTo(created.get("created_at"));
        assertThat(updated.get("updated_at").asString()).isNotBlank();
        assertThat(ok(api.get("/v1/categories/" + id)).get("name").asString()).isEqualTo("Summer");

        ApiResponse deleted = api.delete("/v1/categories/" + id);
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.text()).isEmpty();
        assertNotFound(api.get("/v1/categories/" + id), id);
        assertThat(ok(api.get("/v1/categories")).get("total").asInt()).isZero();
    }

    @Test
    void listsByHierarchyThenCreationTime() {
        ok(api.post("/v1/categories", Map.of("name", "Third", "hierarchy", 3)));
        ok(api.post("/v1/categories", Map.of("name", "First", "hierarchy", 1)));
        ok(api.post("/v1/categories", Map.of("name", "Second", "hierarchy", 2)));
        ok(api.post("/v1/categories", Map.of("name", "Also first", "hierarchy", 1)));

        JsonNode list = ok(api.get("/v1/categories"));
        assertThat(list.get("object").asString()).isEqualTo("list");
        assertThat(list.get("data_ref").asString()).isEqualTo("data");
        assertThat(list.get("total").asInt()).isEqualTo(4);
        List<String> names = new ArrayList<>();
        list.get("data").forEach(c -> names.add(c.get("name").asString()));
        assertThat(names).containsExactly("First", "Also first", "Second", "Third");
    }

    @Test
    void rejectsMissingOrMistypedFields() {
        for (Object body : List.of(Map.of("hierarchy", 1), Map.of("name", "No hierarchy"),
                Map.of("name", " ", "hierarchy", 1), Map.of("name", "Negative", "hierarchy", -1),
                Map.of("name", "Word", "hierarchy", "one"), Map.of("name", "Fraction", "hierarchy", 1.5),
                Map.of("name", 42, "hierarchy", 1), "{\"name\": \"Broken\"", "[]")) {
            ApiResponse response = api.post("/v1/categories", body);
            assertThat(response.status()).as(body + " -> " + response.text()).isEqualTo(400);
            assertThat(response.body().get("key").asString()).isEqualTo("invalid_payload");
        }
        ApiResponse missing = api.post("/v1/categories", Map.of("hierarchy", 1));
        assertThat(missing.body().get("details").asString()).isEqualTo("Payload should have required property 'name'");

        String id = ok(api.post("/v1/categories", Map.of("name", "Kept", "hierarchy", 0))).get("id").asString();
        ApiResponse noHierarchy = api.put("/v1/categories/" + id, Map.of("name", "Renamed"));
        assertThat(noHierarchy.status()).isEqualTo(400);
        assertThat(noHierarchy.body().get("details").asString())
                .isEqualTo("Payload should have required property 'hierarchy'");
        assertThat(ok(api.get("/v1/categories")).get("total").asInt()).isEqualTo(1);
        assertThat(ok(api.get("/v1/categories/" + id)).get("name").asString()).isEqualTo("Kept");
    }

    @Test
    void answersNotFoundForUnknownCategories() {
        String unknown = "cat_0000000000000000ff";
        assertNotFound(api.get("/v1/categories/" + unknown), unknown);
        assertNotFound(api.put("/v1/categories/" + unknown, Map.of("name", "X", "hierarchy", 1)), unknown);
        assertNotFound(api.delete("/v1/categories/" + unknown), unknown);

        String other = ok(ApiClient.forProject(port, "other-" + UUID.randomUUID())
                .post("/v1/categories", Map.of("name", "Elsewhere", "hierarchy", 1))).get("id").asString();
        assertNotFound(api.get("/v1/categories/" + other), other);
    }

    @Test
    void rejectsDuplicateNames() {
        ok(api.post("/v1/categories", Map.of("name", "Seasonal", "hierarchy", 1)));
        String other = ok(api.post("/v1/categories", Map.of("name", "Other", "hierarchy", 2))).get("id").asString();

        ApiResponse duplicate = api.post("/v1/categories", Map.of("name", "Seasonal", "hierarchy", 5));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.body().get("key").asString()).isEqualTo("duplicate_found");
        assertThat(duplicate.body().get("resource_type").asString()).isEqualTo("category");

        ApiResponse renamedOntoIt = api.put("/v1/categories/" + other, Map.of("name", "Seasonal", "hierarchy", 2));
        assertThat(renamedOntoIt.status()).isEqualTo(409);
        assertThat(ok(api.put("/v1/categories/" + other, Map.of("name", "Other", "hierarchy", 3)))
                .get("hierarchy").asInt()).as("keeping its own name is no conflict").isEqualTo(3);
        assertThat(ok(api.get("/v1/categories")).get("total").asInt()).isEqualTo(2);
    }

    @Test
    void deletingACategoryClearsItFromCampaignsTiersAndVouchers() {
        String id = ok(api.post("/v1/categories", Map.of("name", "Doomed", "hierarchy", 1))).get("id").asString();
        Map<String, Object> campaign = new HashMap<>(Map.of("name", "Categorised", "vouchers_count", 1,
                "category_id", id, "voucher", Map.of("type", "DISCOUNT_VOUCHER",
                        "discount", Map.of("type", "AMOUNT", "amount_off", 500))));
        JsonNode created = ok(api.post("/v1/campaigns", campaign));
        assertThat(created.get("category").asString()).isEqualTo("Doomed");
        ok(api.post("/v1/campaigns", Map.of("name", "Promo", "campaign_type", "PROMOTION",
                "promotion", Map.of("tiers", List.of(Map.of("name", "Tier", "category_id", id,
                        "action", Map.of("discount", Map.of("type", "PERCENT", "percent_off", 5))))))));
        ok(api.post("/v1/vouchers/CAT-CODE", Map.of("type", "DISCOUNT_VOUCHER", "category_id", id,
                "discount", Map.of("type", "PERCENT", "percent_off", 5))));
        // a deleted campaign still points at the category in the database
        ok(api.post("/v1/campaigns", Map.of("name", "Gone", "category_id", id, "voucher",
                Map.of("type", "DISCOUNT_VOUCHER", "discount", Map.of("type", "AMOUNT", "amount_off", 1)))));
        assertThat(api.delete("/v1/campaigns/Gone").status()).isEqualTo(202);

        assertThat(api.delete("/v1/categories/" + id).status()).isEqualTo(204);

        JsonNode campaignAfter = ok(api.get("/v1/campaigns/Categorised"));
        assertThat(campaignAfter.get("category_id").isNull()).isTrue();
        assertThat(campaignAfter.has("category")).isFalse();
        assertThat(campaignAfter.get("categories")).isEmpty();
        JsonNode tier = ok(api.get("/v1/campaigns/Promo")).get("promotion").get("tiers").get(0);
        assertThat(tier.get("category_id").isNull()).isTrue();
        JsonNode voucher = ok(api.get("/v1/vouchers/CAT-CODE"));
        assertThat(voucher.get("category_id").isNull()).isTrue();
        JsonNode campaignVoucher = ok(api.get("/v1/vouchers?campaign=Categorised")).get("vouchers").get(0);
        assertThat(campaignVoucher.get("category_id").isNull()).isTrue();
    }

    private static JsonNode ok(ApiResponse response) {
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.body();
    }

    private static void assertNotFound(ApiResponse response, String id) {
        assertThat(response.status()).as(response.text()).isEqualTo(404);
        assertThat(response.body().get("key").asString()).isEqualTo("not_found");
        assertThat(response.body().get("resource_type").asString()).isEqualTo("category");
        assertThat(response.body().get("resource_id").asString()).isEqualTo(id);
        assertThat(response.body().get("details").asString()).isEqualTo("Cannot find category with id " + id);
    }
}
