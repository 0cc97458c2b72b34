package dev.voucheremulator.customer;

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
 * The customer and event endpoints fed bad input: each case gets its status and Voucherify error body
 * (never a 500), and leaves the customers, their activity and the async actions exactly as they were.
 */
@EmulatorTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustomerBadInputApiTest {

    private static final String KNOWN = "known-customer";
    private static final String UNKNOWN = "cust_000000000000000000000000";
    private static final String CUSTOMER = "{\"source_id\":\"fresh\",\"name\":\"Fresh\"}";
    private static final String EVENT = "{\"event\":\"signed-up\",\"customer\":{\"source_id\":\"fresh\"}}";

    @LocalServerPort
    int port;

    ApiClient api;
    JsonNode baseline;

    @BeforeAll
    void createKnownCustomer() {
        api = ApiClient.forProject(port, "customer-bad-input-" + UUID.randomUUID());
        ApiResponse created = api.post("/v1/customers", Map.of("source_id", KNOWN, "name", "Known"));
        assertThat(created.status()).as(created.text()).isEqualTo(200);
        baseline = snapshot();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rejectsBadInputWithAVoucherifyErrorAndChangesNothing(Case c) {
        ApiClient client = c.anonymous() ? ApiClient.anonymous(port) : api;
        ApiResponse response = client.send(c.method(), c.path(), c.body(), c.contentType());
        JsonNode before = baseline;
        JsonNode after = snapshot();
        baseline = after;

        String seen = c + " answered " + response.status() + " " + response.text();
        VoucherifyErrors.assertError(response, c.status(), c.key(), seen);
        assertThat(after).as("customers, activity and async actions after " + c).isEqualTo(before);
    }

    Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        String customers = "/v1/customers";
        String known = customers + "/" + KNOWN;
        cases.addAll(List.of(
                json("POST", customers, "malformed JSON", "{\"name\":", 400, "invalid_payload"),
                json("POST", customers, "empty body", null, 400, "invalid_payload"),
                json("POST", customers, "JSON array", "[" + CUSTOMER + "]", 400, "invalid_payload"),
                json("POST", customers, "name is a number", CUSTOMER.replace("\"Fresh\"", "12"), 400, "invalid_payload"),
                json("POST", customers, "metadata is a string", CUSTOMER.replace("}", ",\"metadata\":\"x\"}"), 400,
                        "invalid_payload"),
                json("POST", customers, "address is a list", CUSTOMER.replace("}", ",\"address\":[1]}"), 400,
                        "invalid_payload"),
                json("POST", customers, "address.city is a number",
                        CUSTOMER.replace("}", ",\"address\":{\"city\":5}}"), 400, "invalid_payload"),
                json("POST", customers, "birthdate is not a date", CUSTOMER.replace("}", ",\"birthdate\":\"soon\"}"),
                        400, "invalid_payload"),
                new Case("POST customers as text/plain", false, "POST", customers, CUSTOMER, "text/plain", 415, null),
                new Case("POST customers without credentials", true, "POST", customers, CUSTOMER, "application/json",
                        401, "unauthorized"),
                get(customers + "/" + UNKNOWN, "unknown customer", 404, "not_found"),
                json("PUT", customers + "/" + UNKNOWN, "update of an unknown customer", CUSTOMER, 404, "not_found"),
                json("PUT", known, "update with metadata a number", "{\"metadata\":5}", 400, "invalid_payload"),
                new Case("DELETE unknown customer", false, "DELETE", customers + "/" + UNKNOWN, null, null, 404,
                        "not_found"),
                new Case("permanent deletion of an unknown customer", false, "POST",
                        customers + "/" + UNKNOWN + "/permanent-deletion", null, null, 404, "not_found"),
                get(customers + "?limit=0", "limit 0", 400, "invalid_query_params"),
                get(customers + "?page=100", "page 100", 400, "invalid_query_params"),
                get(customers + "?order=name", "order by name", 400, "invalid_query_params"),
                get(customers + "?created_at[before]=yesterday", "created_at[before] not a date", 400,
                        "invalid_query_params"),
                get(customers + "?starting_after=soon", "starting_after not a date", 400, "invalid_query_params"),
                get(customers + "?filters[name][conditions][$is]=x", "filters", 400, "invalid_query_params"),
                json("POST", customers + "/bulk/async", "bulk update of an object", CUSTOMER, 400, "invalid_payload"),
                json("POST", customers + "/bulk/async", "bulk update of nothing", "[]", 400, "invalid_payload"),
                json("POST", customers + "/metadata/async", "metadata update without source_ids",
                        "{\"metadata\":{\"a\":1}}", 400, "invalid_payload"),
                json("POST", customers + "/metadata/async", "metadata update without metadata",
                        "{\"source_ids\":[\"" + KNOWN + "\"]}", 400, "invalid_payload"),
                json("POST", customers + "/metadata/async", "metadata update with metadata a string",
                        "{\"source_ids\":[\"" + KNOWN + "\"],\"metadata\":\"x\"}", 400, "invalid_payload"),
                new Case("import of a broken multipart body", false, "POST", customers + "/importCSV",
                        "--x\r\nContent-Disposition: form-data", "multipart/form-data; boundary=x", 400,
                        "invalid_payload"),
                new Case("import without a file part", false, "POST", customers + "/importCSV",
                        multipart("other", "Source_id\nnew\n"), "multipart/form-data; boundary=b0undary", 400,
                        "invalid_payload"),
                new Case("import of a CSV without a header", false, "POST", customers + "/importCSV",
                        multipart("file", "\n"), "multipart/form-data; boundary=b0undary", 400, "invalid_csv"),
                json("POST", customers + "/importCSV", "import of JSON", "{}", 415, null),
                get(customers + "/" + UNKNOWN + "/activity", "activity of an unknown customer", 404, "not_found"),
                get(known + "/activity?limit=101", "activity limit 101", 400, "invalid_query_params"),
                get(known + "/activity?order=type", "activity order by type", 400, "invalid_query_params"),
                get(known + "/activity?campaign_type=BOGUS", "activity of an unknown campaign type", 400,
                        "invalid_query_params"),
                get(known + "/activity?category=SIDE_EFFECT", "activity of an unknown category", 400,
                        "invalid_query_params"),
                get(known + "/activity?starting_after_id=evcus_0", "activity after an unknown event", 400,
                        "invalid_query_params"),
                get(known + "/activity?start_date=someday", "activity start_date not a date", 400,
                        "invalid_query_params"),
                get(customers + "/" + UNKNOWN + "/segments", "segments of an unknown customer", 404, "not_found"),
                get(customers + "/" + UNKNOWN + "/redeemables", "redeemables of an unknown customer", 404,
                        "not_found"),
                get(known + "/redeemables?limit=500", "redeemables limit 500", 400, "invalid_query_params"),
                get(known + "/redeemables?starting_after_id=rh_0", "redeemables after an unknown one", 400,
                        "invalid_query_params"),
                get(known + "/redeemables?filters[code][conditions][$is]=x", "redeemables filtered by an unknown field",
                        400, "invalid_query_params"),
                get(known + "/redeemables?filters[campaign_type][conditions][$contains]=GIFT",
                        "redeemables filtered by an operator the field lacks", 400, "invalid_query_params"),
                get(known + "/redeemables?filters[created_at][conditions][$more_than]=ages",
                        "redeemables filtered by a bad number of days", 400, "invalid_query_params"),
                get(known + "/redeemables?filters=voucher", "redeemables with a bare filters", 400,
                        "invalid_query_params"),
                json("POST", "/v1/events", "event without a name", EVENT.replace("\"event\":\"signed-up\",", ""), 400,
                        "invalid_payload"),
                json("POST", "/v1/events", "event without a customer", "{\"event\":\"signed-up\"}", 400,
                        "invalid_payload"),
                json("POST", "/v1/events", "event of a customer with neither id nor source_id",
                        "{\"event\":\"signed-up\",\"customer\":{\"name\":\"Nobody\"}}", 400, "invalid_customer"),
                json("POST", "/v1/events", "event of an unknown customer id",
                        "{\"event\":\"signed-up\",\"customer\":{\"id\":\"" + UNKNOWN + "\"}}", 404, "not_found"),
                json("POST", "/v1/events", "event name over 300 characters",
                        EVENT.replace("signed-up", "e".repeat(301)), 400, "invalid_payload"),
                json("POST", "/v1/events", "malformed event", "{\"event\":", 400, "invalid_payload"),
                new Case("event without credentials", true, "POST", "/v1/events", EVENT, "application/json", 401,
                        "unauthorized")));
        return cases.stream();
    }

    private JsonNode snapshot() {
        JsonNode customers = api.get("/v1/customers?limit=100").body();
        JsonNode activity = api.get("/v1/customers/" + KNOWN + "/activity?limit=100").body();
        JsonNode actions = api.get("/v1/async-actions?limit=100").body();
        return ApiClient.json("[" + customers + "," + activity + "," + actions + "]");
    }

    private static String multipart(String part, String content) {
        return "--b0undary\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\"c.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + content + "\r\n--b0undary--\r\n";
    }

    private static Case json(String method, String path, String label, String body, int status, String key) {
        return new Case(method + " " + path + ": " + label, false, method, path, body, "application/json", status,
                key);
    }

    private static Case get(String path, String label, int status, String key) {
        return new Case("GET " + label, false, "GET", path, null, null, status, key);
    }

    record Case(String label, boolean anonymous, String method, String path, String body, String contentType,
                int status, String key) {

        @Override
        public String toString() {
            return label;
        }
    }
}
