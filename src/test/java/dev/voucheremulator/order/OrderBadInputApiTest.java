package dev.voucheremulator.order;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.ApiClient.ApiResponse;
import dev.voucheremulator.support.EmulatorTest;
import dev.voucheremulator.support.VoucherifyErrors;
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
 * /v1/orders and /v1/qualifications fed bad input: each case gets its status and Voucherify error
 * body (never a 500) and leaves the project's orders and async actions exactly as they were.
 */
@EmulatorTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrderBadInputApiTest {

    private static final String ORDER = json("{'source_id':'fresh','amount':1000,'items':[{'product_id':'p','quantity':1}]}");
    private static final String QUALIFICATION = json("{'customer':{'source_id':'someone'},'order':{'amount':1000}}");
    private static final String UNKNOWN_CUSTOMER = "cust_000000000000000000000000";

    @LocalServerPort
    int port;

    final String appId = "order-bad-input-" + UUID.randomUUID();
    ApiClient api;
    String orderId;
    Snapshot baseline;

    @BeforeAll
    void knownOrder() {
        api = ApiClient.forProject(port, appId);
        ApiResponse created = api.post("/v1/orders", Map.of("source_id", "known", "amount", 500));
        assertThat(created.status()).as(created.text()).isEqualTo(200);
        orderId = created.body().get("id").asString();
        baseline = snapshot();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rejectsBadInputWithAVoucherifyErrorAndChangesNothing(Case c) {
        ApiClient client = c.authenticated() ? api : ApiClient.anonymous(port);
        ApiResponse response = client.send(c.method(), c.path().replace("{id}", orderId), c.body(), c.contentType());
        Snapshot before = baseline;
        Snapshot after = snapshot();
        baseline = after;

        String seen = c + " answered " + response.status() + " " + response.text();
        VoucherifyErrors.assertError(response, c.status(), c.key(), seen);
        assertThat(after).as("orders and async actions after " + c).isEqualTo(before);
    }

    Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (String[] target : List.of(new String[] {"POST", "/v1/orders"}, new String[] {"PUT", "/v1/orders/{id}"})) {
            String method = target[0];
            String path = target[1];
            cases.addAll(unreadable(method, path, ORDER));
            cases.addAll(List.of(
                    bad(method, path, "amount is a word", ORDER.replace("1000", "\"lots\""), 400, "invalid_payload"),
                    bad(method, path, "negative amount", ORDER.replace("1000", "-1"), 400, "invalid_amount"),
                    bad(method, path, "unknown status", withField(ORDER, "'status':'SHIPPED'"), 400, "invalid_payload"),
                    bad(method, path, "negative item quantity", ORDER.replace("\"quantity\":1", "\"quantity\":-1"),
                            400, "invalid_order"),
                    bad(method, path, "metadata is a string", withField(ORDER, "'metadata':'x'"), 400,
                            "invalid_payload"),
                    bad(method, path, "unknown customer id",
                            withField(ORDER, "'customer':{'id':'" + UNKNOWN_CUSTOMER + "'}"), 404, "not_found"),
                    bad(method, path, "unknown customer_id", withField(ORDER, "'customer_id':'" + UNKNOWN_CUSTOMER + "'"),
                            404, "not_found"),
                    new Case(method + " " + path + ": text/plain body", true, method, path, ORDER, "text/plain",
                            415, null)));
            cases.addAll(unauthenticated(method, path, ORDER));
        }
        cases.add(bad("GET", "/v1/orders/ord_unknown", "unknown order", null, 404, "not_found"));
        cases.add(bad("PUT", "/v1/orders/ord_unknown", "unknown order", ORDER, 404, "not_found"));
        cases.addAll(unauthenticated("GET", "/v1/orders/{id}", null));
        for (String query : List.of("limit=0", "limit=101", "limit=abc", "page=0", "page=101", "order=amount")) {
            cases.add(bad("GET", "/v1/orders?" + query, query, null, 400, "invalid_query_params"));
        }
        cases.addAll(unauthenticated("GET", "/v1/orders", null));

        String imports = "/v1/orders/import";
        cases.addAll(List.of(
                bad("POST", imports, "malformed JSON", "[{", 400, "invalid_payload"),
                bad("POST", imports, "empty body", null, 400, "invalid_payload"),
                bad("POST", imports, "an object, not an array", ORDER, 400, "invalid_payload"),
                bad("POST", imports, "no orders", "[]", 400, "invalid_payload"),
                bad("POST", imports, "a null order", "[" + ORDER + ",null]", 400, "invalid_payload"),
                bad("POST", imports, "one negative amount", "[" + ORDER + "," + ORDER.replace("1000", "-1") + "]",
                        400, "invalid_amount")));
        cases.addAll(unauthenticated("POST", imports, "[" + ORDER + "]"));

        String qualifications = "/v1/qualifications";
        cases.addAll(unreadable("POST", qualifications, QUALIFICATION));
        cases.addAll(List.of(
                bad("POST", qualifications, "unknown scenario", withField(QUALIFICATION, "'scenario':'EVERYTHING'"),
                        400, "invalid_payload"),
                bad("POST", qualifications, "limit 0", withField(QUALIFICATION, "'options':{'limit':0}"), 400,
                        "invalid_payload"),
                bad("POST", qualifications, "limit 51", withField(QUALIFICATION, "'options':{'limit':51}"), 400,
                        "invalid_payload"),
                bad("POST", qualifications, "unknown sorting_rule",
                        withField(QUALIFICATION, "'options':{'sorting_rule':'CHEAPEST'}"), 400, "invalid_payload"),
                bad("POST", qualifications, "starting_after is not a date",
                        withField(QUALIFICATION, "'options':{'starting_after':'yesterday'}"), 400, "invalid_payload"),
                bad("POST", qualifications, "negative order amount", QUALIFICATION.replace("1000", "-5"), 400,
                        "invalid_amount"),
                bad("POST", qualifications, "unknown customer id",
                        json("{'customer':{'id':'" + UNKNOWN_CUSTOMER + "'}}"), 404, "not_found")));
        cases.addAll(unauthenticated("POST", qualifications, QUALIFICATION));
        return cases.stream();
    }

    private static List<Case> unreadable(String method, String path, String good) {
        return List.of(
                bad(method, path, "malformed JSON", "{\"amount\":", 400, "invalid_payload"),
                bad(method, path, "empty body", null, 400, "invalid_payload"),
                bad(method, path, "JSON array", "[" + good + "]", 400, "invalid_payload"),
                bad(method, path, "JSON string", "\"order\"", 400, "invalid_payload"));
    }

    private static List<Case> unauthenticated(String method, String path, String body) {
        return List.of(new Case(method + " " + path + ": no credentials", false, method, path, body,
                "application/json", 401, "unauthorized"));
    }

    private Snapshot snapshot() {
        ApiResponse orders = api.get("/v1/orders?limit=100");
        ApiResponse actions = api.get("/v1/async-actions?limit=100");
        assertThat(orders.status()).as(orders.text()).isEqualTo(200);
        assertThat(actions.status()).as(actions.text()).isEqualTo(200);
        return new Snapshot(orders.body(), actions.body());
    }

    private static Case bad(String method, String path, String what, String body, int status, String key) {
        return new Case(method + " " + path + ": " + what, true, method, path, body, "application/json", status, key);
    }

    private static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    private static String withField(String body, String singleQuotedField) {
        return "{" + json(singleQuotedField) + "," + body.substring(1);
    }

    record Snapshot(JsonNode orders, JsonNode asyncActions) {
    }

    record Case(String label, boolean authenticated, String method, String path, String body, String contentType,
                int status, String key) {
        @Override
        public String toString() {
            return label;
        }
    }
}
