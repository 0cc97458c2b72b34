package dev.voucheremulator.product;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.ApiClient.ApiResponse;
import dev.voucheremulator.support.EmulatorTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@EmulatorTest
class ProductApiTest {

    static final String BOUNDARY = "----emulator-boundary";

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void newProject() {
        api = ApiClient.forProject(port, "products-" + UUID.randomUUID());
    }

    @Test
    void createsGetsUpdatesListsAndDeletesAProduct() {
        JsonNode created = ok(api.post("/v1/products", Map.of("source_id", "shirt", "name", "Shirt",
                "attributes", List.of("color", "size"), "metadata", Map.of("season", "summer"))));
        String id = created.get("id").asString();
        assertThat(id).matches("prod_[0-9a-f]{18}");
        assertThat(created.get("object").asString()).isEqualTo("product");
        assertThat(created.has("updated_at")).isFalse();
        assertThat(created.get("attributes")).hasSize(2);
        assertThat(ok(api.get("/v1/products/" + id))).isEqualTo(created);
        assertThat(ok(api.get("/v1/products/shirt"))).as("by source_id").isEqualTo(created);

        JsonNode updated = ok(api.put("/v1/products/shirt", Map.of("price", 2500)));
        assertThat(updated.get("price").asLong()).isEqualTo(2500);
        assertThat(updated.get("name").asString()).as("fields not sent stay").isEqualTo("Shirt");
        assertThat(updated.get("updated_at").asString()).isNotBlank();

        JsonNode upserted = ok(api.post("/v1/products", Map.of("source_id", "shirt", "name", "T-shirt")));
        assertThat(upserted.get("id").asString()).as("create with a known source_id updates").isEqualTo(id);
        assertThat(upserted.get("price").asLong()).isEqualTo(2500);

        ok(api.post("/v1/products", Map.of("source_id", "hat")));
        JsonNode list = ok(api.get("/v1/products?limit=1&order=created_at"));
        assertThat(list.get("data_ref").asString()).isEqualTo("products");
        assertThat(list.get("total").asInt()).isEqualTo(2);
        assertThat(list.get("products").get(0).get("id").asString()).isEqualTo(id);
        assertThat(ok(api.get("/v1/products?page=2&limit=1&order=created_at")).get("products").get(0)
                .get("source_id").asString()).isEqualTo("hat");

        assertThat(api.delete("/v1/products/" + id).status()).isEqualTo(204);
        assertThat(api.get("/v1/products/" + id).status()).isEqualTo(404);
        assertThat(api.post("/v1/products", Map.of("source_id", "shirt")).status())
                .as("a binned product keeps its source_id").isEqualTo(409);
        assertThat(api.delete("/v1/products/hat?force=true").status()).isEqualTo(204);
        assertThat(ok(api.get("/v1/products")).get("total").asInt()).isZero();
    }

