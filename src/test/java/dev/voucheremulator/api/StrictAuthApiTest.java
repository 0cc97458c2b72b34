package dev.voucheremulator.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.voucheremulator.support.ApiClient;
import dev.voucheremulator.support.PostgresTestConfiguration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** Strict mode: only the configured app id / token pairs (or one of their tokens as bearer) get in. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"emulator.auth.mode=strict", "emulator.auth.keys=shop:secret,other:s3cret",
            "emulator.controls.token=control-s3cret"})
@Import(PostgresTestConfiguration.class)
class StrictAuthApiTest {

    @LocalServerPort
    int port;

    @Test
    void acceptsOnlyConfiguredKeys() {
        ApiClient anonymous = ApiClient.anonymous(port);
        assertThat(anonymous.withHeader("X-App-Id", "shop").withHeader("X-App-Token", "secret")
                .get("/v1/campaigns").status()).isEqualTo(200);
        assertThat(anonymous.withHeader("Authorization", "Bearer s3cret").get("/v1/campaigns").status())
                .isEqualTo(200);

        for (ApiClient stranger : new ApiClient[] {
                anonymous.withHeader("X-App-Id", "shop").withHeader("X-App-Token", "wrong"),
                anonymous.withHeader("X-App-Id", "unknown").withHeader("X-App-Token", "secret"),
                anonymous.withHeader("X-App-Id", "shop").withHeader("X-App-Token", "s3cret"),
                anonymous.withHeader("Authorization", "Bearer nope"),
                anonymous}) {
            ApiClient.ApiResponse refused = stranger.post("/v1/campaigns", Map.of("name", "Sneaky",
                    "campaign_type", "DISCOUNT_COUPONS",
                    "voucher", Map.of("discount", Map.of("type", "AMOUNT", "amount_off", 100))));
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.body().get("key").asString()).isEqualTo("unauthorized");
            assertThat(refused.body().get("code").asInt()).isEqualTo(401);
        }
        // the bearer token names the project its app id owns
        assertThat(anonymous.withHeader("Authorization", "Bearer secret").post("/v1/campaigns",
                Map.of("name", "Mine", "campaign_type", "DISCOUNT_COUPONS",
                        "voucher", Map.of("discount", Map.of("type", "AMOUNT", "amount_off", 100)))).status())
                .isEqualTo(200);
        assertThat(anonymous.withHeader("X-App-Id", "shop").withHeader("X-App-Token", "secret")
                .get("/v1/campaigns").body().get("total").asInt()).isEqualTo(1);
    }
}
