package dev.voucheremulator.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.ApiClient.ApiResponse;
import dev.voucheremulator.support.EmulatorTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

/**
 * Every update is tri-state: a property left out keeps the stored value, one sent as null clears it
 * (or keeps it, where Voucherify cannot clear that field), one sent with a value sets it. One row per
 * updatable resource and field; the resources whose own tests already cover this (campaigns, loyalty
 * programs, promotion tiers, rewards, vouchers, earning rules) are not repeated.
 */
@EmulatorTest
class TriStateUpdateApiTest {

    private static final String JSON = "application/json";
    /** The cleared value of a field that cannot be cleared: null keeps what was stored. */
    private static final String KEPT = "kept";

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void newProject() {
        api = ApiClient.forProject(port, "tristate-" + UUID.randomUUID());
    }

    /**
     * A field of a resource. {@code setup} creates the resource with the field at {@code start} and
     * answers the paths to update and to read it; {@code body} writes an update sending the field as the
     * given JSON; {@code pointer} finds it in what GET answers; {@code cleared} is what null leaves.
     */
    record Row(String name, Function<ApiClient, Paths> setup, String method, String absentBody,
               Function<String, String> body, String pointer, String start, String next, String cleared) {

        @Override
        public String toString() {
            return name;
        }
    }

    record Paths(String update, String read) {
        static Paths same(String path) {
            return new Paths(path, path);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void absentKeepsNullClearsAValueSets(Row row) {
        Paths paths = row.setup().apply(api);
        assertThat(at(read(paths), row.pointer())).as("as created").isEqualTo(ApiClient.json(row.start()));

        update(row, paths, row.absentBody());
        assertThat(at(read(paths), row.pointer())).as("absent keeps").isEqualTo(ApiClient.json(row.start()));

        update(row, paths, row.body().apply("null"));
        JsonNode cleared = row.cleared().equals(KEPT) ? ApiClient.json(row.start()) : ApiClient.json(row.cleared());
        assertThat(at(read(paths), row.pointer())).as("null").isEqualTo(cleared);

        update(row, paths, row.body().apply(row.next()));
        assertThat(at(read(paths), row.pointer())).as("a value sets").isEqualTo(ApiClient.json(row.next()));
    }

    // Like the real API, a category update needs both its name and its hierarchy: nothing to leave or clear.
    @Test
    void aCategoryUpdateNeedsItsNameAndHierarchy() {
        String id = ok(api.post("/v1/categories", Map.of("name", "First", "hierarchy", 1))).get("id").asString();
        String path = "/v1/categories/" + id;

        assertThat(api.send("PUT", path, "{\"hierarchy\": 2}", JSON).status()).as("absent").isEqualTo(400);
        assertThat(api.send("PUT", path, "{\"name\": null, \"hierarchy\": 2}", JSON).status()).as("null")
                .isEqualTo(400);
        assertThat(ok(api.get(path)).get("name").asString()).isEqualTo("First");

        ok(api.send("PUT", path, "{\"name\": \"Second\", \"hierarchy\": 2}", JSON));
        assertThat(ok(api.get(path)).get("name").asString()).isEqualTo("Second");
        assertThat(ok(api.get(path)).get("hierarchy").asInt()).isEqualTo(2);
    }

    @Test
    void anOrdersCustomerIsKeptClearedAndSet() {
        String buyer = ok(api.post("/v1/customers", Map.of("source_id", "tri-buyer"))).get("id").asString();
        String other = ok(api.post("/v1/customers", Map.of("source_id", "tri-other"))).get("id").asString();
        String path = "/v1/orders/" + ok(api.post("/v1/orders", Map.of("amount", 1000,
                "customer", Map.of("source_id", "tri-buyer")))).get("id").asString();
        assertThat(ok(api.get(path)).get("customer_id").asString()).isEqualTo(buyer);

        ok(api.send("PUT", path, "{\"metadata\": {\"k\": 1}}", JSON));
        assertThat(ok(api.get(path)).get("customer_id").asString()).as("absent keeps").isEqualTo(buyer);

        ok(api.send("PUT", path, "{\"customer\": null}", JSON));
        assertThat(at(ok(api.get(path)), "/customer_id").isNull()).as("null clears").isTrue();

        ok(api.send("PUT", path, "{\"customer_id\": \"" + other + "\"}", JSON));
        assertThat(ok(api.get(path)).get("customer_id").asString()).as("a value sets").isEqualTo(other);
        assertThat(ok(api.get(path)).get("customer").get("id").asString()).isEqualTo(other);
    }

    static Stream<Row> rows() {
        return Stream.of(
                customer("name", "\"Ann\"", "\"Bea\"", "null"),
                customer("email", "\"ann@example.com\"", "\"bea@example.com\"", "null"),
                customer("phone", "\"+48 100\"", "\"+48 200\"", "null"),
                customer("birthday", "\"1990-06-21\"", "\"1991-07-22\"", "null"),
                customer("birthdate", "\"1990-06-21\"", "\"1991-07-22\"", "null"),
                customer("address", "{\"city\":\"Oslo\",\"country\":\"NO\"}", "{\"city\":\"Bergen\"}", "null"),
                // a customer without metadata shows null, as recorded from the real API
                customer("metadata", "{\"tier\":\"gold\"}", "{\"tier\":\"silver\"}", "null"),
                new Row("customer upsert: description", a -> customerPaths(a, "description", "\"Regular\""),
                        "POST /v1/customers", "{\"source_id\":\"tri-cust\"}",
                        v -> "{\"source_id\":\"tri-cust\",\"description\":" + v + "}", "/description",
                        "\"Regular\"", "\"Frequent\"", "null"),
                new Row("customers in bulk: phone", a -> customerPaths(a, "phone", "\"+48 100\""),
                        "POST /v1/customers/bulk/async", "[{\"source_id\":\"tri-cust\"}]",
                        v -> "[{\"source_id\":\"tri-cust\",\"phone\":" + v + "}]", "/phone",
                        "\"+48 100\"", "\"+48 200\"", "null"),
                new Row("customers' metadata in bulk: one key",
                        a -> customerPaths(a, "metadata", "{\"color\":\"red\"}"), "POST /v1/customers/metadata/async",
                        "{\"source_ids\":[\"tri-cust\"],\"metadata\":{\"size\":\"M\"}}",
                        v -> "{\"source_ids\":[\"tri-cust\"],\"metadata\":{\"color\":" + v + "}}", "/metadata/color",
                        "\"red\"", "\"blue\"", "null"),
                product("name", "\"Shirt\"", "\"Blouse\"", "null"),
                product("price", "2500", "3000", "null"),
                product("image_url", "\"https://img.example/a.png\"", "\"https://img.example/b.png\"", "null"),
                product("attributes", "[\"color\"]", "[\"color\",\"size\"]", "[]"),
                product("metadata", "{\"brand\":\"X\"}", "{\"brand\":\"Y\"}", "{}"),
                new Row("product upsert: price", a -> productPaths(a, "price", "2500"), "POST /v1/products",
                        "{\"source_id\":\"tri-prod\"}", v -> "{\"source_id\":\"tri-prod\",\"price\":" + v + "}",
                        "/price", "2500", "3000", "null"),
                new Row("products in bulk: image_url", a -> productPaths(a, "image_url", "\"https://img.example/a\""),
                        "POST /v1/products/bulk/async", "[{\"source_id\":\"tri-prod\"}]",
                        v -> "[{\"source_id\":\"tri-prod\",\"image_url\":" + v + "}]", "/image_url",
                        "\"https://img.example/a\"", "\"https://img.example/b\"", "null"),
                new Row("products' metadata in bulk: one key",
                        a -> productPaths(a, "metadata", "{\"color\":\"red\"}"), "POST /v1/products/metadata/async",
                        "{\"source_ids\":[\"tri-prod\"],\"metadata\":{\"size\":\"M\"}}",
                        v -> "{\"source_ids\":[\"tri-prod\"],\"metadata\":{\"color\":" + v + "}}", "/metadata/color",
                        "\"red\"", "\"blue\"", "null"),
                sku("sku", "\"Red\"", "\"Blue\"", "null"),
                sku("price", "100", "200", "null"),
                sku("currency", "\"EUR\"", "\"PLN\"", "null"),
                sku("attributes", "{\"color\":\"red\"}", "{\"color\":\"blue\"}", "{}"),
                sku("metadata", "{\"k\":1}", "{\"k\":2}", "{}"),
                order("metadata", "{\"channel\":\"web\"}", "{\"channel\":\"shop\"}", "{}"),
                order("discount_amount", "100", "200", "null"),
                new Row("order upsert: metadata", a -> Paths.same("/v1/orders/" + ok(a.send("POST", "/v1/orders",
                        "{\"source_id\":\"tri-ord\",\"metadata\":{\"channel\":\"web\"}}", JSON))
                        .get("id").asString()), "POST /v1/orders", "{\"source_id\":\"tri-ord\"}",
                        v -> "{\"source_id\":\"tri-ord\",\"metadata\":" + v + "}", "/metadata",
                        "{\"channel\":\"web\"}", "{\"channel\":\"shop\"}", "{}"),
                new Row("orders import: discount_amount", a -> Paths.same("/v1/orders/" + ok(a.send("POST",
                        "/v1/orders", "{\"source_id\":\"tri-ord\",\"amount\":1000,\"discount_amount\":100}", JSON))
                        .get("id").asString()), "POST /v1/orders/import", "[{\"source_id\":\"tri-ord\"}]",
                        v -> "[{\"source_id\":\"tri-ord\",\"discount_amount\":" + v + "}]", "/discount_amount",
                        "100", "200", "null"),
                order("initial_amount", "1200", "1500", "null"),
                new Row("order: items", a -> Paths.same("/v1/orders/" + ok(a.send("POST", "/v1/orders",
                        "{\"status\":\"CREATED\",\"items\":[{\"quantity\":1,\"price\":1000}]}", JSON))
                        .get("id").asString()), "PUT", "{}", v -> "{\"items\":" + (v.equals("null") ? v
                        : "[{\"quantity\":" + v + ",\"price\":500}]") + "}", "/items/0/quantity", "1", "2", "null"),
                order("status", "\"CREATED\"", "\"CANCELED\"", KEPT),
                validationRule("error", "{\"message\":\"Too small\"}", "{\"message\":\"Still too small\"}", "null"),
                validationRule("bundle_rules", "{\"1\":{\"name\":\"x\"}}", "{\"2\":{\"name\":\"y\"}}", "{}"),
                new Row("validation rule: applicable_to", a -> Paths.same("/v1/validation-rules/" + ok(a.send("POST",
                        "/v1/validation-rules", "{\"name\":\"Rule\",\"applicable_to\":" + applicableTo("prod_1") + "}",
                        JSON)).get("id").asString()), "PUT", "{}", v -> "{\"applicable_to\":"
                        + (v.equals("null") ? v : applicableTo(ApiClient.json(v).asString())) + "}",
                        "/applicable_to/included/0/id", "\"prod_1\"", "\"prod_2\"", "null"),
                validationRule("name", "\"Rule\"", "\"Renamed rule\"", KEPT),
                template("description", "\"Winter\"", "\"Summer\"", "null"),
                template("name", "\"Template\"", "\"Renamed template\"", KEPT),
                new Row("reward assignment: parameters.loyalty.points", TriStateUpdateApiTest::rewardAssignment,
                        "PUT", "{}", v -> "{\"parameters\":{\"loyalty\":{\"points\":" + v + "}}}",
                        "/parameters/loyalty/points", "40", "55", KEPT));
    }

    private static String applicableTo(String productId) {
        return "{\"included\":[{\"object\":\"product\",\"id\":\"" + productId + "\",\"effect\":\"APPLY_TO_EVERY\"}]}";
    }

    private static Row customer(String field, String start, String next, String cleared) {
        return new Row("customer: " + field, a -> customerPaths(a, field, start), "PUT", "{\"description\":\"x\"}",
                v -> "{\"" + field + "\":" + v + "}", "/" + field, start, next, cleared);
    }

    private static Paths customerPaths(ApiClient api, String field, String start) {
        String id = ok(api.send("POST", "/v1/customers",
                "{\"source_id\":\"tri-cust\",\"" + field + "\":" + start + "}", JSON)).get("id").asString();
        return Paths.same("/v1/customers/" + id);
    }

    private static Row product(String field, String start, String next, String cleared) {
        return new Row("product: " + field, a -> productPaths(a, field, start), "PUT", "{}",
                v -> "{\"" + field + "\":" + v + "}", "/" + field, start, next, cleared);
    }

    private static Paths productPaths(ApiClient api, String field, String start) {
        String id = ok(api.send("POST", "/v1/products",
                "{\"source_id\":\"tri-prod\",\"" + field + "\":" + start + "}", JSON)).get("id").asString();
        return Paths.same("/v1/products/" + id);
    }

    private static Row sku(String field, String start, String next, String cleared) {
        return new Row("SKU: " + field, a -> {
            String product = ok(a.post("/v1/products", Map.of("name", "Phone"))).get("id").asString();
            String id = ok(a.send("POST", "/v1/products/" + product + "/skus",
                    "{\"source_id\":\"tri-sku\",\"" + field + "\":" + start + "}", JSON)).get("id").asString();
            return new Paths("/v1/products/" + product + "/skus/" + id, "/v1/skus/" + id);
        }, "PUT", "{}", v -> "{\"" + field + "\":" + v + "}", "/" + field, start, next, cleared);
    }

    private static Row order(String field, String start, String next, String cleared) {
        return new Row("order: " + field, a -> {
            String id = ok(a.send("POST", "/v1/orders",
                    "{\"amount\":1000,\"status\":\"CREATED\",\"" + field + "\":" + start + "}", JSON))
                    .get("id").asString();
            return Paths.same("/v1/orders/" + id);
        }, "PUT", "{}", v -> "{\"" + field + "\":" + v + "}", "/" + field, start, next, cleared);
    }

    private static Row validationRule(String field, String start, String next, String cleared) {
        return new Row("validation rule: " + field, a -> {
            String body = field.equals("name") ? "{\"name\":" + start + "}"
                    : "{\"name\":\"Rule\",\"" + field + "\":" + start + "}";
            String id = ok(a.send("POST", "/v1/validation-rules", body, JSON)).get("id").asString();
            return Paths.same("/v1/validation-rules/" + id);
        }, "PUT", "{}", v -> "{\"" + field + "\":" + v + "}", "/" + field, start, next, cleared);
    }

    private static Row template(String field, String start, String next, String cleared) {
        return new Row("campaign template: " + field, a -> {
            String campaign = ok(a.post("/v1/campaigns", Map.of("name", "Source", "campaign_type", "DISCOUNT_COUPONS",
                    "voucher", Map.of("type", "DISCOUNT_VOUCHER",
                            "discount", Map.of("type", "AMOUNT", "amount_off", 100))))).get("id").asString();
            String body = field.equals("name") ? "{\"name\":" + start + ",\"campaign_id\":\"" + campaign + "\"}"
                    : "{\"name\":\"Template\",\"campaign_id\":\"" + campaign + "\",\"" + field + "\":" + start + "}";
            String id = ok(a.send("POST", "/v1/templates/campaigns", body, JSON)).get("id").asString();
            return Paths.same("/v1/templates/campaigns/" + id);
        }, "PUT", "{}", v -> "{\"" + field + "\":" + v + "}", "/" + field, start, next, cleared);
    }

    private static Paths rewardAssignment(ApiClient api) {
        String program = ok(api.post("/v1/loyalties", Map.of("name", "Points", "voucher", Map.of("type",
                "LOYALTY_CARD", "loyalty_card", Map.of("points", 0))))).get("id").asString();
        String reward = ok(api.post("/v1/rewards", Map.of("name", "Coins", "parameters",
                Map.of("coin", Map.of("exchange_ratio", 1))))).get("id").asString();
        String id = ok(api.post("/v1/loyalties/" + program + "/rewards", List.of(Map.of("reward", reward,
                "parameters", Map.of("loyalty", Map.of("points", 40)))))).get("id").asString();
        return new Paths("/v1/loyalties/" + program + "/rewards/" + id,
                "/v1/loyalties/" + program + "/reward-assignments/" + id);
    }

    private void update(Row row, Paths paths, String body) {
        String[] method = row.method().split(" ");
        String path = method.length > 1 ? method[1] : paths.update();
        ApiResponse response = api.send(method[0], path, body, JSON);
        assertThat(response.status()).as(row + " " + body + ": " + response.text()).isBetween(200, 202);
    }

    private JsonNode read(Paths paths) {
        return ok(api.get(paths.read()));
    }

    // A field left out of the answer reads as null
    private static JsonNode at(JsonNode node, String pointer) {
        JsonNode value = node.at(pointer);
        return value.isMissingNode() ? NullNode.getInstance() : value;
    }

    private static JsonNode ok(ApiResponse response) {
        assertThat(response.status()).as(response.text()).isBetween(200, 202);
        return response.body();
    }
}