    @Test
    void managesTheSkusOfAProduct() {
        String productId = ok(api.post("/v1/products", Map.of("source_id", "phone", "attributes",
                List.of("color")))).get("id").asString();
        JsonNode sku = ok(api.post("/v1/products/phone/skus", Map.of("source_id", "phone-red", "price", 5000,
                "attributes", Map.of("color", "red"))));
        String skuId = sku.get("id").asString();
        assertThat(skuId).matches("sku_[0-9a-f]{18}");
        assertThat(sku.get("product_id").asString()).isEqualTo(productId);
        assertThat(sku.get("object").asString()).isEqualTo("sku");
        assertThat(sku.get("metadata").isEmpty()).isTrue();

        JsonNode updated = ok(api.put("/v1/products/" + productId + "/skus/" + skuId, Map.of("price", 2000)));
        assertThat(updated.get("price").asLong()).isEqualTo(2000);
        assertThat(updated.get("attributes").get("color").asString()).isEqualTo("red");
        assertThat(ok(api.get("/v1/skus/phone-red"))).isEqualTo(updated);

        JsonNode skus = ok(api.get("/v1/products/" + productId + "/skus"));
        assertThat(skus.get("data_ref").asString()).isEqualTo("skus");
        assertThat(skus.get("total").asInt()).isEqualTo(1);
        assertThat(skus.get("skus").get(0)).isEqualTo(updated);

        String otherProduct = ok(api.post("/v1/products", Map.of("name", "Other"))).get("id").asString();
        assertThat(api.delete("/v1/products/" + otherProduct + "/skus/" + skuId).status())
                .as("a SKU is deleted under its own product only").isEqualTo(404);
        assertThat(api.delete("/v1/products/" + productId + "/skus/" + skuId + "?force=true").status())
                .isEqualTo(204);
        assertThat(api.get("/v1/skus/" + skuId).status()).isEqualTo(404);

        ok(api.post("/v1/products/phone/skus", Map.of("source_id", "phone-blue")));
        assertThat(api.delete("/v1/products/phone").status()).isEqualTo(204);
        assertThat(api.get("/v1/skus/phone-blue").status()).as("the bin takes the SKUs too").isEqualTo(404);
    }

    @Test
    void bulkAndMetadataUpdatesAreRecordedAsAsyncActions() {
        ok(api.post("/v1/products", Map.of("source_id", "a", "metadata", Map.of("keep", 1))));
        ApiResponse bulk = api.post("/v1/products/bulk/async", List.of(Map.of("source_id", "a", "price", 100),
                Map.of("source_id", "b", "name", "Bee")));
        assertThat(bulk.status()).isEqualTo(202);
        JsonNode action = ok(api.get("/v1/async-actions/" + bulk.body().get("async_action_id").asString()));
        assertThat(action.get("type").asString()).isEqualTo("PRODUCTS.BULK_UPDATE");
        assertThat(action.get("result").get("done_count").asInt()).isEqualTo(2);
        assertThat(ok(api.get("/v1/products/a")).get("price").asLong()).isEqualTo(100);
        assertThat(ok(api.get("/v1/products/b")).get("name").asString()).isEqualTo("Bee");

        ApiResponse metadata = api.post("/v1/products/metadata/async", Map.of("source_ids", List.of("a", "nope"),
                "metadata", Map.of("color", "red")));
        assertThat(metadata.status()).isEqualTo(202);
        JsonNode result = ok(api.get("/v1/async-actions/" + metadata.body().get("async_action_id").asString()))
                .get("result");
        assertThat(result.get("errors")).hasSize(1);
        assertThat(ok(api.get("/v1/products/a")).get("metadata"))
                .isEqualTo(ApiClient.json("{\"keep\":1,\"color\":\"red\"}"));
    }

    @Test
    void importsProductsAndSkusFromCsv() {
        ApiResponse products = upload("/v1/products/importCSV", "name,source_id,price,attributes,brand\n"
                + "Shirt,shirt,2500,\"color,size\",Acme\n"
                + "Broken,broken,cheap,,\n");
        assertThat(products.status()).as(products.text()).isEqualTo(200);
        JsonNode result = ok(api.get("/v1/async-actions/" + products.body().get("async_action_id").asString()))
                .get("result");
        assertThat(result.get("done_count").asInt()).isEqualTo(1);
        assertThat(result.get("failed").get(0).get("row").asInt()).isEqualTo(2);
        JsonNode shirt = ok(api.get("/v1/products/shirt"));
        assertThat(shirt.get("attributes").toString()).isEqualTo("[\"color\",\"size\"]");
        assertThat(shirt.get("metadata").get("brand").asString()).isEqualTo("Acme");

        ApiResponse skus = upload("/v1/skus/importCSV", "product_id,sku,source_id,price,color\n"
                + "shirt,Red shirt,shirt-red,2600,red\n");
        assertThat(skus.status()).as(skus.text()).isEqualTo(200);
        JsonNode sku = ok(api.get("/v1/skus/shirt-red"));
        assertThat(sku.get("attributes").get("color").asString()).isEqualTo("red");
        assertThat(sku.get("product_id").asString()).isEqualTo(shirt.get("id").asString());
    }

