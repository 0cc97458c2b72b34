package dev.voucheremulator.emulator;

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

/**
 * The journal, fault, quota, webhook deliveries and capture sink controls fed bad input: each case gets a 4xx in Voucherify's error body
 * and leaves the project's fault rules, limits and journal as they were.
 */
@EmulatorTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrafficControlsBadInputApiTest {

    @LocalServerPort
    int port;

    final String appId = "controls-bad-input-" + UUID.randomUUID();
    ApiClient controls;
    String baseline;

    record Case(String name, String method, String path, String body, String contentType, int status, String key) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    void knownState() {
        controls = ApiClient.anonymous(port);
        assertThat(controls.put(base() + "/faults", List.of(Map.of("match", Map.of("operation_id", "get-voucher"),
                "delay", Map.of("ms", 1)))).status()).isEqualTo(200);
        assertThat(controls.put(base() + "/limits", Map.of("api_calls",
                List.of(Map.of("value", 1000, "duration", "PT1M")))).status()).isEqualTo(200);
        assertThat(ApiClient.forProject(port, appId).get("/v1/campaigns").status()).isEqualTo(200);
        baseline = snapshot();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rejectsBadInputWithAVoucherifyErrorAndChangesNothing(Case c) {
        String path = c.path().startsWith("/_emulator") ? c.path() : base() + c.path();
        ApiResponse response = controls.send(c.method(), path, c.body(), c.contentType());

        VoucherifyErrors.assertError(response, c.status(), c.key(), c + " answered " + response.text());
        assertThat(snapshot()).as("controls after " + c).isEqualTo(baseline);
    }

    Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (String method : List.of("PUT", "PATCH")) {
            cases.addAll(List.of(
                    bad(method, "/faults", "malformed JSON", "[{", 400, "invalid_payload"),
                    bad(method, "/faults", "empty body", null, 400, "invalid_payload"),
                    bad(method, "/faults", "an object, not an array", "{\"error\":{\"status\":500}}", 400,
                            "invalid_payload"),
                    bad(method, "/faults", "a null rule", "[null]", 400, "invalid_payload"),
                    bad(method, "/faults", "a rule doing nothing", "[{\"match\":{\"method\":\"GET\"}}]", 400,
                            "invalid_payload"),
                    bad(method, "/faults", "status 200", "[{\"error\":{\"status\":200}}]", 400, "invalid_payload"),
                    bad(method, "/faults", "status missing", "[{\"error\":{}}]", 400, "invalid_payload"),
                    bad(method, "/faults", "status is a word", "[{\"error\":{\"status\":\"bad\"}}]", 400,
                            "invalid_payload"),
                    bad(method, "/faults", "probability 2", "[{\"match\":{\"probability\":2},\"error\":{\"status\":500}}]",
                            400, "invalid_payload"),
                    bad(method, "/faults", "times 0", "[{\"match\":{\"times\":0},\"error\":{\"status\":500}}]", 400,
                            "invalid_payload"),
                    bad(method, "/faults", "after -1", "[{\"match\":{\"after\":-1},\"error\":{\"status\":500}}]", 400,
                            "invalid_payload"),
                    bad(method, "/faults", "unknown method", "[{\"match\":{\"method\":\"FETCH\"},\"error\":{\"status\":500}}]",
                            400, "invalid_payload"),
                    bad(method, "/faults", "delay over a minute", "[{\"delay\":{\"ms\":600000}}]", 400, "invalid_payload"),
                    bad(method, "/faults", "uniform delay upside down",
                            "[{\"delay\":{\"type\":\"uniform\",\"lower\":9,\"upper\":1}}]", 400, "invalid_payload"),
                    bad(method, "/faults", "unknown delay type", "[{\"delay\":{\"type\":\"lognormal\",\"ms\":1}}]", 400,
                            "invalid_payload"),
                    bad(method, "/faults", "unknown connection fault", "[{\"fault\":\"CONNECTION_RESET_BY_PEER\"}]", 400,
                            "invalid_payload"),
                    bad(method, "/faults", "dropped connection with an error",
                            "[{\"fault\":\"EMPTY_RESPONSE\",\"error\":{\"status\":500}}]", 400, "invalid_payload"),
                    new Case(method + " /faults: text/plain body", method, "/faults", "[]", "text/plain", 415, null)));
        }
        cases.add(bad("PATCH", "/faults", "over 100 rules", "[" + String.join(",",
                java.util.Collections.nCopies(101, "{\"error\":{\"status\":500}}")) + "]", 400, "invalid_payload"));
        cases.add(bad("DELETE", "/faults/fault_0", "unknown fault rule", null, 404, "not_found"));
        cases.add(new Case("DELETE /faults/{id} of a project without rules", "DELETE", "-none/faults/fault_0", null,
                "application/json", 404, "not_found"));
        cases.addAll(List.of(
                bad("PUT", "/limits", "malformed JSON", "{\"api_calls\":", 400, "invalid_payload"),
                bad("PUT", "/limits", "empty body", null, 400, "invalid_payload"),
                bad("PUT", "/limits", "an array", "[]", 400, "invalid_payload"),
                bad("PUT", "/limits", "value 0", "{\"api_calls\":[{\"value\":0,\"duration\":\"PT1M\"}]}", 400,
                        "invalid_payload"),
                bad("PUT", "/limits", "value missing", "{\"api_calls\":[{\"duration\":\"PT1M\"}]}", 400,
                        "invalid_payload"),
                bad("PUT", "/limits", "duration is no ISO-8601", "{\"api_calls\":[{\"value\":5,\"duration\":\"1 minute\"}]}",
                        400, "invalid_payload"),
                bad("PUT", "/limits", "duration missing", "{\"bulk_api_calls\":[{\"value\":5}]}", 400, "invalid_payload"),
                bad("PUT", "/limits", "duration under a second", "{\"api_calls\":[{\"value\":5,\"duration\":\"PT0.5S\"}]}",
                        400, "invalid_payload"),
                bad("PUT", "/limits", "a null limit", "{\"api_calls\":[null]}", 400, "invalid_payload"),
                bad("PUT", "/limits", "value is a word", "{\"api_calls\":[{\"value\":\"many\",\"duration\":\"PT1M\"}]}",
                        400, "invalid_payload")));
        for (String query : List.of("limit=0", "limit=1001", "limit=abc", "status=ok", "since=yesterday",
                "unmatched=maybe")) {
            cases.add(bad("GET", "/requests?" + query, query, null, 400, "invalid_query_params"));
        }
        cases.add(bad("GET", "/requests/unmatched?limit=0", "unmatched with limit 0", null, 400, "invalid_query_params"));
        cases.add(bad("GET", "/requests/v-000000000000000000", "unknown request id", null, 404, "not_found"));
        for (String action : List.of("/requests/find", "/requests/count")) {
            cases.addAll(List.of(
                    bad("POST", action, "malformed JSON", "{", 400, "invalid_payload"),
                    bad("POST", action, "empty body", null, 400, "invalid_payload"),
                    bad("POST", action, "status is a word", "{\"status\":\"ok\"}", 400, "invalid_payload"),
                    bad("POST", action, "since is no date", "{\"since\":\"yesterday\"}", 400, "invalid_payload")));
        }
        cases.add(bad("POST", "/requests/find", "limit 0", "{\"limit\":0}", 400, "invalid_payload"));
        for (String query : List.of("status=ok", "limit=0", "limit=1001", "limit=abc")) {
            cases.add(bad("GET", "/webhooks/deliveries?" + query, query, null, 400, "invalid_query_params"));
        }
        cases.add(bad("GET", "/webhooks/deliveries/whs_unknown", "unknown delivery", null, 404, "not_found"));
        cases.add(bad("POST", "/webhooks/deliveries/whs_unknown/retry", "retry of an unknown delivery", null, 404,
                "not_found"));
        // capture sinks are not per project: these paths are absolute
        cases.add(bad("POST", "/_emulator/sinks/bad!name", "sink name with a '!'", "{}", 400, "invalid_param"));
        cases.add(bad("GET", "/_emulator/sinks/" + "n".repeat(101), "sink name of 101 characters", null, 400,
                "invalid_param"));
        cases.add(bad("DELETE", "/_emulator/sinks/bad!name", "clearing a sink named with a '!'", null, 400,
                "invalid_param"));
        for (String query : List.of("status=99", "status=600", "status=abc")) {
            cases.add(bad("POST", "/_emulator/sinks/s?" + query, "sink answering " + query, "{}", 400,
                    "invalid_query_params"));
        }
        return cases.stream();
    }

    private static Case bad(String method, String path, String name, String body, int status, String key) {
        return new Case(method + " " + path + ": " + name, method, path, body, "application/json", status, key);
    }

    private String base() {
        return "/_emulator/projects/" + appId;
    }

    private String snapshot() {
        return controls.get(base() + "/faults").text() + controls.get(base() + "/limits").text().replaceAll(
                "\"(used|remaining|resets_at)\":[^,}]+", "") + controls.post(base() + "/requests/count", Map.of()).text();
    }
}
