package dev.voucheremulator.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.ApiClient.ApiResponse;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Assertions on Voucherify's error body as an HTTP client receives it (see {@link ErrorBodyMatchers} for MockMvc). */
public final class VoucherifyErrors {

    private VoucherifyErrors() {
    }

    /**
     * The response has {@code status} and the error body: {@code code} equal to it, {@code key},
     * {@code message} and {@code details} filled, a {@code request_id}, and {@code key} when one is given.
     */
    public static void assertError(ApiResponse response, int status, String key, String seen) {
        assertThat(response.status()).as(seen).isEqualTo(status);
        JsonNode error = response.body();
        assertThat(error).as(seen).isNotNull();
        assertThat(error.path("code").asInt()).as(seen).isEqualTo(status);
        for (String field : List.of("key", "message", "details")) {
            assertThat(error.path(field).asString()).as(field + " of " + seen).isNotBlank();
        }
        assertThat(error.path("request_id").asString()).as(seen).matches("v-[0-9a-f]{18}");
        if (key != null) {
            assertThat(error.path("key").asString()).as(seen).isEqualTo(key);
        }
    }
}