    @Test
    void brokenMultipartToAnImportIsABadRequest() {
        ApiResponse broken = api.send("POST", "/v1/products/importCSV", "--" + BOUNDARY + "\r\nnot a part",
                "multipart/form-data; boundary=" + BOUNDARY);
        assertThat(broken.status()).as(broken.text()).isEqualTo(400);
        assertThat(broken.body().get("key").asString()).isEqualTo("invalid_payload");
        ApiResponse noFile = api.send("POST", "/v1/skus/importCSV", "--" + BOUNDARY + "--\r\n",
                "multipart/form-data; boundary=" + BOUNDARY);
        assertThat(noFile.status()).as(noFile.text()).isEqualTo(400);
        assertThat(api.post("/v1/products/importCSV", Map.of("file", "x")).status()).isEqualTo(415);
    }

    @Test
    void aRuleOnAProductOrSkuNamedBySourceIdAppliesToTheOrderItemNamingIt() {
        String productId = ok(api.post("/v1/products", Map.of("source_id", "shoe", "price", 3000))).get("id")
                .asString();
        ok(api.post("/v1/products/shoe/skus", Map.of("source_id", "shoe-42")));
        ok(api.post("/v1/products", Map.of("source_id", "sock")));
        String shoesOnly = rule("Shoes only", "product.id", Map.of("source_id", "shoe", "object", "product"));
        String size42 = rule("Size 42", "sku.id", "shoe-42");
        voucher("SHOES", shoesOnly);
        voucher("SIZE42", size42);

        assertThat(valid("SHOES", Map.of("source_id", "shoe", "related_object", "product", "price", 3000)))
                .as("the item names the product by source_id").isTrue();
        assertThat(valid("SHOES", Map.of("product_id", productId, "price", 3000))).as("by id").isTrue();
        assertThat(valid("SHOES", Map.of("sku_id", "shoe-42", "price", 3000))).as("through its SKU").isTrue();
        assertThat(valid("SHOES", Map.of("source_id", "sock", "related_object", "product", "price", 3000)))
                .isFalse();
        assertThat(valid("SIZE42", Map.of("source_id", "shoe-42", "related_object", "sku", "price", 3000)))
                .isTrue();
        assertThat(valid("SIZE42", Map.of("source_id", "shoe", "related_object", "product", "price", 3000)))
                .isFalse();
    }

    private String rule(String name, String condition, Object operand) {
        return ok(api.post("/v1/validation-rules", Map.of("name", name, "rules", Map.of("1", Map.of("name",
                condition, "conditions", Map.of("$is", List.of(operand))), "logic", "1")))).get("id").asString();
    }

    private void voucher(String code, String ruleId) {
        ok(api.post("/v1/vouchers/" + code, Map.of("type", "DISCOUNT_VOUCHER",
                "discount", Map.of("type", "AMOUNT", "amount_off", 100))));
        String voucherId = ok(api.get("/v1/vouchers/" + code)).get("id").asString();
        ok(api.post("/v1/validation-rules/" + ruleId + "/assignments",
                Map.of("related_object_type", "voucher", "related_object_id", voucherId)));
    }

    private boolean valid(String code, Map<String, Object> item) {
        return ok(api.post("/v1/validations", Map.of("redeemables", List.of(Map.of("object", "voucher", "id", code)),
                "order", Map.of("items", List.of(item))))).get("valid").asBoolean();
    }

    private ApiResponse upload(String path, String csv) {
        String body = "--" + BOUNDARY + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"data.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + BOUNDARY + "--\r\n";
        return api.send("POST", path, body, "multipart/form-data; boundary=" + BOUNDARY);
    }

    private static JsonNode ok(ApiResponse response) {
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.body();
    }
}
