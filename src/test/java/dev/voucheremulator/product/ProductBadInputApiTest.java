package dev.voucheremulator.product;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.ApiClient.ApiResponse;
import dev.voucheremulator.support.EmulatorTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The product and SKU endpoints fed bad input: each case gets its status and Voucherify's error body
 * (never a 500), and leaves the products, SKUs and async actions of the project as they were.
 */
@EmulatorTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductBadInputApiTest {

    private static final String BOUNDARY = "----bad-input";
    private static final String MULTIPART = "multipart/form-data; boundary=" + BOUNDARY;
    private static final String JSON = "application/json";

    @LocalServerPort
    int port;

    ApiClient api;
    String productId;
    String skuId;
    JsonNode baseline;

    @BeforeAll
    void createKnownProductAndSku() {
        api = ApiClient.forProject(port, "product-bad-input-" + UUID.randomUUID());
        productId = ok(api.post("/v1/products", Map.of("source_id", "known", "name", "Known"))).get("id").asString();
        skuId = ok(api.post("/v1/products/known/skus", Map.of("source_id", "known-sku"))).get("id").asString();
        baseline = snapshot();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rejectsBadInputWithAVoucherifyErrorAndChangesNothing(Case c) {
        ApiResponse response = api.send(c.method(), c.path().replace("{product}", productId).replace("{sku}", skuId),
                c.body(), c.contentType());
        String seen = c + " answered " + response.status() + " " + response.text();
        assertThat(response.status()).as(seen).isEqualTo(c.status());
        JsonNode error = response.body();
        assertThat(error).as(seen).isNotNull();
        assertThat(error.path("code").asInt()).as(seen).isEqualTo(c.status());
        for (String field : List.of("key", "message", "details")) {
            assertThat(error.path(field).asString("")).as(field + " of " + seen).isNotBlank();
        }
        if (c.key() != null) {
            assertThat(error.path("key").asString()).as(seen).isEqualTo(c.key());
        }
        JsonNode after = snapshot();
        JsonNode before = baseline;
        baseline = after; // a leak fails the case that caused it, not every case after it
        assertThat(after).as("products, SKUs and async actions after " + c).isEqualTo(before);
    }

    Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (String path : List.of("/v1/products", "/v1/products/{product}", "/v1/products/{product}/skus",
                "/v1/products/{product}/skus/{sku}", "/v1/products/metadata/async")) {
            String method = path.endsWith("}") ? "PUT" : "POST";
            cases.add(new Case(path + ": malformed JSON", method, path, "{\"name\":", JSON, 400, "invalid_payload"));
            cases.add(new Case(path + ": JSON array", method, path, "[{}]", JSON, 400, "invalid_payload"));
            cases.add(new Case(path + ": text/plain", method, path, "{}", "text/plain", 415, null));
            cases.add(new Case(path + ": price is a word", method, path, "{\"price\":\"lots\"}", JSON, 400,
                    "invalid_payload"));
            cases.add(new Case(path + ": negative price", method, path, "{\"price\":-1}", JSON, 400,
                    "invalid_payload"));
            cases.add(new Case(path + ": metadata is a string", method, path, "{\"metadata\":\"x\"}", JSON, 400,
                    "invalid_payload"));
        }
        cases.addAll(List.of(
                new Case("attributes are not strings", "POST", "/v1/products", "{\"attributes\":{\"a\":1}}", JSON,
                        400, "invalid_payload"),
                new Case("SKU attributes are a list", "POST", "/v1/products/{product}/skus",
                        "{\"attributes\":[\"red\"]}", JSON, 400, "invalid_payload"),
                new Case("create with an unknown id", "POST", "/v1/products", "{\"id\":\"prod_000000000000000000\"}",
                        JSON, 404, "not_found"),
                new Case("SKU under an unknown product", "POST", "/v1/products/nope/skus", "{}", JSON, 404,
                        "not_found"),
                new Case("SKU of another product's source_id", "POST", "/v1/products/nope/skus",
                        "{\"source_id\":\"known-sku\"}", JSON, 404, "not_found"),
                new Case("unknown product", "GET", "/v1/products/nope", null, null, 404, "not_found"),
                new Case("update unknown product", "PUT", "/v1/products/nope", "{\"name\":\"x\"}", JSON, 404,
                        "not_found"),
                new Case("delete unknown product", "DELETE", "/v1/products/nope", null, null, 404, "not_found"),
                new Case("force is not a boolean", "DELETE", "/v1/products/{product}?force=maybe", null, null, 400,
                        "invalid_query_params"),
                new Case("unknown SKU", "GET", "/v1/skus/nope", null, null, 404, "not_found"),
                new Case("SKU under the wrong product", "DELETE", "/v1/products/nope/skus/{sku}", null, null, 404,
                        "not_found"),
                new Case("list: limit 0", "GET", "/v1/products?limit=0", null, null, 400, "invalid_query_params"),
                new Case("list: limit 101", "GET", "/v1/products?limit=101", null, null, 400, "invalid_query_params"),
                new Case("list: page 0", "GET", "/v1/products?page=0", null, null, 400, "invalid_query_params"),
                new Case("list: order by code", "GET", "/v1/products?order=code", null, null, 400,
                        "invalid_query_params"),
                new Case("list: start_date not a date", "GET", "/v1/products?start_date=yesterday", null, null, 400,
                        "invalid_query_params"),
                new Case("SKU list: limit abc", "GET", "/v1/products/{product}/skus?limit=abc", null, null, 400,
                        "invalid_query_params"),
                new Case("SKU list: unknown product", "GET", "/v1/products/nope/skus", null, null, 404, "not_found"),
                new Case("bulk: an object", "POST", "/v1/products/bulk/async", "{\"source_id\":\"x\"}", JSON, 400,
                        "invalid_payload"),
                new Case("bulk: no source_id", "POST", "/v1/products/bulk/async", "[{\"name\":\"x\"}]", JSON, 400,
                        "invalid_payload"),
                new Case("bulk: price is a word", "POST", "/v1/products/bulk/async",
                        "[{\"source_id\":\"x\",\"price\":\"lots\"}]", JSON, 400, "invalid_payload"),
                new Case("metadata: no source_ids", "POST", "/v1/products/metadata/async",
                        "{\"metadata\":{\"a\":1}}", JSON, 400, "invalid_payload"),
                new Case("metadata: no metadata", "POST", "/v1/products/metadata/async",
                        "{\"source_ids\":[\"known\"]}", JSON, 400, "invalid_payload"),
                new Case("import: JSON body", "POST", "/v1/products/importCSV", "{}", JSON, 415, null),
                new Case("import: broken multipart", "POST", "/v1/products/importCSV",
                        "--" + BOUNDARY + "\r\ngarbage", MULTIPART, 400, "invalid_payload"),
                new Case("import: no boundary", "POST", "/v1/skus/importCSV", "x", "multipart/form-data", 400,
                        "invalid_payload"),
                new Case("import: no file part", "POST", "/v1/skus/importCSV", "--" + BOUNDARY + "--\r\n", MULTIPART,
                        400, "invalid_payload"),
                new Case("import: no header row", "POST", "/v1/products/importCSV", file("\n\n"), MULTIPART, 400,
                        "invalid_payload"),
                new Case("import: unterminated quote", "POST", "/v1/products/importCSV",
                        file("name,source_id\n\"Shirt,x\n"), MULTIPART, 400, "invalid_payload")));
        return cases.stream();
    }

    /** A multipart body with one part, "file". */
    private static String file(String csv) {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"f.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + BOUNDARY + "--\r\n";
    }

    private JsonNode snapshot() {
        return ApiClient.json("{\"products\":" + ok(api.get("/v1/products?limit=100")) + ",\"skus\":"
                + ok(api.get("/v1/products/known/skus?limit=100")) + ",\"actions\":"
                + ok(api.get("/v1/async-actions?limit=100")) + "}");
    }

    private static JsonNode ok(ApiResponse response) {
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.body();
    }

    record Case(String label, String method, String path, String body, String contentType, int status, String key) {

        @Override
        public String toString() {
            return method + " " + path + ": " + label;
        }
    }
}
