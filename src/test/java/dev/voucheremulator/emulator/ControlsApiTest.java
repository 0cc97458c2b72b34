package dev.voucheremulator.emulator;

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
import tools.jackson.databind.node.ObjectNode;

/** The per-project controls a test suite drives: reset, export/import, snapshots, seeds. */
@EmulatorTest
class ControlsApiTest {

    @LocalServerPort
    int port;

    String projectId;
    ApiClient api;

    @BeforeEach
    void newProject() {
        projectId = "controls-" + UUID.randomUUID();
        api = ApiClient.forProject(port, projectId);
    }

    @Test
    void resetOfOneProjectLeavesAnotherUntouched() {
        String otherId = "controls-other-" + UUID.randomUUID();
        ApiClient other = ApiClient.forProject(port, otherId);
        for (ApiClient client : List.of(api, other)) {
            fill(client);
            redeem(client, "SUMMER-A");
        }

        assertThat(api.post("/_emulator/projects/" + projectId + "/reset", null).status()).isEqualTo(204);

        assertThat(api.get("/v1/campaigns").body().get("total").asInt()).isZero();
        assertThat(api.get("/v1/vouchers").body().get("total").asInt()).isZero();
        assertThat(api.get("/v1/customers").body().get("total").asInt()).isZero();
        assertThat(api.get("/v1/vouchers/GIFT-1").status()).isEqualTo(404);
        assertThat(other.get("/v1/campaigns").body().get("total").asInt()).isEqualTo(3);
        assertThat(other.get("/v1/vouchers/GIFT-1").body().get("gift").get("amount").asLong()).isEqualTo(5000);
        assertThat(other.get("/v1/redemptions").body().get("total").asInt()).isEqualTo(1);
        assertThat(other.get("/v1/customers").body().get("total").asInt()).isEqualTo(1);

        // The project and its credentials stay: the same names can be used again at once.
        fill(api);
        assertThat(api.get("/v1/campaigns").body().get("total").asInt()).isEqualTo(3);
    }

    @Test
    void resetAlsoDropsTheProjectsJournalFaultsQuotasAndClockButNotAnotherProjects() {
        String otherId = "controls-other-" + UUID.randomUUID();
        ApiClient other = ApiClient.forProject(port, otherId);
        ApiClient controls = ApiClient.anonymous(port);
        for (String project : List.of(projectId, otherId)) {
            String base = "/_emulator/projects/" + project;
            assertThat(controls.put(base + "/faults", List.of(Map.of("match", Map.of("path", "/v1/nothing-here"),
                    "error", Map.of("status", 400)))).status()).isEqualTo(200);
            assertThat(controls.put(base + "/limits", Map.of("api_calls", List.of(Map.of("value", 1000,
                    "duration", "PT1M")))).status()).isEqualTo(200);
            assertThat(controls.put(base + "/clock", Map.of("frozen_time", "2025-01-01T00:00:00Z")).status())
                    .isEqualTo(200);
        }
        api.get("/v1/campaigns");
        other.get("/v1/campaigns");

        assertThat(api.post("/_emulator/projects/" + projectId + "/reset", null).status()).isEqualTo(204);

        String mine = "/_emulator/projects/" + projectId;
        assertThat(controls.get(mine + "/faults").body().get("faults")).isEmpty();
        assertThat(controls.get(mine + "/limits").body().get("api_calls")).isEmpty();
        assertThat(controls.get(mine + "/clock").body().get("frozen").asBoolean()).isFalse();
        assertThat(controls.get(mine + "/requests").body().get("total").asInt()).isZero();
        String theirs = "/_emulator/projects/" + otherId;
        assertThat(controls.get(theirs + "/faults").body().get("faults")).hasSize(1);
        assertThat(controls.get(theirs + "/limits").body().get("api_calls")).hasSize(1);
        assertThat(controls.get(theirs + "/clock").body().get("frozen_time").asString())
                .isEqualTo("2025-01-01T00:00:00.000Z");
        assertThat(controls.get(theirs + "/requests").body().get("total").asInt()).isEqualTo(1);
        controls.delete(theirs + "/clock");
    }

    @Test
    void exportThenImportIntoAFreshProjectGivesTheSameAnswers() {
        fill(api);
        String source = api.get("/_emulator/projects/" + projectId + "/export").text();
        ApiResponse export = api.get("/_emulator/projects/" + projectId + "/export");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.body().get("format_version").asInt()).isEqualTo(1);
        assertThat(export.body().get("campaigns")).hasSize(3);

