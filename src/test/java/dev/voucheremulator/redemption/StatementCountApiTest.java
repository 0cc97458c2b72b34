package dev.voucheremulator.redemption;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.ApiClient.ApiResponse;
import dev.voucheremulator.support.EmulatorTest;
import dev.voucheremulator.support.SqlStatements;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * How many SQL statements one validation and one redemption send: every read and write, the campaign
 * summary's event and counters, the customer and order upserts included. The campaign and the project's
 * earning rules come from the caches (the first request warmed them). The figures are printed.
 */
@EmulatorTest
class StatementCountApiTest {

    @LocalServerPort
    int port;

    @Autowired
    SqlStatements sql;

    ApiClient api;
    List<String> codes;

    @BeforeEach
    void campaignWithTwoCodes() {
        api = ApiClient.forProject(port, "statements-" + UUID.randomUUID());
        ok(api.post("/v1/campaigns", Map.of("name", "Counted", "campaign_type", "DISCOUNT_COUPONS",
                "vouchers_count", 2, "voucher", Map.of("type", "DISCOUNT_VOUCHER",
                        "discount", Map.of("type", "PERCENT", "percent_off", 10),
                        "redemption", Map.of("quantity", 5)))));
        JsonNode vouchers = ok(api.get("/v1/vouchers?campaign=Counted")).get("vouchers");
        codes = List.of(vouchers.get(0).get("code").asString(), vouchers.get(1).get("code").asString());
        // the first request warms what a server warms once (connections, statement caches)
        ok(api.post("/v1/redemptions", request(codes.get(1))));
    }

    @Test
    void redeemingOneVoucherForACustomerAndAnOrderSendsAtMostEightStatements() {
        sql.clear();
        JsonNode redeemed = ok(api.post("/v1/redemptions", request(codes.get(0))));
        List<SqlStatements.Statement> sent = sql.ofRequests();

        print("POST /v1/redemptions", sent);
        assertThat(redeemed.get("redemptions").get(0).get("result").asString()).isEqualTo("SUCCESS");
        assertThat(sent.size()).as("SQL statements of one redemption").isLessThanOrEqualTo(8);
        // the voucher is taken (its row locked) last but for the events with their sums and the redemption
        // itself, and the counter rows every redemption of the campaign shares are locked for the commit only
        assertThat(sent.get(sent.size() - 2).sql().strip()).startsWith("update voucher");
        assertThat(sent.get(sent.size() - 1).sql().strip()).startsWith("with deferred_1 as (insert into redemption")
                .contains("analytics_events as (").contains("campaign_counter");
    }

    @Test
    void redeemingWithoutACustomerOrAnOrderToRememberSendsTwoStatementsWithItsBatchAndThenOne() {
        Sent first = withoutACustomerOrAnOrderId("/v1/redemptions");
        Sent next = withoutACustomerOrAnOrderId("/v1/redemptions");

        assertThat(first.body().get("redemptions").get(0).get("result").asString()).isEqualTo("SUCCESS");
        // the voucher from the cache; its use taken first, then the batch's rows of every table and its
        // events in one statement, which the redemptions arriving at the same moment share
        assertThat(first.statements()).hasSize(2);
        assertThat(first.statements().get(0).sql().strip()).startsWith("update voucher");
        assertThat(first.statements().get(1).sql().strip()).startsWith("with deferred_1 as (insert into orders")
                .contains("insert into campaign_order").contains("insert into redemption")
                .contains("analytics_events as (");
        // this process took the voucher's last use: the next take goes in that statement, on the count it
        // left, and the statement answers whether the voucher still had it
        assertThat(next.body().get("redemptions").get(0).get("voucher").get("redemption").get("redeemed_quantity")
                .asInt()).isEqualTo(first.body().get("redemptions").get(0).get("voucher").get("redemption")
                .get("redeemed_quantity").asInt() + 1);
        assertThat(next.statements()).singleElement().extracting(s -> s.sql().strip()).asString()
                .startsWith("with deferred_1 as (insert into orders").contains("insert into redemption")
                .contains("update voucher set redeemed_quantity").contains("analytics_events as (")
                .contains("select (select count(*) from deferred_");
    }

    @Test
    void validatingOneVoucherForACustomerAndAnOrderSendsAtMostFiveStatements() {
        sql.clear();
        JsonNode validation = ok(api.post("/v1/validations", request(codes.get(0))));
        List<SqlStatements.Statement> sent = sql.ofRequests();

        print("POST /v1/validations", sent);
        assertThat(validation.get("valid").asBoolean()).isTrue();
        assertThat(sent.size()).as("SQL statements of one validation").isLessThanOrEqualTo(5);
    }

    @Test
    void validatingWithoutACustomerOrAnOrderToRememberSendsTheEventsStatementOnly() {
        Sent call = withoutACustomerOrAnOrderId("/v1/validations");
        JsonNode validation = call.body();
        List<SqlStatements.Statement> sent = call.statements();

        assertThat(validation.get("valid").asBoolean()).isTrue();
        // voucher, campaign and rules from the caches; the event goes in with its sums, committed by itself
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).sql().strip()).startsWith("with analytics_events as").contains("campaign_counter");
    }

    private static Map<String, Object> request(String code) {
        String unique = UUID.randomUUID().toString();
        return Map.of("redeemables", List.of(Map.of("object", "voucher", "id", code)),
                "customer", Map.of("source_id", "alice-" + unique, "metadata", Map.of("vip", true)),
                "order", Map.of("source_id", "order-" + unique, "amount", 12_000, "items",
                        List.of(Map.of("product_id", "prod_shoe", "quantity", 2, "price", 6_000))),
                "metadata", Map.of("store", "Berlin"));
    }

    private static void print(String request, List<SqlStatements.Statement> sent) {
        System.out.println(request + " sent " + sent.size() + " SQL statements:");
        sent.forEach(s -> System.out.println("  " + s.sql().replaceAll("\\s+", " ")));
    }

    private static JsonNode ok(ApiResponse response) {
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.body();
    }

    private record Sent(JsonNode body, List<SqlStatements.Statement> statements) {
    }

    /** One POST of the first code with an order without id, once a validation warmed the caches; printed. */
    private Sent withoutACustomerOrAnOrderId(String path) {
        ok(api.post("/v1/validations", Map.of("redeemables", List.of(Map.of("object", "voucher", "id", codes.get(0))))));
        sql.clear();
        JsonNode body = ok(api.post(path, Map.of(
                "redeemables", List.of(Map.of("object", "voucher", "id", codes.get(0))),
                "order", Map.of("amount", 12_000))));
        List<SqlStatements.Statement> sent = sql.ofRequests();
        print("POST " + path + " (no customer, no order id)", sent);
        return new Sent(body, sent);
    }
}
