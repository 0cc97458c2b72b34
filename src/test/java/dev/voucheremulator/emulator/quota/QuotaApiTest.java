package dev.voucheremulator.emulator.quota;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.ApiClient.ApiResponse;
import dev.voucheremulator.support.EmulatorTest;
import dev.voucheremulator.support.RawHttp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Per-project rate limits: 429 with Voucherify's headers past the limit, a fresh window on the project's clock. */
@EmulatorTest
class QuotaApiTest {

    private static final Instant NOW = Instant.parse("2030-03-04T10:00:10Z");

    @LocalServerPort
    int port;

    String appId;
    ApiClient controls;

    @BeforeEach
    void freshProjectAtAFixedTime() {
        appId = "quota-" + UUID.randomUUID();
        controls = ApiClient.anonymous(port);
        ok(controls.put(clock(), Map.of("frozen_time", NOW.toString())));
    }

    @Test
    void answers429WithTheHeadersOnCallNPlusOneAndRecoversInTheNextWindow() {
        ok(controls.put(limits(), Map.of("api_calls", List.of(Map.of("value", 3, "duration", "PT1M")))));

        for (int remaining = 2; remaining >= 0; remaining--) {
            RawHttp.Response call = call("/v1/campaigns");
            assertThat(call.status()).as(call.text()).isEqualTo(200);
            assertThat(call.headers()).containsEntry("x-rate-limit-limit", "3")
                    .containsEntry("x-rate-limit-remaining", String.valueOf(remaining));
        }
        RawHttp.Response throttled = call("/v1/campaigns");

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.headers()).containsEntry("x-rate-limit-limit", "3")
                .containsEntry("x-rate-limit-remaining", "0")
                .containsEntry("x-rate-limit-retry", String.valueOf(Instant.parse("2030-03-04T10:01:00Z").getEpochSecond()))
                .containsEntry("retry-after", "50")
                .containsEntry("x-rate-limit-type", "api_calls");
        JsonNode error = throttled.json();
        assertThat(error.get("code").asInt()).isEqualTo(429);
        assertThat(error.get("key").asString()).isEqualTo("too_many_requests");
        assertThat(error.get("message").asString()).isEqualTo("Too many requests hit the API too quickly.");
        assertThat(error.get("request_id").asString()).matches("v-[0-9a-f]{18}");

        ok(controls.post(clock() + "/advance", Map.of("by", "PT50S")));
        RawHttp.Response recovered = call("/v1/campaigns");
        assertThat(recovered.status()).as(recovered.text()).isEqualTo(200);
        assertThat(recovered.headers()).containsEntry("x-rate-limit-remaining", "2");
    }

    @Test
    void aThrottledCallChangesNothingAndTheControlsAreNeverThrottled() {
        ok(controls.put(limits(), Map.of("api_calls", List.of(Map.of("value", 1, "duration", "PT1H")))));
        assertThat(call("/v1/campaigns").status()).isEqualTo(200);

        ApiResponse refused = ApiClient.forProject(port, appId).post("/v1/vouchers/THROTTLED",
                Map.of("type", "DISCOUNT_VOUCHER", "discount", Map.of("type", "PERCENT", "percent_off", 5)));
        assertThat(refused.status()).isEqualTo(429);
        for (int i = 0; i < 3; i++) {
            ok(controls.get(limits()));
        }

        JsonNode usage = ok(controls.get(limits())).get("api_calls").get(0);
        assertThat(usage.get("used").asInt()).isEqualTo(1);
        assertThat(usage.get("remaining").asInt()).isZero();
        assertThat(Instant.parse(usage.get("resets_at").asString())).isEqualTo(Instant.parse("2030-03-04T11:00:00Z"));
        ok(controls.post(clock() + "/advance", Map.of("by", "PT1H")));
        assertThat(call("/v1/vouchers/THROTTLED").status()).isEqualTo(404);
    }

    @Test
    void withoutLimitsNoHeadersAndNoThrottling() {
        ok(controls.put(limits(), Map.of("api_calls", List.of(Map.of("value", 1, "duration", "PT1M")))));
        assertThat(controls.delete(limits()).status()).isEqualTo(204);

        for (int i = 0; i < 3; i++) {
            RawHttp.Response call = call("/v1/campaigns");
            assertThat(call.status()).isEqualTo(200);
            assertThat(call.headers()).doesNotContainKey("x-rate-limit-limit");
        }
        assertThat(ok(controls.get(limits())).get("api_calls")).isEmpty();
    }

    @Test
    void bulkCallsCountAgainstTheirOwnLimit() {
        ok(controls.put(limits(), Map.of("bulk_api_calls", List.of(Map.of("value", 1, "duration", "PT1M")))));

        RawHttp.Response plain = call("/v1/campaigns");
        assertThat(plain.headers()).doesNotContainKey("x-rate-limit-limit");
        RawHttp.Response firstBulk = call("/v1/vouchers/bulk/async");
        assertThat(firstBulk.headers()).containsEntry("x-rate-limit-remaining", "0");
        RawHttp.Response secondBulk = call("/v1/vouchers/bulk/async");
        assertThat(secondBulk.status()).isEqualTo(429);
        assertThat(secondBulk.headers()).containsEntry("x-rate-limit-type", "bulk_api_calls");
    }

    private RawHttp.Response call(String path) {
        return RawHttp.send(port, "GET", path, Map.of("X-App-Id", appId, "X-App-Token", "t"), null);
    }

    private String clock() {
        return "/_emulator/projects/" + appId + "/clock";
    }

    private String limits() {
        return "/_emulator/projects/" + appId + "/limits";
    }

    private static JsonNode ok(ApiResponse response) {
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.body();
    }
}