        String freshId = "controls-fresh-" + UUID.randomUUID();
        ApiClient fresh = ApiClient.forProject(port, freshId);
        ApiResponse imported = fresh.post("/_emulator/projects/" + freshId + "/import", export.body());
        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.body().get("vouchers").asInt()).isEqualTo(export.body().get("vouchers").size());

        for (String path : List.of("/v1/campaigns/Summer", "/v1/campaigns/Loyal", "/v1/campaigns/Spring%20promo",
                "/v1/vouchers/GIFT-1", "/v1/vouchers/SUMMER-A", "/v1/vouchers/SUMMER-B", "/v1/customers/alice",
                "/v1/vouchers?limit=100&order=code", "/v1/campaigns?order=name")) {
            assertThat(normalized(fresh.get(path).body())).as(path)
                    .isEqualTo(normalized(api.get(path).body()));
        }
        // The definitions only: history (a redemption) is not carried over; the order it paid is a resource.
        redeem(api, "SUMMER-A");
        ObjectNode after = (ObjectNode) api.get("/_emulator/projects/" + projectId + "/export").body();
        assertThat(after.remove("orders")).hasSize(1);
        ObjectNode before = (ObjectNode) ApiClient.json(source);
        before.remove("orders");
        assertThat(after).isEqualTo(before);
    }

    @Test
    void exportThenImportCarriesProductsRulesLoyaltyOrdersAndGeneratedCodes() {
        fill(api);
        fillMore(api);
        ApiResponse export = api.get("/_emulator/projects/" + projectId + "/export");
        assertThat(export.status()).isEqualTo(200);

        String freshId = "controls-fresh-" + UUID.randomUUID();
        ApiClient fresh = ApiClient.forProject(port, freshId);
        ApiResponse imported = fresh.post("/_emulator/projects/" + freshId + "/import", export.body());
        assertThat(imported.status()).as(imported.text()).isEqualTo(200);
        assertThat(imported.body().get("products").asInt()).isEqualTo(1);
        assertThat(imported.body().get("orders").asInt()).isEqualTo(2);

        String gift = api.get("/v1/campaigns/Gift%20cards").body().get("id").asString();
        List<String> paths = new ArrayList<>(List.of("/v1/campaigns/Summer", "/v1/campaigns/Loyal",
                "/v1/campaigns/Spring%20promo", "/v1/campaigns/Generic", "/v1/campaigns/Bulk",
                "/v1/campaigns/Gift%20cards", "/v1/campaigns?order=name&limit=100",
                "/v1/vouchers?limit=100&order=code", "/v1/vouchers/GIFT-1", "/v1/vouchers/RULED-1",
                "/v1/products?order=created_at", "/v1/products/shoe", "/v1/products/shoe/skus", "/v1/skus/shoe-42",
                "/v1/validation-rules?order=name", "/v1/customers/alice", "/v1/customers/bob",
                "/v1/orders?order=created_at", "/v1/loyalties/Loyal/earning-rules", "/v1/loyalties/Loyal/rewards",
                "/v1/rewards"));
        for (JsonNode voucher : api.get("/v1/vouchers?limit=100&campaign_id=" + gift).body().get("vouchers")) {
            paths.add("/v1/vouchers/" + voucher.get("code").asString());
        }
        for (String path : paths) {
            JsonNode mine = api.get(path).body();
            assertThat(normalized(fresh.get(path).body())).as(path).isEqualTo(normalized(mine));
        }
        // generated and generic codes come back as they were
        for (String campaign : List.of("Bulk", "Generic", "Gift%20cards")) {
            assertThat(codes(fresh, campaign)).as(campaign).isEqualTo(codes(api, campaign)).isNotEmpty();
        }
        // references point at the new project's own resources
        String freshRule = fresh.get("/v1/validation-rules").body().get("data").get(0).get("id").asString();
        assertThat(fresh.get("/v1/loyalties/Loyal/earning-rules").body().get("data").get(0)
                .get("validation_rule_id").asString()).isEqualTo(freshRule);
        assertThat(fresh.get("/v1/campaigns/Summer").body().get("validation_rules_assignments").get("data").get(0)
                .get("rule_id").asString()).isEqualTo(freshRule);
        String freshProduct = fresh.get("/v1/products/shoe").body().get("id").asString();
        assertThat(fresh.get("/v1/orders?order=created_at").body().get("orders").get(0).get("items").get(0)
                .get("product_id").asString()).isEqualTo(freshProduct);
        assertThat(fresh.get("/v1/orders?order=created_at").body().get("orders").get(0).get("customer_id")
                .asString()).isEqualTo(fresh.get("/v1/customers/alice").body().get("id").asString());
        // and the export of the copy is the export of the original, but for its ids
        assertThat(exportShape(fresh.get("/_emulator/projects/" + freshId + "/export").body()))
                .isEqualTo(exportShape(export.body()));
    }

    @Test
    void importIsAllOrNothingAndNamesTheRejectedEntry() {
        ObjectNode document = (ObjectNode) ApiClient.json("""
                {"format_version": 1,
                 "campaigns": [{"name": "Fine", "voucher": {"type": "DISCOUNT_VOUCHER",
                                "discount": {"type": "PERCENT", "percent_off": 10}}},
                               {"name": ""}]}
                """);
        ApiResponse rejected = api.post("/_emulator/projects/" + projectId + "/import", document);

        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected.body().get("key").asString()).isEqualTo("invalid_payload");
        assertThat(rejected.body().get("details").asString()).startsWith("campaigns[1]");
        assertThat(api.get("/v1/campaigns").body().get("total").asInt()).isZero();
    }

    @Test
    void importNamesTheRejectedEntryOfEveryListAndChangesNothing() {
        Map<String, String> documents = Map.of(
                "products[0]", """
                        {"products": [{"name": "Shoe", "skus": "none"}]}""",
                "validation_rules[0]", """
                        {"validation_rules": [{"rules": {}}]}""",
                "earning_rules[0]", """
                        {"earning_rules": [{"event": "order.paid", "loyalty": {"type": "FIXED", "points": 1}}]}""",
                "reward_assignments[0]", """
                        {"reward_assignments": [{"campaign_id": "camp_none", "reward": "rew_none",
                          "parameters": {"loyalty": {"points": 5}}}]}""",
                "orders[1]", """
                        {"orders": [{"source_id": "fine", "amount": 100}, {"status": "SHIPPED"}]}""");
        documents.forEach((entry, document) -> {
            ApiResponse rejected = api.post("/_emulator/projects/" + projectId + "/import", ApiClient.json(document));
            assertThat(rejected.status()).as(entry + " " + rejected.text()).isBetween(400, 404);
            assertThat(rejected.body().get("details").asString()).as(entry).startsWith(entry + ": ");
        });
        assertThat(api.get("/v1/orders").body().get("total").asInt()).isZero();
        assertThat(api.get("/v1/products").body().get("total").asInt()).isZero();
    }

    @Test
    void restoresANamedSnapshot() {
        fill(api);
        ApiResponse saved = api.post("/_emulator/projects/" + projectId + "/snapshots", Map.of("name", "filled"));
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.body().get("campaigns").asInt()).isEqualTo(3);
        JsonNode before = api.get("/_emulator/projects/" + projectId + "/export").body();

        api.delete("/v1/vouchers/GIFT-1?force=true");
        api.post("/v1/campaigns", Map.of("name", "Later", "voucher", Map.of("type", "DISCOUNT_VOUCHER",
                "discount", Map.of("type", "PERCENT", "percent_off", 5))));

        ApiResponse restored = api.post("/_emulator/projects/" + projectId + "/snapshots/filled/restore", null);
        assertThat(restored.status()).isEqualTo(200);
        assertThat(api.get("/v1/campaigns/Later").status()).isEqualTo(404);
        assertThat(normalized(api.get("/_emulator/projects/" + projectId + "/export").body())).isEqualTo(normalized(before));
        assertThat(api.get("/v1/vouchers/SUMMER-A").body().get("metadata").get("n").asInt()).isEqualTo(1);
        assertThat(api.get("/_emulator/projects/" + projectId + "/snapshots").body().get("snapshots").get(0).asString())
                .isEqualTo("filled");
    }

    @Test
    void theSameSeedGivesTheSameIdsTwice() {
        assertThat(api.put("/_emulator/projects/" + projectId + "/seed", Map.of("seed", 42)).status()).isEqualTo(200);
        List<String> first = seededRun(api);
        api.post("/_emulator/projects/" + projectId + "/reset", null);
        List<String> second = seededRun(api);

        String otherId = "controls-seeded-" + UUID.randomUUID();
        ApiClient other = ApiClient.forProject(port, otherId);
        other.put("/_emulator/projects/" + otherId + "/seed", Map.of("seed", 42));
        List<String> third = seededRun(other);

        assertThat(first).hasSize(5).doesNotHaveDuplicates();
        assertThat(second).isEqualTo(first);
        // ids are unique across projects, so another project's sequence differs (and repeats in turn)
        assertThat(third).hasSize(5).doesNotContainAnyElementsOf(first);
        other.post("/_emulator/projects/" + otherId + "/reset", null);
        assertThat(seededRun(other)).isEqualTo(third);
        assertThat(api.get("/_emulator/projects/" + projectId + "/seed").body().get("seed").asLong()).isEqualTo(42);

        assertThat(api.delete("/_emulator/projects/" + projectId + "/seed").status()).isEqualTo(204);
        api.post("/_emulator/projects/" + projectId + "/reset", null);
        assertThat(seededRun(api)).doesNotContainAnyElementsOf(first);
    }

    @Test
    void controlsAreOpenAndCredentialsWhenSentMustNameThePathsProject() {
        fill(api);
        ApiClient anonymous = ApiClient.anonymous(port);
        String base = "/_emulator/projects/" + projectId;
        assertThat(anonymous.get(base + "/export").body().get("campaigns")).hasSize(3);
        assertThat(anonymous.post(base + "/reset", null).status()).isEqualTo(204);
        assertThat(api.get("/v1/campaigns").body().get("total").asInt()).isZero();

        // One rule for every per-project control, whichever module serves it.
        fill(api);
        ApiClient neighbour = ApiClient.forProject(port, "someone-else-" + UUID.randomUUID());
        for (String[] call : new String[][] {{"POST", "/reset"}, {"GET", "/export"}, {"PUT", "/seed"},
                {"GET", "/clock"}, {"GET", "/requests"}, {"DELETE", "/faults"}, {"GET", "/limits"},
                {"GET", "/webhooks/deliveries"}}) {
            ApiResponse foreign = neighbour.send(call[0], base + call[1], call[0].equals("PUT") ? Map.of("seed", 1) : null,
                    "application/json");
            assertThat(foreign.status()).as(call[0] + " " + call[1]).isEqualTo(403);
            assertThat(foreign.body().get("key").asString()).isEqualTo("forbidden");
            assertThat(foreign.body().get("request_id").asString()).startsWith("v-");
        }
        assertThat(api.get("/v1/campaigns").body().get("total").asInt()).isEqualTo(3);
        JsonNode seed = api.get(base + "/seed").body().get("seed");
        assertThat(seed == null || seed.isNull()).as("no seed was set").isTrue();
        assertThat(api.get(base + "/clock").status()).isEqualTo(200);
    }

    @Test
    void rejectsBadControlInput() {
        String base = "/_emulator/projects/" + projectId;
        assertThat(api.post(base + "/reset?to=yesterday", null).status()).isEqualTo(400);
        assertThat(api.post("/_emulator/reset?to=yesterday", null).body().get("key").asString())
                .isEqualTo("invalid_query_params");
        assertThat(api.put(base + "/seed", Map.of()).body().get("key").asString()).isEqualTo("invalid_payload");
        assertThat(api.put(base + "/seed", Map.of("seed", "abc")).status()).isEqualTo(400);
        assertThat(api.post(base + "/snapshots", Map.of("name", "../etc")).status()).isEqualTo(400);
        assertThat(api.post(base + "/snapshots/missing/restore", null).status()).isEqualTo(404);
        assertThat(api.post(base + "/import?mode=sideways", Map.of()).status()).isEqualTo(400);
        assertThat(api.post(base + "/import", "{not json").status()).isEqualTo(400);
    }

    @Test
    void swaggerListsTheControlsInTheirOwnGroupOnly() {
        JsonNode contract = ApiClient.anonymous(port).get("/v3/api-docs").body();
        contract.get("paths").propertyNames().forEach(path -> assertThat(path).doesNotStartWith("/_emulator"));

        JsonNode controls = ApiClient.anonymous(port).get("/v3/api-docs/emulator-controls").body();
        assertThat(controls.get("paths").has("/_emulator/reset")).isTrue();
        assertThat(controls.get("paths").has("/_emulator/projects/{projectId}/export")).isTrue();
        controls.get("paths").propertyNames().forEach(path -> assertThat(path).startsWith("/_emulator/"));
    }

    private static List<String> seededRun(ApiClient client) {
        JsonNode campaign = client.post("/v1/campaigns", Map.of("name", "Seeded", "vouchers_count", 2,
                "voucher", Map.of("type", "DISCOUNT_VOUCHER", "discount", Map.of("type", "PERCENT", "percent_off", 5),
                        "code_config", Map.of("pattern", "S-####")))).body();
        List<String> ids = new ArrayList<>();
        ids.add(campaign.get("id").asString());
        for (JsonNode voucher : client.get("/v1/vouchers?order=code&campaign_id=" + campaign.get("id").asString())
                .body().get("vouchers")) {
            ids.add(voucher.get("code").asString());
            ids.add(voucher.get("id").asString());
        }
        return ids;
    }

    /** Three campaigns of different types, vouchers with codes and a customer. */
    private static void fill(ApiClient client) {
        ok(client.post("/v1/customers", Map.of("source_id", "alice", "name", "Alice", "email", "alice@example.com",
                "metadata", Map.of("tier", "gold"))));
        ok(client.post("/v1/campaigns", Map.of("name", "Summer", "vouchers_count", 0,
                "start_date", "2026-01-01T00:00:00Z", "metadata", Map.of("season", "summer"),
                "voucher", Map.of("type", "DISCOUNT_VOUCHER",
                        "discount", Map.of("type", "AMOUNT", "amount_off", 1500),
                        "redemption", Map.of("quantity", 3)))));
        ok(client.post("/v1/campaigns/Summer/vouchers/SUMMER-A", Map.of("metadata", Map.of("n", 1))));
        ok(client.post("/v1/campaigns/Summer/vouchers/SUMMER-B", Map.of()));
        ok(client.post("/v1/campaigns", Map.of("name", "Loyal", "campaign_type", "LOYALTY_PROGRAM",
                "vouchers_count", 0, "voucher", Map.of("type", "LOYALTY_CARD",
                        "loyalty_card", Map.of("points", 0)))));
        ok(client.post("/v1/campaigns", Map.of("name", "Spring promo", "campaign_type", "PROMOTION",
                "promotion", Map.of("tiers", List.of(Map.of("name", "10% off", "banner", "Ten",
                        "action", Map.of("discount", Map.of("type", "PERCENT", "percent_off", 10))))))));
        ok(client.post("/v1/vouchers/GIFT-1", Map.of("type", "GIFT_VOUCHER", "gift", Map.of("amount", 5000),
                "additional_info", "for Bob")));
    }

    /** Products, a validation rule, loyalty rules and rewards, orders, generated and generic codes. */
    private static void fillMore(ApiClient client) {
        String product = body(client.post("/v1/products", Map.of("source_id", "shoe", "name", "Shoe", "price", 5000,
                "attributes", List.of("size"), "metadata", Map.of("brand", "Acme")))).get("id").asString();
        ok(client.post("/v1/products/" + product + "/skus", Map.of("source_id", "shoe-42", "sku", "Shoe 42",
                "price", 5200, "currency", "EUR", "attributes", Map.of("size", "42"))));
        String rule = body(client.post("/v1/validation-rules", Map.of("name", "Shoes only",
                "rules", Map.of("1", Map.of("name", "order.amount", "conditions", Map.of("$more_than", List.of(1000))),
                        "logic", "1"),
                "applicable_to", Map.of("included", List.of(Map.of("object", "product", "id", product, "effect", "APPLY_TO_EVERY"))))))
                .get("id").asString();
        ok(client.post("/v1/validation-rules/" + rule + "/assignments", Map.of("related_object_type", "campaign",
                "related_object_id", body(client.get("/v1/campaigns/Summer")).get("id").asString())));
        ok(client.post("/v1/vouchers/RULED-1", Map.of("type", "DISCOUNT_VOUCHER", "validation_rules", List.of(rule),
                "discount", Map.of("type", "PERCENT", "percent_off", 5))));
        ok(client.post("/v1/campaigns", Map.of("name", "Generic", "type", "STANDALONE",
                "voucher", Map.of("type", "DISCOUNT_VOUCHER", "discount", Map.of("type", "PERCENT", "percent_off", 7)))));
        ok(client.post("/v1/campaigns", Map.of("name", "Bulk", "vouchers_count", 3, "voucher", Map.of(
                "type", "DISCOUNT_VOUCHER", "discount", Map.of("type", "AMOUNT", "amount_off", 300),
                "code_config", Map.of("pattern", "BULK-####")))));
        String giftCampaign = body(client.post("/v1/campaigns", Map.of("name", "Gift cards", "campaign_type",
                "GIFT_VOUCHERS", "vouchers_count", 2, "voucher", Map.of("type", "GIFT_VOUCHER",
                        "gift", Map.of("amount", 2000))))).get("id").asString();
        ok(client.post("/v1/loyalties/Loyal/earning-rules", List.of(Map.of("event", "order.paid",
                "validation_rule_id", rule, "loyalty", Map.of("type", "FIXED", "points", 10),
                "metadata", Map.of("kind", "orders")))));
        String coins = body(client.post("/v1/rewards", Map.of("name", "Coins", "parameters",
                Map.of("coin", Map.of("exchange_ratio", 1))))).get("id").asString();
        String card = body(client.post("/v1/rewards", Map.of("name", "Gift card", "parameters",
                Map.of("campaign", Map.of("id", giftCampaign, "balance", 1000))))).get("id").asString();
        ok(client.post("/v1/loyalties/Loyal/rewards", List.of(Map.of("reward", coins,
                "parameters", Map.of("loyalty", Map.of("points", 40))))));
        ok(client.post("/v1/loyalties/Loyal/rewards", List.of(Map.of("reward", card,
                "parameters", Map.of("loyalty", Map.of("points", 90))))));
        ok(client.post("/v1/customers", Map.of("source_id", "bob", "name", "Bob")));
        ok(client.post("/v1/orders", Map.of("source_id", "order-1", "status", "CREATED",
                "customer", Map.of("source_id", "alice"), "metadata", Map.of("channel", "web"),
                "items", List.of(Map.of("product_id", product, "quantity", 2, "price", 5000)))));
        ok(client.post("/v1/orders", Map.of("source_id", "order-2", "status", "PAID", "amount", 700,
                "customer", Map.of("source_id", "bob"))));
    }

    private static List<String> codes(ApiClient client, String campaign) {
        String id = body(client.get("/v1/campaigns/" + campaign)).get("id").asString();
        List<String> codes = new ArrayList<>();
        body(client.get("/v1/vouchers?limit=100&order=code&campaign_id=" + id)).get("vouchers")
                .forEach(v -> codes.add(v.get("code").asString()));
        return codes;
    }

    /**
     * An export as {@link #normalized}, without its project and the ids it lists under other names; vouchers
     * by code, since a generic code is made with its campaign, before the vouchers listed earlier.
     */
    private static JsonNode exportShape(JsonNode export) {
        ObjectNode copy = (ObjectNode) normalized(export);
        copy.remove("project");
        copy.findParents("validation_rules").forEach(parent -> ((ObjectNode) parent).remove("validation_rules"));
        copy.get("reward_assignments").forEach(assignment -> ((ObjectNode) assignment).remove("reward"));
        List<JsonNode> vouchers = new ArrayList<>(copy.get("vouchers").valueStream().toList());
        vouchers.sort(java.util.Comparator.comparing(v -> v.get("code").asString()));
        copy.putArray("vouchers").addAll(vouchers);
        return copy;
    }

    private static JsonNode body(ApiResponse response) {
        ok(response);
        return response.body();
    }

    private static void redeem(ApiClient client, String code) {
        ok(client.post("/v1/redemptions", Map.of("redeemables", List.of(Map.of("object", "voucher",
                "id", code)), "order", Map.of("amount", 10000))));
    }

    private static void ok(ApiResponse response) {
        assertThat(response.status()).as(response.text()).isBetween(200, 202);
    }

    /** The answer without what differs between two projects by nature: ids, timestamps and history. */
    private static JsonNode normalized(JsonNode node) {
        JsonNode copy = node.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> drop = new ArrayList<>();
            for (String name : object.propertyNames()) {
                // assets URLs encode the voucher id
                if (name.equals("id") || name.endsWith("_id") || name.endsWith("_at") || name.equals("assets")) {
                    drop.add(name);
                }
            }
            drop.forEach(object::remove);
        }
        node.forEach(ControlsApiTest::strip);
    }
}
