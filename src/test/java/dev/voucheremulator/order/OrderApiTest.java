package dev.voucheremulator.order;

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

/** Orders created, read, updated, listed and imported; orders that redemptions pay; points they earn. */
@EmulatorTest
class OrderApiTest {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void project() {
        api = ApiClient.forProject(port, "orders-" + UUID.randomUUID());
    }

    @Test
    void createdOrderIsReadUpdatedToPaidAndListed() {
        JsonNode created = ok(api.post("/v1/orders", Map.of("amount", 10_000, "status", "CREATED",
                "items", List.of(Map.of("product_id", "prod-1", "quantity", 1),
                        Map.of("product_id", "prod-2", "quantity", 1)))));
        String id = created.get("id").asString();
        assertThat(id).startsWith("ord_");
        assertThat(created.get("object").asString()).isEqualTo("order");
        assertThat(created.get("status").asString()).isEqualTo("CREATED");
        assertThat(created.get("total_amount").asLong()).isEqualTo(10_000);
        assertThat(created.has("metadata")).isFalse();
        assertThat(created.has("updated_at")).isFalse();
        assertThat(created.get("items").get(1).get("product_id").asString()).isEqualTo("prod-2");
        assertThat(created.get("items").get(0).has("amount")).isFalse();

        assertThat(ok(api.get("/v1/orders/" + id))).isEqualTo(created);

        JsonNode updated = ok(api.put("/v1/orders/" + id, Map.of("amount", 20_000, "status", "PAID")));
        assertThat(updated.get("status").asString()).isEqualTo("PAID");
        assertThat(updated.get("total_amount").asLong()).isEqualTo(20_000);
        assertThat(updated.get("items").size()).isEqualTo(2);
        assertThat(updated.has("updated_at")).isTrue();

        ok(api.post("/v1/orders", Map.of("source_id", "second", "amount", 500)));
        JsonNode list = ok(api.get("/v1/orders?limit=1&order=created_at"));
        assertThat(list.get("data_ref").asString()).isEqualTo("orders");
        assertThat(list.get("total").asLong()).isEqualTo(2);
        assertThat(list.get("orders").get(0).get("id").asString()).isEqualTo(id);
        // the source_id names the same order: a second create updates it
        JsonNode again = ok(api.post("/v1/orders", Map.of("source_id", "second", "amount", 700,
                "metadata", Map.of("channel", "web"))));
        assertThat(again.get("amount").asLong()).isEqualTo(700);
        assertThat(ok(api.get("/v1/orders/second")).get("id").asString()).isEqualTo(again.get("id").asString());
        assertThat(ok(api.get("/v1/orders")).get("total").asLong()).isEqualTo(2);
    }

    @Test
    void importAnswersAnAsyncActionAndCreatesTheOrders() {
        ApiResponse accepted = api.post("/v1/orders/import", List.of(
                Map.of("source_id", "imp-1", "amount", 100, "status", "PAID"),
                Map.of("source_id", "imp-2", "amount", 200)));
        assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
        String actionId = accepted.body().get("async_action_id").asString();
        JsonNode action = ok(api.get("/v1/async-actions/" + actionId));
        assertThat(action.get("type").asString()).isEqualTo("ORDERS.IMPORT");
        assertThat(action.get("status").asString()).isEqualTo("DONE");
        assertThat(ok(api.get("/v1/orders/imp-2")).get("amount").asLong()).isEqualTo(200);
        assertThat(ok(api.get("/v1/orders/imp-1")).get("status").asString()).isEqualTo("PAID");
    }

    @Test
    void aRedeemedOrderIsListedAsPaidWithItsDiscount() {
        ok(api.post("/v1/vouchers/TWENTY", Map.of("type", "DISCOUNT_VOUCHER",
                "discount", Map.of("type", "AMOUNT", "amount_off", 2_000))));
        JsonNode redeemed = ok(api.post("/v1/redemptions", Map.of(
                "redeemables", List.of(Map.of("object", "voucher", "id", "TWENTY")),
                "customer", Map.of("source_id", "carol"),
                "order", Map.of("source_id", "cart-1", "amount", 10_000, "metadata", Map.of("shop", "berlin")))));
        String redemptionId = redeemed.get("redemptions").get(0).get("id").asString();

        JsonNode listed = ok(api.get("/v1/orders")).get("orders");
        assertThat(listed.size()).isEqualTo(1);
        JsonNode order = listed.get(0);
        assertThat(order.get("source_id").asString()).isEqualTo("cart-1");
        assertThat(order.get("status").asString()).isEqualTo("PAID");
        assertThat(order.get("amount").asLong()).isEqualTo(10_000);
        assertThat(order.get("discount_amount").asLong()).isEqualTo(2_000);
        assertThat(order.get("total_amount").asLong()).isEqualTo(8_000);
        assertThat(order.get("customer_id").asString()).startsWith("cust_");
        assertThat(order.get("metadata").get("shop").asString()).isEqualTo("berlin");
        assertThat(order.get("redemptions").get(redemptionId).get("related_object_id").asString())
                .isEqualTo(redeemed.get("redemptions").get(0).get("voucher").get("id").asString());
        assertThat(order.get("id").asString()).isEqualTo(redeemed.get("order").get("id").asString());
    }

