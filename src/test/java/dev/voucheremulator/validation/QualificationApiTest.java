package dev.voucheremulator.validation;

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

/** POST /v1/qualifications: scenarios, filters, sorting and paging, and that what qualifies validates. */
@EmulatorTest
class QualificationApiTest {

    static final Map<String, Object> ORDER = Map.of("amount", 10_000);
    static final Map<String, Object> ALICE = Map.of("source_id", "alice");

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void redeemables() {
        api = ApiClient.forProject(port, "qualify-" + UUID.randomUUID());
        ok(api.post("/v1/campaigns", Map.of("name", "Spring sale", "campaign_type", "PROMOTION",
                "promotion", Map.of("tiers", List.of(
                        Map.of("name", "10% off", "action", Map.of("discount",
                                Map.of("type", "PERCENT", "percent_off", 10))),
                        Map.of("name", "3 off", "action", Map.of("discount",
                                Map.of("type", "AMOUNT", "amount_off", 300))))))));
        ok(api.post("/v1/vouchers/FIVE", Map.of("type", "DISCOUNT_VOUCHER",
                "discount", Map.of("type", "AMOUNT", "amount_off", 500))));
        ok(api.post("/v1/vouchers/USED", Map.of("type", "DISCOUNT_VOUCHER",
                "discount", Map.of("type", "AMOUNT", "amount_off", 5_000), "redemption", Map.of("quantity", 1))));
        ok(api.post("/v1/vouchers/NOT-HERS", Map.of("type", "DISCOUNT_VOUCHER",
                "discount", Map.of("type", "AMOUNT", "amount_off", 700))));
        ok(api.post("/v1/publications", Map.of("voucher", "FIVE", "customer", ALICE)));
        ok(api.post("/v1/publications", Map.of("voucher", "USED", "customer", ALICE)));
        ok(api.post("/v1/redemptions", Map.of("redeemables", List.of(Map.of("object", "voucher", "id", "USED")))));
    }

    @Test
    void whatQualifiesValidatesAndWhatDoesNotQualifyDoesNotValidate() {
        JsonNode all = ok(api.post("/v1/qualifications", Map.of("customer", ALICE, "order", ORDER,
                "options", Map.of("limit", 10, "expand", List.of("redeemable")))));
        JsonNode data = all.get("redeemables").get("data");
        assertThat(all.get("redeemables").get("object").asString()).isEqualTo("list");
        assertThat(all.get("redeemables").get("total").asInt()).isEqualTo(3);
        assertThat(all.get("order").get("amount").asLong()).isEqualTo(10_000);
        List<String> names = new ArrayList<>();
        for (JsonNode q : data) {
            names.add(q.get("object").asString() + ":" + q.path("name").asString(""));
            JsonNode validation = ok(api.post("/v1/validations", Map.of("customer", ALICE, "order", ORDER,
                    "redeemables", List.of(Map.of("object", q.get("object").asString(), "id", q.get("id").asString())))));
            assertThat(validation.get("valid").asBoolean()).as(q.toString()).isTrue();
            assertThat(validation.get("order").get("total_applied_discount_amount").asLong())
                    .isEqualTo(q.get("order").get("total_applied_discount_amount").asLong());
        }
        assertThat(data.toString()).doesNotContain("NOT-HERS");
        assertThat(names).hasSize(3).contains("promotion_tier:10% off", "promotion_tier:3 off");
        JsonNode used = ok(api.post("/v1/validations", Map.of("customer", ALICE, "order", ORDER,
                "redeemables", List.of(Map.of("object", "voucher", "id", "USED")))));
        assertThat(used.get("valid").asBoolean()).isFalse();
    }

    @Test
    void scenariosFiltersSortingAndPaging() {
        JsonNode wallet = ok(api.post("/v1/qualifications", Map.of("customer", ALICE, "order", ORDER,
                "scenario", "CUSTOMER_WALLET")));
        assertThat(ids(wallet)).hasSize(1);
        assertThat(wallet.get("redeemables").get("data").get(0).get("object").asString()).isEqualTo("voucher");

        JsonNode best = ok(api.post("/v1/qualifications", Map.of("customer", ALICE, "order", ORDER,
                "options", Map.of("sorting_rule", "BEST_DEAL"))));
        List<Long> deals = new ArrayList<>();
        best.get("redeemables").get("data")
                .forEach(q -> deals.add(q.get("order").get("total_applied_discount_amount").asLong()));
        assertThat(deals).containsExactly(1_000L, 500L, 300L);

        JsonNode tiers = ok(api.post("/v1/qualifications", Map.of("customer", ALICE, "order", ORDER,
                "options", Map.of("filters", Map.of("resource_type",
                        Map.of("conditions", Map.of("$in", List.of("promotion_tier"))))))));
        assertThat(ids(tiers)).hasSize(2);

        JsonNode first = ok(api.post("/v1/qualifications", Map.of("customer", ALICE, "order", ORDER,
                "options", Map.of("limit", 2))));
        assertThat(first.get("redeemables").get("has_more").asBoolean()).isTrue();
        JsonNode rest = ok(api.post("/v1/qualifications", Map.of("customer", ALICE, "order", ORDER,
                "options", Map.of("limit", 2, "starting_after",
                        first.get("redeemables").get("more_starting_after").asString()))));
        assertThat(rest.get("redeemables").get("has_more").asBoolean()).isFalse();
        List<String> paged = new ArrayList<>(ids(first));
        paged.addAll(ids(rest));
        assertThat(paged).doesNotHaveDuplicates().hasSize(3);
    }

    @Test
    void anonymousQualificationSeesOnlyPromotions() {
        JsonNode anonymous = ok(api.post("/v1/qualifications", Map.of("order", Map.of("items",
                List.of(Map.of("product_id", "prod_1", "quantity", 1, "amount", 100))))));
        assertThat(ids(anonymous)).hasSize(2);
    }

    private static List<String> ids(JsonNode qualification) {
        List<String> ids = new ArrayList<>();
        qualification.get("redeemables").get("data").forEach(q -> ids.add(q.get("id").asString()));
        return ids;
    }

    private static JsonNode ok(ApiResponse response) {
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.body();
    }
}
