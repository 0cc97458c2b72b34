package dev.voucheremulator.emulator.fault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.ApiClient.ApiResponse;
import dev.voucheremulator.support.EmulatorTest;
import dev.voucheremulator.support.VoucherifyErrors;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Fault rules: a project's calls fail, or wait, on purpose. */
@EmulatorTest
class FaultApiTest {

    @LocalServerPort
    int port;

    String appId;
    ApiClient api;
    ApiClient controls;

    @BeforeEach
    void freshProject() {
        appId = "faults-" + UUID.randomUUID();
        api = ApiClient.forProject(port, appId);
        controls = ApiClient.anonymous(port);
    }

    @Test
    void aRuleWithTimesOneFailsExactlyOneRedemptionAndStoresNothing() {
        ok(api.post("/v1/vouchers/FAULTY", Map.of("type", "DISCOUNT_VOUCHER",
                "discount", Map.of("type", "PERCENT", "percent_off", 10), "redemption", Map.of("quantity", 5))));
        JsonNode rules = ok(controls.put(faults(""), List.of(Map.of(
                "match", Map.of("operation_id", "redeem-stacked-discounts", "times", 1),
                // A 4xx: the contract gate counts every recorded 5xx as a failure, injected or not.
                "error", Map.of("status", 400)))));
        assertThat(rules.get("faults").get(0).get("id").asString()).startsWith("fault_");
        Map<String, Object> redemption = Map.of("redeemables", List.of(Map.of("object", "voucher", "id", "FAULTY")),
                "order", Map.of("amount", 1000));

        ApiResponse failed = api.post("/v1/redemptions", redemption);

        VoucherifyErrors.assertError(failed, 400, "invalid_payload", failed.text());
        assertThat(failed.body().get("details").asString()).contains("fault_");
        assertThat(ok(api.get("/v1/vouchers/FAULTY")).get("redemption").get("redeemed_quantity").asInt()).isZero();
        assertThat(ok(api.get("/v1/redemptions?voucher=FAULTY")).get("total").asInt()).isZero();

        ApiResponse redeemed = api.post("/v1/redemptions", redemption);
        assertThat(redeemed.status()).as(redeemed.text()).isEqualTo(200);
        assertThat(ok(api.get("/v1/vouchers/FAULTY")).get("redemption").get("redeemed_quantity").asInt()).isEqualTo(1);
        JsonNode counters = ok(controls.get(faults(""))).get("faults").get(0);
        assertThat(counters.get("matched").asInt()).isEqualTo(2);
        assertThat(counters.get("fired").asInt()).isEqualTo(1);
        JsonNode journaled = ok(controls.get("/_emulator/projects/" + appId
                + "/requests?operation_id=redeem-stacked-discounts")).get("requests");
        assertThat(journaled.get(1).get("injected").asString()).isEqualTo("fault");
        assertThat(journaled.get(0).has("injected")).isFalse();
    }

    @Test
    void matchesMethodAndPathGlobAfterTheFirstCallsWithTheGivenBody() {
        ok(controls.put(faults(""), List.of(Map.of(
                "match", Map.of("method", "get", "path", "/v1/campaigns*", "after", 1),
                "error", Map.of("status", 409, "body", Map.of("key", "duplicate_found", "message", "Taken"))))));

        ok(api.get("/v1/campaigns"));
        ok(api.get("/v1/vouchers"));
        ApiResponse second = api.get("/v1/campaigns");

        VoucherifyErrors.assertError(second, 409, "duplicate_found", second.text());
        assertThat(second.body().get("message").asString()).isEqualTo("Taken");
        ApiResponse otherProject = ApiClient.forProject(port, appId + "-other").get("/v1/campaigns");
        assertThat(otherProject.status()).isEqualTo(200);
    }

    @Test
    void aDelayWithoutAnErrorSlowsTheCallDown() {
        ok(controls.put(faults(""), List.of(Map.of("match", Map.of("operation_id", "list-vouchers"),
                "delay", Map.of("type", "fixed", "ms", 300)))));

        long started = System.nanoTime();
        ok(api.get("/v1/vouchers"));
        long tookMs = (System.nanoTime() - started) / 1_000_000;

        assertThat(tookMs).isGreaterThanOrEqualTo(300);
        JsonNode journaled = ok(controls.get("/_emulator/projects/" + appId + "/requests")).get("requests").get(0);
        assertThat(journaled.get("injected").asString()).isEqualTo("latency");
        assertThat(journaled.get("duration_ms").asInt()).isGreaterThanOrEqualTo(300);
    }

    @Test
    void patchAppendsAndDeleteRemovesOneOrAll() {
        ok(controls.put(faults(""), List.of(Map.of("error", Map.of("status", 500)))));
        JsonNode two = ok(controls.send("PATCH", faults(""), List.of(Map.of("match", Map.of("probability", 0.5),
                "delay", Map.of("type", "uniform", "lower", 1, "upper", 5))), "application/json"));
        assertThat(two.get("total").asInt()).isEqualTo(2);
        String first = two.get("faults").get(0).get("id").asString();

        assertThat(controls.delete(faults("/" + first)).status()).isEqualTo(204);
        assertThat(ok(controls.get(faults(""))).get("total").asInt()).isEqualTo(1);
        assertThat(controls.delete(faults("/" + first)).status()).isEqualTo(404);
        assertThat(controls.delete(faults("")).status()).isEqualTo(204);
        assertThat(ok(controls.get(faults(""))).get("total").asInt()).isZero();
        ok(api.get("/v1/campaigns"));
    }

    @Test
    void refusesRulesItCannotHonourAndKeepsTheOldOnes() {
        ok(controls.put(faults(""), List.of(Map.of("match", Map.of("operation_id", "list-campaigns"),
                "error", Map.of("status", 502)))));

        ApiResponse dropping = controls.put(faults(""), List.of(Map.of("fault", "CONNECTION_RESET")));

        VoucherifyErrors.assertError(dropping, 400, "invalid_payload", dropping.text());
        assertThat(dropping.body().get("details").asString()).contains("EMPTY_RESPONSE");
        assertThat(ok(controls.get(faults(""))).get("faults").get(0).get("error").get("status").asInt())
                .isEqualTo(502);
    }

    @Test
    void anEmptyResponseFaultClosesTheConnectionWithoutAByte() throws IOException {
        ok(controls.put(faults(""), List.of(Map.of("match", Map.of("operation_id", "list-campaigns", "times", 1),
                "fault", "EMPTY_RESPONSE"))));

        byte[] answer;
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET /v1/campaigns HTTP/1.1\r\nHost: localhost\r\nX-App-Id: " + appId
                    + "\r\nX-App-Token: t\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            answer = socket.getInputStream().readAllBytes();
        }

        assertThat(new String(answer, StandardCharsets.ISO_8859_1)).isEmpty();
        ok(api.get("/v1/campaigns"));
        JsonNode journaled = ok(controls.get("/_emulator/projects/" + appId + "/requests")).get("requests").get(1);
        assertThat(journaled.get("injected").asString()).isEqualTo("dropped");
        assertThat(journaled.get("status").asInt()).isZero();
    }

    private String faults(String rest) {
        return "/_emulator/projects/" + appId + "/faults" + rest;
    }

    private static JsonNode ok(ApiResponse response) {
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.body();
    }
}