    @Test
    void aValidatedOrderIsCreatedAndTheRedemptionPaysIt() {
        ok(api.post("/v1/vouchers/TEN", Map.of("type", "DISCOUNT_VOUCHER",
                "discount", Map.of("type", "PERCENT", "percent_off", 10))));
        Map<String, Object> request = Map.of("redeemables", List.of(Map.of("object", "voucher", "id", "TEN")),
                "order", Map.of("source_id", "cart-v", "amount", 5_000));
        assertThat(ok(api.post("/v1/validations", request)).get("valid").asBoolean()).isTrue();
        JsonNode validated = ok(api.get("/v1/orders/cart-v"));
        assertThat(validated.get("status").asString()).isEqualTo("CREATED");
        assertThat(validated.get("total_amount").asLong()).isEqualTo(4_500);
        assertThat(validated.has("redemptions")).isFalse();
        // an order that does not name itself is not kept
        ok(api.post("/v1/validations", Map.of("redeemables", List.of(Map.of("object", "voucher", "id", "TEN")),
                "order", Map.of("amount", 100))));
        assertThat(ok(api.get("/v1/orders")).get("total").asLong()).isEqualTo(1);

        ok(api.post("/v1/redemptions", request));
        JsonNode paid = ok(api.get("/v1/orders/cart-v"));
        assertThat(paid.get("id").asString()).isEqualTo(validated.get("id").asString());
        assertThat(paid.get("status").asString()).isEqualTo("PAID");
        assertThat(paid.get("redemptions").size()).isEqualTo(1);
    }

    @Test
    void paidOrderEarnsThePointsOfOrderPaidRules() {
        String programId = ok(api.post("/v1/loyalties", Map.of("name", "Points", "type", "AUTO_UPDATE",
                "voucher", Map.of("type", "LOYALTY_CARD", "loyalty_card", Map.of("points", 0))))).get("id").asString();
        String code = ok(api.post("/v1/loyalties/" + programId + "/members", Map.of("customer",
                Map.of("source_id", "dave")))).get("code").asString();
        ok(api.post("/v1/loyalties/" + programId + "/earning-rules", List.of(
                Map.of("event", "order.paid", "loyalty", Map.of("type", "FIXED", "points", 10)),
                Map.of("event", "order.paid", "loyalty", Map.of("type", "PROPORTIONAL",
                        "calculation_type", "ORDER_AMOUNT",
                        "order", Map.of("amount", Map.of("every", 1_000, "points", 1)))))));

        ok(api.post("/v1/orders", Map.of("source_id", "paid-1", "amount", 25_500, "status", "PAID",
                "customer", Map.of("source_id", "dave"))));
        // updating a paid order again earns nothing more; a created order earns nothing yet
        ok(api.put("/v1/orders/paid-1", Map.of("status", "PAID")));
        ok(api.post("/v1/orders", Map.of("source_id", "open-1", "amount", 99_000, "customer",
                Map.of("source_id", "dave"))));

        JsonNode card = ok(api.get("/v1/loyalties/" + programId + "/members/" + code)).get("loyalty_card");
        assertThat(card.get("balance").asLong()).isEqualTo(35);
        assertThat(card.get("points").asLong()).isEqualTo(35);
        JsonNode transactions = ok(api.get("/v1/loyalties/" + programId + "/members/" + code + "/transactions"));
        assertThat(transactions.get("data").size()).isEqualTo(2);
        assertThat(transactions.get("data").get(0).get("type").asString()).isEqualTo("POINTS_ACCRUAL");
        assertThat(transactions.get("data").get(0).get("details").get("order").get("id").asString())
                .startsWith("ord_");
        JsonNode summary = ok(api.get("/v1/campaigns/" + programId + "/summary"));
        assertThat(summary.get("points_added").asLong()).isEqualTo(35);
    }

    @Test
    void aCustomEventEarnsThePointsOfTheRulesThatNameIt() {
        String programId = ok(api.post("/v1/loyalties", Map.of("name", "Events earn",
                "voucher", Map.of("type", "LOYALTY_CARD", "loyalty_card", Map.of("points", 0))))).get("id").asString();
        String code = ok(api.post("/v1/loyalties/" + programId + "/members", Map.of("customer",
                Map.of("source_id", "erin")))).get("code").asString();
        ok(api.post("/v1/loyalties/" + programId + "/earning-rules", List.of(
                Map.of("event", "newsletter_subscribed", "loyalty", Map.of("type", "FIXED", "points", 7)))));

        ok(api.post("/v1/events", Map.of("event", "newsletter_subscribed", "customer", Map.of("source_id", "erin"))));
        ok(api.post("/v1/events", Map.of("event", "something_else", "customer", Map.of("source_id", "erin"))));

        JsonNode card = ok(api.get("/v1/loyalties/" + programId + "/members/" + code)).get("loyalty_card");
        assertThat(card.get("balance").asLong()).isEqualTo(7);
        assertThat(ok(api.get("/v1/campaigns/" + programId + "/summary")).get("points_added").asLong()).isEqualTo(7);
    }

    private static JsonNode ok(ApiResponse response) {
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.body();
    }
}
